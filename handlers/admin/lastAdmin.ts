/**
 * The workspace keeps an active admin (lib/lastAdmin.ts): before a change that takes an active admin away, the
 * app asks the server who holds role admin (`GET /api/v1/roles.getUsersInRole`, which does not say who is
 * active) and reads the others with users.info until one is active.
 */
import type { AdminUpdate } from '../../lib/adminPlan';
import {
	ADMIN_ROLE,
	dropsActiveAdmin,
	LIST_ADMINS_PERMISSION,
	otherAdminIds,
	selfLockoutOf,
} from '../../lib/lastAdmin';
import { ProfileSnapshot, snapshotOf } from '../../lib/profile';
import type { Invocation } from '../kernel/Invocation';
import { reply, replyFailure } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { ADMIN_CHECK } from './adminUpdate';

/** At most this many admins are read (one page of roles.getUsersInRole). */
const ADMINS_PAGE = 100;

async function isActiveAdmin(
	inv: Invocation,
	credential: Credential,
	userId: string,
): Promise<boolean> {
	const outcome = await inv.rest().call<{ user?: Record<string, unknown> }>('get', 'users.info', {
		credential,
		params: { userId },
	});
	if (!outcome.ok || !outcome.body.user) {
		return false;
	}
	const admin = snapshotOf(outcome.body.user);
	return admin.active && admin.roles.includes(ADMIN_ROLE);
}

/** True when the change is refused (and the admin told why) because it would leave no active admin. */
export async function refusedAsLastAdmin(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	snapshot: ProfileSnapshot,
	update: AdminUpdate,
): Promise<boolean> {
	const own = selfLockoutOf(snapshot, update, inv.user.id);
	if (own) {
		await reply(inv, roomId, own);
		return true;
	}
	if (!dropsActiveAdmin(snapshot, update)) {
		return false;
	}
	const listed = await inv.rest().call('get', 'roles.getUsersInRole', {
		credential,
		params: { role: ADMIN_ROLE, count: String(ADMINS_PAGE) },
	});
	if (!listed.ok) {
		if (listed.failure.kind === 'forbidden') {
			await reply(inv, roomId, {
				key: 'admin_last_admin_unchecked',
				params: { username: snapshot.username, permission: LIST_ADMINS_PERMISSION },
			});
		} else {
			await replyFailure(inv, roomId, listed.failure, ADMIN_CHECK);
		}
		return true;
	}
	for (const id of otherAdminIds(listed.body, snapshot.id)) {
		if (await isActiveAdmin(inv, credential, id)) {
			return false;
		}
	}
	await reply(inv, roomId, { key: 'admin_last_admin', params: { username: snapshot.username } });
	return true;
}
