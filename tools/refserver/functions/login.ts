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

export type LoginArgs = Record<string, unknown>;

const COMPATIBILITY_KEYS = ['user', 'username', 'email', 'password', 'code'];

/** Only the exact legacy shapes are rewritten; anything else goes to the login handlers verbatim. */
export function loginCompatibility(body: LoginArgs, headers: Record<string, string>): LoginArgs {
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
	if (typeof user === 'string') {
		auth.user = user.includes('@') ? { email: user } : { username: user };
	} else if (username) {
		auth.user = { username };
	} else if (email) {
		auth.user = { email };
	}
	if (auth.user === undefined) {
		// e.g. `{user: {username}, password}`: passed on as is, so a `code` next to it is never seen by 2FA.
		return body;
	}
	if (typeof password === 'object' && (password as LoginArgs).hashed) {
		auth.password = { digest: password, algorithm: 'sha-256' };
	}
	return code ? { totp: { code, login: auth } } : auth;
}

export interface HandlerResult {
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
		? { user }
		: { user, error: new MeteorError(403, 'Incorrect password') };
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
	return { user, token: resume };
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

/** `Accounts.validateLoginAttempt` hooks: app users and inactive users are refused, then 2FA runs. */
export async function validateLogin(
	state: ServerState,
	user: StoredUser,
	options: LoginArgs,
): Promise<void> {
	if (user.type === 'app') {
		throw new MeteorError(
			'error-app-user-is-not-allowed-to-login',
			'App user is not allowed to login',
		);
	}
	if (user.active !== true) {
		throw new MeteorError('error-user-is-not-activated', 'User is not activated', {
			function: 'Accounts.validateLoginAttempt',
		});
	}
	if (options.resume) {
		return;
	}
	const totp = isObject(options.totp) ? options.totp : undefined;
	await twoFactorOf(state).checkCodeForUser({
		user,
		code: totp?.code ? String(totp.code) : undefined,
		options: { disablePasswordFallback: true },
	});
}
