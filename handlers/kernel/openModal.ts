import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';

import { ViewKind } from '../../lib/ids';
import type { PendingInteraction } from './interactions';
import { secondFactorModal } from '../../modals/SecondFactorModal';
import { viewContext } from '../../modals/ViewContext';
import type { Invocation } from './Invocation';
import type { PayloadOf } from './payloads';
import { replyWithOpenButton } from './replies';

/** Modals open only while the client still knows the trigger id: 5 s, minus a margin for the round trip. */
export const TRIGGER_WINDOW_MS = 4000;

/**
 * Opens the modal of a pending interaction while the trigger id is fresh; otherwise (slow server, no trigger id)
 * posts a private message with a button, whose click brings a fresh trigger id.
 */
export async function openOrOffer(
	inv: Invocation,
	record: Pick<PendingInteraction, 'nonce' | 'roomId'>,
	view: IUIKitSurfaceViewParam,
	triggerId: string | undefined,
	offerText: string,
	buttonLabel: string,
): Promise<void> {
	if (triggerId && Date.now() - inv.startedAt < TRIGGER_WINDOW_MS) {
		await inv.modify.getUiController().openSurfaceView(view, { triggerId }, inv.user);
		return;
	}
	await replyWithOpenButton(inv, record.roomId, offerText, record.nonce, buttonLabel);
}

/** The modal kinds that ask for a second factor, and the payload each remembers. */
type SecondFactorKind =
	| typeof ViewKind.OwnSecondFactor
	| typeof ViewKind.AdminSecondFactor
	| typeof ViewKind.AccountSecondFactor;

/** Remembers a change that waits for its second factor (never the proof) and opens the modal that asks for it. */
export async function openSecondFactor<K extends SecondFactorKind>(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	kind: K,
	payload: PayloadOf[K],
): Promise<void> {
	const record = await inv.interactions().create(kind, inv.user.id, roomId, payload);
	await openOrOffer(
		inv,
		record,
		secondFactorModal(viewContext(inv), record.nonce, payload.view),
		triggerId,
		inv.t('twofa_needed_button_text'),
		inv.t('twofa_button'),
	);
}
