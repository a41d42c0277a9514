/**
 * The admin's `edit-other-user-password`, from the server's permission lists (the one path that reads and caches
 * them: handlers/kernel/permissions.ts).
 */
import { PASSWORD_PERMISSION, rolesHold } from '../../lib/permissions';
import type { Invocation } from '../kernel/Invocation';
import { permissionRoles } from '../kernel/permissions';
import { replyFailure, reply } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { ADMIN_CHECK } from './adminUpdate';

/**
 * users.update answers 200 and drops data.password when the caller lacks edit-other-user-password
 * (apps/meteor/app/lib/server/functions/saveUser/saveUser.ts): without it a password change is refused before
 * anything is sent, naming the permission, instead of being reported as done. True when refused (and told).
 * `fresh` (right before sending) skips the cache, so a permission revoked a moment ago is seen.
 */
export async function refusedWithoutPasswordPermission(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	fresh = false,
): Promise<boolean> {
	const read = await permissionRoles(inv, credential, fresh);
	if (!read.ok) {
		await ('failure' in read
			? replyFailure(inv, roomId, read.failure, ADMIN_CHECK)
			: reply(inv, roomId, {
					key: 'admin_permission_unknown',
					params: { permission: PASSWORD_PERMISSION },
			  }));
		return true;
	}
	// The admin's roles as they are now, not the copy the command or the form's payload carried.
	const roles = (await inv.currentUser())?.roles ?? [];
	if (rolesHold(read.roles, roles, PASSWORD_PERMISSION)) {
		return false;
	}
	await reply(inv, roomId, {
		key: 'admin_password_not_permitted',
		params: { permission: PASSWORD_PERMISSION },
	});
	return true;
}
