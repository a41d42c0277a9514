/**
 * `executeSetUserActiveStatus` (apps/meteor/server/methods/setUserActiveStatus.ts), run by users.update after the
 * other changes are committed.
 */
import { MatchError, MeteorError } from '../meteorError';
import { hasPermission, type ServerState } from '../state';
import { touch } from '../users';

function describe(value: unknown): string {
	return value === null ? 'null' : typeof value;
}

export function executeSetUserActiveStatus(
	state: ServerState,
	callerId: string,
	userId: string,
	active: unknown,
): void {
	if (typeof active !== 'boolean') {
		throw new MatchError(`Expected boolean, got ${describe(active)}`);
	}
	// Required even when users deactivate or reactivate themselves.
	if (!hasPermission(state, callerId, 'edit-other-user-active-status')) {
		throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'setUserActiveStatus' });
	}
	const user = state.users.findById(userId);
	if (!user) {
		return;
	}
	if (!active && user.roles.includes('admin')) {
		const activeAdmins = state.users
			.all()
			.filter((candidate) => candidate.active && candidate.roles.includes('admin'));
		if (activeAdmins.length === 1 && activeAdmins[0]._id === user._id) {
			throw new MeteorError(
				'error-action-not-allowed',
				'Leaving the app without an active admin is not allowed',
				{
					method: 'removeUserFromRole',
					action: 'Remove_last_admin',
				},
			);
		}
	}
	user.active = active;
	if (!active) {
		user.services.resume = { loginTokens: [] };
	}
	touch(user, state.clock.now());
}
