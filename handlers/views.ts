import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';

import { ViewKind } from '../lib/ids';
import type { PendingInteraction } from '../lib/interactions';
import type { ProfileSnapshot } from '../lib/profile';
import { adminEditModal } from '../modals/AdminEditModal';
import { adminPasswordModal } from '../modals/AdminPasswordModal';
import { editProfileModal } from '../modals/EditProfileModal';
import { LinkAccountModalPayload, linkAccountModal } from '../modals/LinkAccountModal';
import { passwordModal, PasswordView } from '../modals/PasswordModal';
import { secondFactorModal, SecondFactorView } from '../modals/SecondFactorModal';
import type { ViewContext } from '../modals/ViewContext';
import type { Invocation } from './Invocation';
import { replyWithOpenButton } from './replies';

/** Modals open only while the client still knows the trigger id: 5 s, minus a margin for the round trip. */
export const TRIGGER_WINDOW_MS = 4000;

export interface EditPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
	/** Set when the form was submitted with an e-mail change and now asks for the second factor. */
	secondFactor?: SecondFactorView;
}

/** An admin form about one user: what the admin saw when it opened, and the proof method once the server named it. */
export interface AdminFormPayload {
	snapshot: ProfileSnapshot;
	customFieldNames: string[];
	proofMethod?: 'totp' | 'email' | 'password';
}

export function viewContext(inv: Invocation): ViewContext {
	return { appId: inv.appId, t: (key, params) => inv.t(key, params) };
}

/** Rebuilds the modal of a pending interaction from its record (so a button can open it later). */
export function viewFor(
	inv: Invocation,
	record: PendingInteraction,
): IUIKitSurfaceViewParam | undefined {
	const ui = viewContext(inv);
	switch (record.kind) {
		case ViewKind.Link:
			return linkAccountModal(ui, record.nonce, record.payload as LinkAccountModalPayload);
		case ViewKind.OwnSecondFactor:
		case ViewKind.AdminSecondFactor:
			return secondFactorModal(
				ui,
				record.nonce,
				(record.payload as { view: SecondFactorView }).view,
			);
		case ViewKind.OwnPassword:
			return passwordModal(ui, record.nonce, record.payload as PasswordView);
		case ViewKind.OwnEdit: {
			const payload = record.payload as EditPayload;
			return payload.secondFactor
				? secondFactorModal(ui, record.nonce, payload.secondFactor)
				: editProfileModal(ui, record.nonce, payload.snapshot, payload.customFieldNames);
		}
		case ViewKind.AdminPassword:
			return adminPasswordModal(
				ui,
				record.nonce,
				(record.payload as AdminFormPayload).snapshot.username,
			);
		case ViewKind.AdminEdit: {
			const payload = record.payload as AdminFormPayload;
			return adminEditModal(ui, record.nonce, payload.snapshot, payload.customFieldNames);
		}
		default:
			return undefined;
	}
}

/**
 * Opens the modal of a pending interaction while the trigger id is fresh; otherwise (slow server, no trigger id)
 * posts a private message with a button, whose click brings a fresh trigger id.
 */
export async function openOrOffer(
	inv: Invocation,
	record: PendingInteraction,
	triggerId: string | undefined,
	offerText: string,
	buttonLabel: string,
): Promise<void> {
	const view = viewFor(inv, record);
	if (!view) {
		return;
	}
	if (triggerId && Date.now() - inv.startedAt < TRIGGER_WINDOW_MS) {
		await inv.modify.getUiController().openSurfaceView(view, { triggerId }, inv.user);
		return;
	}
	await replyWithOpenButton(inv, record.roomId, offerText, record.nonce, buttonLabel);
}
