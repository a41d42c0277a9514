/**
 * Own-account endpoints of My Account, from apps/meteor/app/api/server/v1/users.ts
 * (docs/server-rules.md#own-account-endpoints): avatar, verification e-mail, other sessions, language, e-mail 2FA.
 */
import { hashLoginToken } from '../crypto';
import { getUserFromParams, isUserFromParams } from '../functions/userFromParams';
import { saveUserPreferences } from '../functions/userPreferences';
import { removeOtherLoginTokens } from '../functions/tokens';
import { MeteorError } from '../meteorError';
import { failure, success, unauthorized } from '../results';
import { callerOf, liveCallerOf, type RouteDefinition } from '../route';
import { hasPermission, now, type ServerState } from '../state';
import type { StoredUser } from '../types';
import { findLoginToken, touch } from '../users';

/**
 * `setUserAvatar(user, url, '', 'url')` (apps/meteor/app/lib/server/functions/setUserAvatar.ts) fetches the URL from
 * the server; the reference server cannot reach the internet, so `state.web` plays it: a URL answers with the
 * status and content type registered there, and anything else fails as an unreachable URL does.
 */
function fetchAvatar(state: ServerState, url: string): void {
	const answer = state.web.get(url);
	if (!answer) {
		throw new MeteorError('error-avatar-invalid-url', `Invalid avatar URL: ${encodeURI(url)}`);
	}
	if (answer.status !== 200 && answer.status !== 404) {
		throw new MeteorError(
			'error-avatar-url-handling',
			`Error while handling avatar setting from a URL (${encodeURI(url)})`,
		);
	}
	if (answer.status !== 200 || !/image\/.+/.test(answer.contentType)) {
		throw new MeteorError('error-avatar-invalid-url', `Invalid avatar URL: ${url}`);
	}
}

function setAvatarData(state: ServerState, user: StoredUser, origin: string | undefined): void {
	if (origin) {
		user.avatarOrigin = origin;
		user.avatarETag = String(state.clock.now());
	} else {
		delete user.avatarOrigin;
		delete user.avatarETag;
	}
	touch(user, state.clock.now());
}

/** `POST users.setAvatar` with `avatarUrl` (the multipart `image` upload is not modelled: the app never sends it). */
export const setAvatarRoute: RouteDefinition = {
	name: 'users.setAvatar',
	methods: ['POST'],
	authRequired: true,
	validateParams: (validators) => validators.usersSetAvatar,
	vnSchema: { source: 'body', validator: (validators) => validators.usersSetAvatar },
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		const canEditOthers = hasPermission(state, caller, 'edit-other-user-avatar');
		if (state.settings.get('Accounts_AllowUserAvatarChange') !== true && !canEditOthers) {
			throw new MeteorError('error-not-allowed', 'Change avatar is not allowed', {
				method: 'users.setAvatar',
			});
		}
		let user: StoredUser | undefined;
		if (isUserFromParams(body, caller)) {
			user = liveCallerOf(context);
		} else if (canEditOthers) {
			user = getUserFromParams(state, body);
		}
		if (!user) {
			return unauthorized();
		}
		if (typeof body.avatarUrl === 'string' && body.avatarUrl) {
			fetchAvatar(state, body.avatarUrl);
			setAvatarData(state, user, 'url');
			return success();
		}
		return failure("The 'image' param is required");
	},
};

/** `POST users.resetAvatar`: the user must be named (getUserFromParams), even when it is the caller. */
export const resetAvatarRoute: RouteDefinition = {
	name: 'users.resetAvatar',
	methods: ['POST'],
	authRequired: true,
	async action(context) {
		const { state } = context;
		const caller = callerOf(context);
		const user = getUserFromParams(state, context.body);
		const own =
			state.settings.get('Accounts_AllowUserAvatarChange') === true && user._id === caller._id;
		if (
			!own &&
			!hasPermission(state, caller, 'edit-other-user-avatar') &&
			!hasPermission(state, caller, 'manage-moderation-actions')
		) {
			throw new MeteorError('error-not-allowed', 'Reset avatar is not allowed', {
				method: 'users.resetAvatar',
			});
		}
		// The resetAvatar method (apps/meteor/server/methods/resetAvatar.ts) checks the setting again for own resets.
		setAvatarData(state, state.users.findById(user._id) ?? user, undefined);
		return success();
	},
};

/**
 * `POST users.sendConfirmationEmail` → sendConfirmationEmail (apps/meteor/server/methods/sendConfirmationEmail.ts):
 * finds the user by the address (any user's: the method does not check it is the caller's) and sends the mail;
 * no user → `API.v1.failure()` with no message.
 */
export const sendConfirmationEmailRoute: RouteDefinition = {
	name: 'users.sendConfirmationEmail',
	methods: ['POST'],
	authRequired: true,
	validateParams: (validators) => validators.usersSendConfirmationEmail,
	vnSchema: { source: 'body', validator: (validators) => validators.usersSendConfirmationEmail },
	async action(context) {
		const { state } = context;
		const email = String(context.body.email).trim();
		const user = state.users.findByEmail(email);
		if (!user) {
			return { statusCode: 400, body: { success: false } };
		}
		state.outbox.send({
			to: email,
			subject: 'Verify your email',
			text: `Please verify ${email} by following the link we sent.`,
			username: user.username,
		});
		return success();
	},
};

/**
 * `POST users.logoutOtherClients` (what My Account's "Logout other clients" calls): removes the caller's other
 * resume tokens (`Users.removeNonPATLoginTokensExcept`: personal access tokens stay) and answers the caller's token.
 */
export const logoutOtherClientsRoute: RouteDefinition = {
	name: 'users.logoutOtherClients',
	methods: ['POST'],
	authRequired: true,
	async action(context) {
		const token = context.headers['x-auth-token'];
		if (!token) {
			throw new MeteorError('error-parameter-required', 'x-auth-token is required');
		}
		const user = liveCallerOf(context);
		const hashedToken = hashLoginToken(token);
		removeOtherLoginTokens(user, hashedToken);
		const kept = findLoginToken(user, hashedToken);
		const expires =
			kept?.when &&
			new Date(
				kept.when.getTime() + Number(context.state.settings.get('Accounts_LoginExpiration')) * 1000,
			);
		return success({ token, tokenExpires: expires ? expires.toISOString() : '' });
	},
};

/**
 * `POST users.removeOtherTokens` → accounts-base `removeOtherTokens`, which keeps only the token of the *DDP
 * connection* (`Accounts._getLoginToken(this.connection.id)`). A REST call runs on a fresh connection that never
 * logged in, so nothing is "the current token": the reference server removes every token, the caller's and the
 * personal access tokens included (inferred from the method's source; the e2e test only checks that another
 * session stops working). The app calls users.logoutOtherClients instead.
 */
export const removeOtherTokensRoute: RouteDefinition = {
	name: 'users.removeOtherTokens',
	methods: ['POST'],
	authRequired: true,
	async action(context) {
		liveCallerOf(context).services.resume = { loginTokens: [] };
		return success();
	},
};

/** The languages' codes are not checked by the server (`Match.Optional(String)`): any string is stored. */
export const setPreferencesRoute: RouteDefinition = {
	name: 'users.setPreferences',
	methods: ['POST'],
	authRequired: true,
	validateParams: (validators) => validators.usersSetPreferences,
	vnSchema: { source: 'body', validator: (validators) => validators.usersSetPreferences },
	async action(context) {
		const { state, body } = context;
		const caller = callerOf(context);
		const userId = typeof body.userId === 'string' && body.userId ? body.userId : caller._id;
		if (userId !== caller._id && !hasPermission(state, caller, 'edit-other-user-info')) {
			throw new MeteorError('error-action-not-allowed', 'Editing user is not allowed');
		}
		const user = state.users.findById(userId);
		if (!user) {
			throw new MeteorError(
				'error-invalid-user',
				'The optional "userId" param provided does not match any users',
			);
		}
		const data = (body.data ?? {}) as Record<string, unknown>;
		const preferences = saveUserPreferences(user, data, state.clock.now());
		return success({
			user: {
				_id: user._id,
				settings: { preferences: { ...preferences, language: user.language } },
			},
		});
	},
};

/**
 * `POST users.2fa.enableEmail`: refused while any address is unverified; enabling logs out the caller's other
 * sessions (`removeNonPATLoginTokensExcept` with the caller's token). No second factor asked.
 */
export const enableEmailTwoFactorRoute: RouteDefinition = {
	name: 'users.2fa.enableEmail',
	methods: ['POST'],
	authRequired: true,
	async action(context) {
		const user = liveCallerOf(context);
		if (user.emails?.some((email) => !email.verified)) {
			throw new MeteorError(
				'error-invalid-user',
				'You need to verify your emails before setting up 2FA',
			);
		}
		user.services.email2fa = { enabled: true, changedAt: now(context.state) };
		const token = context.headers['x-auth-token'];
		if (token) {
			removeOtherLoginTokens(user, hashLoginToken(token));
		}
		return success();
	},
};

/** `POST users.2fa.disableEmail`: `twoFactorRequired` with `disableRememberMe` (a remembered factor is not enough). */
export const disableEmailTwoFactorRoute: RouteDefinition = {
	name: 'users.2fa.disableEmail',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	twoFactorOptions: { disableRememberMe: true },
	async action(context) {
		const user = liveCallerOf(context);
		user.services.email2fa = { enabled: false, changedAt: now(context.state) };
		return success();
	},
};
