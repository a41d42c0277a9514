/**
 * Admin actions on another user's account, from apps/meteor/app/api/server/v1/users.ts (oracle
 * apps/meteor/tests/end-to-end/api/users.ts; docs/server-rules.md#admin-account-actions): delete, reset TOTP,
 * reset the E2E key, log out everywhere.
 */
import { deleteUserAsCaller } from '../functions/deleteUser';
import { getUserFromParams } from '../functions/userFromParams';
import { MeteorError } from '../meteorError';
import { success, unauthorized } from '../results';
import { callerOf, type RouteContext, type RouteDefinition } from '../route';
import { hasPermission, type ServerState } from '../state';
import type { StoredUser } from '../types';

/** `Users.unsetLoginTokens`: every login token goes, personal access tokens included. */
function unsetLoginTokens(user: StoredUser): void {
	user.services.resume = { loginTokens: [] };
}

/** Whether the body names a user (`'userId' in this.bodyParams || 'username' in … || 'user' in …`). */
function namesUser(body: Record<string, unknown>): boolean {
	return 'userId' in body || 'username' in body || 'user' in body;
}

/** sendResetNotification of resetTOTP.ts / resetUserE2EKey.ts: a mail to each verified address. */
function notifyReset(state: ServerState, user: StoredUser, subject: string, text: string): void {
	for (const email of user.emails ?? []) {
		if (email.verified) {
			state.outbox.send({ to: email.address, subject, text, username: user.username });
		}
	}
}

function liveUser(context: RouteContext, user: StoredUser): StoredUser {
	return context.state.users.findById(user._id) ?? user;
}

/** `POST users.delete`: `delete-user` or 401; the user by userId/username; `confirmRelinquish` (default false). */
export const usersDeleteRoute: RouteDefinition = {
	name: 'users.delete',
	methods: ['POST'],
	authRequired: true,
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		if (!hasPermission(state, caller, 'delete-user')) {
			return unauthorized();
		}
		const user = getUserFromParams(state, body);
		deleteUserAsCaller(state, caller, user._id, Boolean(body.confirmRelinquish ?? false));
		return success();
	},
};

/**
 * `POST users.resetTOTP`: `twoFactorRequired` with `disableRememberMe` (the caller's own factor every time); for
 * another user `edit-other-user-totp`, then `Accounts_TwoFactorAuthentication_Enabled`, then the user
 * (apps/meteor/app/2fa/server/functions/resetTOTP.ts: mails the user, unsets `services.totp` and, when there was
 * one, every login token).
 */
export const resetTotpRoute: RouteDefinition = {
	name: 'users.resetTOTP',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	twoFactorOptions: { disableRememberMe: true },
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		let user = caller;
		if (namesUser(body)) {
			if (!hasPermission(state, caller, 'edit-other-user-totp')) {
				throw new MeteorError('error-not-allowed', 'Not allowed');
			}
			if (state.settings.get('Accounts_TwoFactorAuthentication_Enabled') !== true) {
				throw new MeteorError(
					'error-two-factor-not-enabled',
					'Two factor authentication is not enabled',
				);
			}
			user = getUserFromParams(state, body);
			notifyReset(
				state,
				user,
				'Two Factor TOTP Reset',
				'Your TOTP has been reset. Set up your authenticator app again.',
			);
		}
		const target = liveUser(context, user);
		if (target.federated) {
			throw new MeteorError('error-not-allowed', 'Federated Users cant have TOTP', {
				function: 'resetTOTP',
			});
		}
		if (target.services.totp) {
			delete target.services.totp;
			unsetLoginTokens(target);
		}
		return success();
	},
};

/**
 * `POST users.resetE2EKey`: `twoFactorRequired` with `disableRememberMe`; for another user the user first
 * (`error-invalid-user`), then `edit-other-user-e2ee` (apps/meteor/server/lib/resetUserE2EKey.ts: mails the user,
 * drops the keys and every login token, so the user signs in and makes new keys).
 */
export const resetE2EKeyRoute: RouteDefinition = {
	name: 'users.resetE2EKey',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	twoFactorOptions: { disableRememberMe: true },
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		let user = caller;
		if (namesUser(body)) {
			user = getUserFromParams(state, body);
			if (!hasPermission(state, caller, 'edit-other-user-e2ee')) {
				throw new MeteorError('error-not-allowed', 'Not allowed');
			}
			notifyReset(
				state,
				user,
				'End-to-end encryption key reset',
				'Your E2E key has been reset. Sign in again to create new keys.',
			);
		}
		const target = liveUser(context, user);
		if (target.federated) {
			throw new MeteorError('error-not-allowed', 'Federated Users cant have TOTP', {
				function: 'resetTOTP',
			});
		}
		delete target.e2e;
		unsetLoginTokens(target);
		return success();
	},
};

/**
 * `POST users.logout` (`isUserLogoutParamsPOST`: optional `userId`): another user needs `logout-other-user` (401
 * otherwise); every login token of the user is unset. `Users.unsetLoginTokens` answers an UpdateResult, always
 * truthy, so an unknown id is "logged out" too.
 */
export const usersLogoutRoute: RouteDefinition = {
	name: 'users.logout',
	methods: ['POST'],
	authRequired: true,
	validateParams: (validators) => validators.usersLogout,
	vnSchema: { source: 'body', validator: (validators) => validators.usersLogout },
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		const userId = typeof body.userId === 'string' && body.userId ? body.userId : caller._id;
		if (userId !== caller._id && !hasPermission(state, caller, 'logout-other-user')) {
			return unauthorized();
		}
		const user = state.users.findById(userId);
		if (user) {
			unsetLoginTokens(user);
		}
		return success({ message: `User ${userId} has been logged out!` });
	},
};
