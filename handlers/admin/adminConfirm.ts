/**
 * Destructive /admin-user changes (deactivate, remove or set roles, a password) wait for one click in a modal that
 * names each user and what will change; nothing is sent before it. Confirming runs the same command words again,
 * through every check the command makes (role gate, users read afresh, last admin, permissions), marked confirmed.
 */
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { ViewKind } from '../../lib/ids';
import { adminConfirmModal, AdminConfirmPayload } from '../../modals/AdminConfirmModal';
import { viewContext } from '../../modals/ViewContext';
import type { Invocation } from '../kernel/Invocation';
import { openOrOffer } from '../kernel/openModal';
import { closeModal, LinkedSubmission } from '../kernel/submission';
import { runAdminCommand } from './adminCommand';

/** Whether a change of this run must be confirmed first (the app setting, unless it is the confirmed run). */
export async function needsConfirmation(inv: Invocation, confirmed: boolean): Promise<boolean> {
	return !confirmed && (await inv.adminSettings()).confirmChanges;
}

/** Remembers the words and what they change (never a secret) and opens the modal that asks. */
export async function askConfirmation(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	payload: AdminConfirmPayload,
): Promise<void> {
	const record = await inv
		.interactions()
		.create(ViewKind.AdminConfirm, inv.user.id, roomId, payload);
	await openOrOffer(
		inv,
		record,
		adminConfirmModal(viewContext(inv), record.nonce, payload),
		triggerId,
		inv.t('admin_confirm_offer'),
		inv.t('admin_confirm_open'),
	);
}

/** One click: the pending record is dropped first (a second click finds nothing), then the words run. */
export async function submitAdminConfirm(
	s: LinkedSubmission<'admin-confirm'>,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	return closeModal(s, async () => {
		const room = await inv.read.getRoomReader().getById(record.roomId);
		if (room) {
			await runAdminCommand(inv, room, record.payload.words, s.triggerId, 0, true);
		}
	});
}
