/**
 * What Rocket.Chat's Apps-Engine user bridge does when an app calls `IUserUpdater.updateStatus / updateStatusText /
 * updateBio` (AppUserBridge#update, apps/meteor/app/apps/server/bridges/users.ts): no setting, length or value check,
 * no 2FA, no rate limit. A `status` goes through the presence service (`Presence.setStatus(uid, status, statusText)`,
 * ee/packages/presence/src/Presence.ts: stores `statusDefault`, `status` and `statusText`, broadcasts the presence);
 * every other field is written as given with `$set`. Undefined values are skipped (nothing is `$unset`).
 */
import type { ServerState } from '../state';
import { touch } from '../users';
import { setPresenceStatus } from './status';

export function updateUserFromApp(
	state: ServerState,
	userId: string,
	fields: Record<string, unknown>,
): boolean {
	const user = state.users.findById(userId);
	const { status, ...rest } = fields;
	if (!user || !Object.keys(fields).length) {
		return true;
	}
	if (typeof status === 'string' && status) {
		setPresenceStatus(state, user, status);
		if (typeof rest.statusText === 'string') {
			user.statusText = rest.statusText;
		}
	}
	for (const [key, value] of Object.entries(rest)) {
		if (value !== undefined) {
			user[key] = value;
		}
	}
	touch(user, state.clock.now());
	return true;
}
