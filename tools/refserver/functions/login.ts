/**
 * Meteor's login pipeline as Rocket.Chat configures it (docs/server-rules.md#post-apiv1login): `loginCompatibility`
 * normalisation, the login
 * handlers (resume, password, Rocket.Chat's totp wrapper) and the login validation hooks (active user, 2FA).
 */
import { bcryptCompare, hashLoginToken, sha256Hex } from '../crypto';
import { MatchError, MeteorError } from '../meteorError';
import type { ServerState } from '../state';
import { twoFactorOf } from '../twoFactor';
import type { StoredUser } from '../types';
import { findLoginToken } from '../users';
import {
	isValidAttemptByUser,
	isValidLoginAttemptByIp,
	recordLoginAttempt,
} from '../loginAttempts';

export type LoginArgs = Record<string, unknown>;

const COMPATIBILITY_KEYS = ['user', 'username', 'email', 'password', 'code'];

/**
 * `loginCompatibility` of apps/meteor/app/api/server/ApiClass.ts: only the exact legacy shapes are rewritten;
 * anything else goes to the login handlers verbatim. With `LDAP_Enable` the rewritten login becomes an LDAP login
 * (`{ldap, username, ldapPass, ldapOptions}`), inside the `totp` wrapper when a code came along.
 */
export function loginCompatibility(
	body: LoginArgs,
	headers: Record<string, string>,
	ldapEnabled = false,
): LoginArgs {
	const { user, username, email, password, code: bodyCode } = body;
	if (
		password === undefined ||
		password === null ||
		Object.keys(body).some((key) => !COMPATIBILITY_KEYS.includes(key))
	) {
		return body;
	}
	const code = bodyCode || headers['x-2fa-code'];
	const auth: LoginArgs = { password };
	let usernameToLdapLogin: unknown = '';
	if (typeof user === 'string') {
		auth.user = user.includes('@') ? { email: user } : { username: user };
		usernameToLdapLogin = user;
	} else if (username) {
		auth.user = { username };
		usernameToLdapLogin = username;
	} else if (email) {
		auth.user = { email };
		usernameToLdapLogin = email;
	}
	if (auth.user === undefined) {
		// e.g. `{user: {username}, password}`: passed on as is, so a `code` next to it is never seen by 2FA.
		return body;
	}
	if (typeof password === 'object' && (password as LoginArgs).hashed) {
		auth.password = { digest: password, algorithm: 'sha-256' };
	}
	const ldapLogin: LoginArgs = {
		ldap: true,
		username: usernameToLdapLogin,
		ldapPass: auth.password,
		ldapOptions: {},
	};
	if (ldapEnabled && !code) {
		return ldapLogin;
	}
	if (code) {
		return { totp: { code, login: ldapEnabled ? ldapLogin : auth } };
	}
	return auth;
}

export interface HandlerResult {
	/** Meteor's `result.type`: the handler that answered (`password`, `resume`, `ldap`). */
	type?: string;
	user?: StoredUser;
	/** Plain token to answer with (resume logins keep theirs). */
	token?: string;
	error?: unknown;
}

export const isObject = (value: unknown): value is LoginArgs =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string =>
	typeof value === 'string' && value.length > 0;

/** Meteor's `userQueryValidator`: exactly one of id/username/email. */
function checkUserSelector(selector: unknown): void {
	if (
		!isObject(selector) ||
		Object.keys(selector).some(
			(key) => !['id', 'username', 'email'].includes(key) || !isNonEmptyString(selector[key]),
		)
	) {
		throw new MatchError('Failed Match.Where validation');
	}
	if (Object.keys(selector).length !== 1) {
		throw new MatchError('User property must have exactly one field');
	}
}

/** Meteor's `passwordValidator`: a string, or exactly `{digest: <64 chars>, algorithm: 'sha-256'}`. */
function passwordDigest(password: unknown): string {
	if (typeof password === 'string' && password.length <= 256) {
		return sha256Hex(password);
	}
	if (
		isObject(password) &&
		Object.keys(password).length === 2 &&
		typeof password.digest === 'string' &&
		password.digest.length === 64 &&
		password.algorithm === 'sha-256'
	) {
		return password.digest;
	}
	throw new MatchError('Failed Match.OneOf, Match.Maybe or Match.Optional validation');
}

/** `Accounts._findUserByQuery`: exact match first, then a unique case-insensitive one. */
function findUserBySelector(state: ServerState, selector: LoginArgs): StoredUser | undefined {
	if (selector.id) {
		return state.users.findById(String(selector.id));
	}
	if (selector.username) {
		const username = String(selector.username);
		return state.users.findByUsername(username) ?? state.users.findByUsernameIgnoringCase(username);
	}
	const email = String(selector.email);
	return (
		state.users.all().find((user) => user.emails?.some((entry) => entry.address === email)) ??
		state.users.findByEmail(email)
	);
}

async function passwordHandler(state: ServerState, options: LoginArgs): Promise<HandlerResult> {
	if (Object.keys(options).some((key) => !['user', 'password', 'code'].includes(key))) {
		throw new MatchError(
			`Unknown key in field ${Object.keys(options).find(
				(key) => !['user', 'password', 'code'].includes(key),
			)}`,
		);
	}
	if (options.user !== undefined) {
		checkUserSelector(options.user);
	}
	const digest = passwordDigest(options.password);
	if (options.code !== undefined && !isNonEmptyString(options.code)) {
		throw new MatchError('Failed Match.Where validation');
	}
	if (!isObject(options.user)) {
		throw new TypeError("Cannot destructure property 'id' of 'query' as it is undefined.");
	}
	const user = findUserBySelector(state, options.user);
	if (!user) {
		return { error: new MeteorError(403, 'User not found') };
	}
	const hash = user.services.password?.bcrypt;
	if (!hash) {
		return { error: new MeteorError(403, 'User has no password set') };
	}
	return (await bcryptCompare(digest, hash))
		? { type: 'password', user }
		: { type: 'password', user, error: new MeteorError(403, 'Incorrect password') };
}

function resumeHandler(state: ServerState, resume: unknown): HandlerResult {
	if (typeof resume !== 'string') {
		throw new MatchError(`Expected string, got ${typeof resume}`);
	}
	const hashedToken = hashLoginToken(resume);
	const user = state.users.all().find((candidate) => findLoginToken(candidate, hashedToken));
	if (!user) {
		return {
			error: new MeteorError(403, "You've been logged out by the server. Please log in again."),
		};
	}
	const when = findLoginToken(user, hashedToken)?.when;
	const lifetimeMs = Number(state.settings.get('Accounts_LoginExpiration')) * 24 * 60 * 60 * 1000;
	if (when && state.clock.now() >= when.getTime() + lifetimeMs) {
		return { user, error: new MeteorError(403, 'Your session has expired. Please log in again.') };
	}
	return { type: 'resume', user, token: resume };
}

/**
 * The `ldap` login handler (`LDAPManager.login`, apps/meteor/server/lib/ldap/Manager.ts): the directory binds with
 * the plain password; a user not found or not bound falls back to the default (password) login with
 * `{digest: SHA256(password)}`. A digest object cannot bind, and the fallback cannot hash an object, so the login
 * fails. An existing user without `ldap: true` is refused (`LDAP_Merge_Existing_Users` off).
 */
async function ldapHandler(state: ServerState, options: LoginArgs): Promise<HandlerResult> {
	const username = typeof options.username === 'string' ? options.username : '';
	const password = options.ldapPass;
	const bound =
		state.settings.get('LDAP_Enable') === true &&
		typeof password === 'string' &&
		password !== '' &&
		state.ldapDirectory.get(username) === password;
	if (bound) {
		const user = state.users.findByUsername(username);
		if (!user) {
			return { type: 'ldap', error: new MeteorError(403, 'User not found') };
		}
		if (user.ldap !== true) {
			return {
				type: 'ldap',
				error: new MeteorError(
					'LDAP-login-error',
					`LDAP Authentication succeeded, but there's already an existing user with provided username [${user.username}] in Mongo.`,
				),
			};
		}
		return { type: 'ldap', user };
	}
	if (typeof password !== 'string') {
		return { type: 'ldap', error: new MeteorError(403, 'Incorrect password') };
	}
	const selector = username.includes('@') ? { email: username } : { username };
	return passwordHandler(state, {
		user: selector,
		password: { digest: sha256Hex(password), algorithm: 'sha-256' },
	});
}

/**
 * Runs the handlers; Rocket.Chat rewrites every Meteor.Error they produce to 401 "User not found"
 * (apps/meteor/app/lib/server/lib/loginErrorMessageOverride.ts).
 */
export async function runLoginHandlers(
	state: ServerState,
	options: LoginArgs,
): Promise<HandlerResult> {
	let result: HandlerResult;
	try {
		if (options.resume) {
			result = resumeHandler(state, options.resume);
		} else if (options.ldap && options.ldapOptions) {
			result = await ldapHandler(state, options);
		} else if (options.password) {
			result = await passwordHandler(state, options);
		} else if (isObject(options.totp) && options.totp.code) {
			result = await runLoginHandlers(
				state,
				isObject(options.totp.login) ? options.totp.login : {},
			);
		} else {
			result = { error: new MeteorError(400, 'Unrecognized options for login request') };
		}
	} catch (error) {
		result = { error };
	}
	if (result.error instanceof MeteorError) {
		result.error = new MeteorError(401, 'User not found');
	}
	return result;
}

/** Meteor's login attempt as the validation hook sees it. */
interface LoginAttempt {
	type?: string;
	allowed: boolean;
	error?: unknown;
	user?: StoredUser;
	/** `methodArguments[0]`: the login arguments after `loginCompatibility`. */
	loginArguments: LoginArgs;
}

/**
 * The one `Accounts.validateLoginAttempt` hook of apps/meteor/app/authentication/server/startup/accounts.ts
 * (`validateLoginAttemptAsync`): the blocks come first, so they replace any handler error (a right or wrong
 * password alike is answered "blocked"); then a failed handler keeps its error; then app users, inactive users,
 * users without roles, unverified e-mail (`Accounts_EmailVerification`, password logins of non-admins), and
 * finally 2FA (`onValidateLogin`, apps/meteor/app/2fa/server/loginHandler.ts) except for resume logins.
 */
async function validateLoginAttempt(
	state: ServerState,
	attempt: LoginAttempt,
	clientAddress: string,
): Promise<boolean> {
	if (!isValidLoginAttemptByIp(state, clientAddress)) {
		throw new MeteorError(
			'error-login-blocked-for-ip',
			'Login has been temporarily blocked For IP',
			{
				function: 'Accounts.validateLoginAttempt',
			},
		);
	}
	if (!isValidAttemptByUser(state, attempt.loginArguments)) {
		throw new MeteorError(
			'error-login-blocked-for-user',
			'Login has been temporarily blocked For User',
			{ function: 'Accounts.validateLoginAttempt' },
		);
	}
	if (attempt.allowed !== true || !attempt.user) {
		return attempt.allowed;
	}
	const { user } = attempt;
	if (user.type === 'app') {
		throw new MeteorError(
			'error-app-user-is-not-allowed-to-login',
			'App user is not allowed to login',
			{ function: 'Accounts.validateLoginAttempt' },
		);
	}
	if (user.active !== true) {
		throw new MeteorError('error-user-is-not-activated', 'User is not activated', {
			function: 'Accounts.validateLoginAttempt',
		});
	}
	if (!Array.isArray(user.roles)) {
		throw new MeteorError('error-user-has-no-roles', 'User has no roles', {
			function: 'Accounts.validateLoginAttempt',
		});
	}
	if (
		!user.roles.includes('admin') &&
		attempt.type === 'password' &&
		state.settings.get('Accounts_EmailVerification') === true &&
		!(user.emails ?? []).some((email) => email.verified === true)
	) {
		throw new MeteorError('error-invalid-email', 'Invalid email __email__');
	}
	if (attempt.type === 'resume') {
		return true;
	}
	const totp = isObject(attempt.loginArguments.totp) ? attempt.loginArguments.totp : undefined;
	await twoFactorOf(state).checkCodeForUser({
		user,
		code: totp?.code ? String(totp.code) : undefined,
		options: { disablePasswordFallback: true },
	});
	return true;
}

/**
 * Meteor's `_attemptLogin` (accounts-base): the handlers answer, the validation hook may refuse, then a success
 * is recorded (`afterValidateLogin` → `saveSuccessfulLogin`) or a failure (`onLoginFailure` →
 * `saveFailedLoginAttempts`, apps/meteor/app/authentication/server/hooks/login.ts). A 2FA challenge
 * (`totp-required`) and a refusal during a block are failures like a wrong password.
 */
export async function attemptLogin(
	state: ServerState,
	loginArguments: LoginArgs,
	clientAddress: string,
): Promise<HandlerResult & { user: StoredUser }> {
	const result = await runLoginHandlers(state, loginArguments);
	const attempt: LoginAttempt = {
		type: result.type,
		allowed: Boolean(result.user && !result.error),
		error: result.error,
		user: result.user,
		loginArguments,
	};
	try {
		if (!(await validateLoginAttempt(state, attempt, clientAddress))) {
			attempt.allowed = false;
			attempt.error = attempt.error ?? new MeteorError(403, 'Login forbidden');
		}
	} catch (error) {
		attempt.allowed = false;
		attempt.error = error;
	}
	if (attempt.allowed && attempt.user) {
		recordLoginAttempt(state, 'login', clientAddress, attempt.user, loginArguments);
		return { ...result, user: attempt.user };
	}
	recordLoginAttempt(state, 'failed', clientAddress, attempt.user, loginArguments);
	throw attempt.error;
}
