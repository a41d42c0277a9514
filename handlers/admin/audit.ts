import type { ChangeLine } from '../../lib/profile';
import { fieldName } from '../../lib/messages';
import type { Invocation } from '../kernel/Invocation';

/**
 * Posts an admin change to the audit room of the app settings: who, whom, which fields. Only field names are
 * posted, never values, so a password (or anything else) cannot leak there.
 */
export async function postAudit(
	inv: Invocation,
	targetUsername: string,
	lines: Array<Pick<ChangeLine, 'field' | 'custom'>>,
): Promise<void> {
	const roomRef = (await inv.adminSettings()).auditRoom;
	if (!roomRef) {
		return;
	}
	const rooms = inv.read.getRoomReader();
	const room = (await rooms.getById(roomRef)) ?? (await rooms.getByName(roomRef.replace(/^#/, '')));
	if (!room) {
		inv.log('warn', 'audit room not found');
		return;
	}
	const fields = lines
		.map((line) => fieldName((key, params) => inv.t(key, params), line.field, line.custom))
		.join(', ');
	const builder = inv.modify
		.getCreator()
		.startMessage()
		.setRoom(room)
		.setText(inv.t('admin_audit', { admin: inv.user.username, username: targetUsername, fields }));
	const appUser = await inv.appUser();
	if (appUser) {
		builder.setSender(appUser);
	}
	await inv.modify.getCreator().finish(builder);
}
