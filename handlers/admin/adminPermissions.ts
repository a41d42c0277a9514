/**
 * The admin's server permissions, from the server's permission lists (the one path that reads and caches them:
 * handlers/kernel/permissions.ts): `edit-other-user-password` before a password, and each account action's own
 * permission (lib/adminAccount.ts) before it is asked for or sent.
 */
import type { MessageKey } from '../../lib/i18n';
import { PASSWORD_PERMISSION, rolesHold } from '../../lib/permissions';
import type { Invocation } from '../kernel/Invocation';
import { permissionRoles } from '../kernel/permissions';
import { replyFailure, reply } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { ADMIN_CHECK } from './adminUpdate';

/**
 * True when the admin's roles (as they are now) do not hold `permission` on the server, or the lists could not be
 * read: the admin is told (`notPermitted` names the permission) and nothing is sent. `fresh` (right before sending)
 * skips the cache, so a permission revoked a moment ago is seen.
 */
export async function refusedWithoutPermission(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	permission: string,
	notPermitted: MessageKey,
	fresh = false,
): Promise<boolean> {
	const read = await permissionRoles(inv, credential, fresh);
	if (!read.ok) {
		await ('failure' in read
			? replyFailure(inv, roomId, read.failure, ADMIN_CHECK)
			: reply(inv, roomId, { key: 'admin_permission_unknown', params: { permission } }));
		return true;
	}
	// The admin's roles as they are now, not the copy the command or the form's payload carried.
	const roles = (await inv.currentUser())?.roles ?? [];
	if (rolesHold(read.roles, roles, permission)) {
		return false;
	}
	await reply(inv, roomId, { key: notPermitted, params: { permission } });
	return true;
}

/**
 * users.update answers 200 and drops data.password when the caller lacks edit-other-user-password
 * (apps/meteor/app/lib/server/functions/saveUser/saveUser.ts): without it a password change is refused before
 * anything is sent, naming the permission, instead of being reported as done. True when refused (and told).
 */
export function refusedWithoutPasswordPermission(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	fresh = false,
): Promise<boolean> {
	return refusedWithoutPermission(
		inv,
		roomId,
		credential,
		PASSWORD_PERMISSION,
		'admin_password_not_permitted',
		fresh,
	);
}
