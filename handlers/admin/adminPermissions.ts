/**
 * The admin's server permissions, read with `GET /api/v1/permissions.listAll` (any signed-in user may call it:
 * apps/meteor/app/api/server/v1/permissions.ts) and kept in persistence for a minute, so that a series of admin
 * commands costs one read, on every server instance.
 */
import { permissionsFact } from '../../lib/doctor';
import { originOf } from '../../lib/origin';
import { isFreshFor, PASSWORD_PERMISSION, rolesHold } from '../../lib/permissions';
import type { Invocation } from '../kernel/Invocation';
import { replyFailure, reply } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { RecordStore } from '../kernel/storage';
import { ADMIN_CHECK } from './adminUpdate';

interface CachedPermissions {
	origin: string;
	fetchedAt: number;
	roles: Record<string, string[]>;
}

const CACHE_KEY = 'server';

function cache(inv: Invocation): RecordStore<CachedPermissions> {
	return new RecordStore<CachedPermissions>(
		'permissions',
		inv.read.getPersistenceReader(),
		inv.persis,
	);
}

type PermissionRoles =
	| { ok: true; roles: Record<string, string[]> }
	| { ok: false; reply: (roomId: string) => Promise<void> };

async function permissionRoles(
	inv: Invocation,
	credential: Credential,
	fresh: boolean,
): Promise<PermissionRoles> {
	const origin = originOf(await inv.baseUrl());
	const now = Date.now();
	const cached = fresh ? undefined : await cache(inv).get(CACHE_KEY);
	if (cached && isFreshFor(cached, origin, now)) {
		return { ok: true, roles: cached.roles };
	}
	const outcome = await inv.rest().call('get', 'permissions.listAll', { credential });
	if (!outcome.ok) {
		return {
			ok: false,
			reply: (roomId) => replyFailure(inv, roomId, outcome.failure, ADMIN_CHECK),
		};
	}
	const fact = permissionsFact(outcome);
	if (fact.kind !== 'listed') {
		return {
			ok: false,
			reply: (roomId) =>
				reply(inv, roomId, {
					key: 'admin_permission_unknown',
					params: { permission: PASSWORD_PERMISSION },
				}),
		};
	}
	await cache(inv).put(CACHE_KEY, { origin, fetchedAt: now, roles: fact.roles });
	return { ok: true, roles: fact.roles };
}

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
		await read.reply(roomId);
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
