/**
 * Destructive /admin-user changes (deactivate, remove or set roles, a password) wait for one click in a modal that
 * names each user and what will change; nothing is sent before it. Confirming runs the same command words again,
 * through every check the command makes (role gate, users read afresh, last admin, permissions), marked confirmed
 * (adminConfirmSubmit.ts: apart, so that the command and this file do not import each other).
 */
import { ViewKind } from '../../lib/ids';
import { adminConfirmModal, AdminConfirmPayload } from '../../modals/AdminConfirmModal';
import { viewContext } from '../../modals/ViewContext';
import type { Invocation } from '../kernel/Invocation';
import { openOrOffer } from '../kernel/openModal';

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
