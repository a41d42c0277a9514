/**
 * Destructive /admin-user changes (deactivate, remove or set roles, a password) wait for one click in a modal that
 * names each user and what will change; nothing is sent before it. Confirming runs the same command words again,
 * through every check the command makes (role gate, users read afresh, last admin, permissions), marked confirmed
 * (adminConfirmSubmit.ts: apart, so that the command and this file do not import each other).
 */
import type { LastOwnerRooms } from '../../lib/adminAccount';
import { ViewKind } from '../../lib/ids';
import { quoted } from '../../lib/inert';
import { adminConfirmModal, AdminConfirmPayload } from '../../modals/AdminConfirmModal';
import { viewContext } from '../../modals/ViewContext';
import type { Invocation } from '../kernel/Invocation';
import { openOrOffer } from '../kernel/openModal';
import { reply } from '../kernel/replies';

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

/**
 * users.delete answered `user-last-owner` (nothing deleted): the user alone owns rooms. As Rocket.Chat's admin page
 * does (apps/meteor/client/views/admin/users/hooks/useConfirmOwnerChanges.tsx), the rooms are named and the
 * deletion asked for again with `confirmRelinquish`; with confirmations off, the reply names them and the words
 * that accept it.
 */
export async function askRelinquish(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	userId: string,
	username: string,
	rooms: LastOwnerRooms,
): Promise<void> {
	if (await needsConfirmation(inv, false)) {
		await askConfirmation(inv, roomId, triggerId, {
			words: ['delete', userId, 'relinquish'],
			items: [{ username, what: 'relinquish', ...rooms }],
		});
		return;
	}
	const names = (list: string[]) => ({
		text: list.length ? list.map(quoted).join(', ') : inv.t('empty'),
	});
	await reply(inv, roomId, {
		key: 'admin_delete_last_owner',
		params: { username, changeOwner: names(rooms.changeOwner), removed: names(rooms.removed) },
	});
}
