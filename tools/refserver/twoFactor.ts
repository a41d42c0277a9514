/**
 * `checkCodeForUser` of Rocket.Chat, step by step (docs/server-rules.md#methods); the V7/VN difference is the
 * fresh-user grace rule and the remember fingerprint.
 * Source: apps/meteor/app/2fa/server/code/index.ts (V7), apps/meteor/server/lib/2fa/code/index.ts (VN).
 */
import { md5Hex } from './crypto';
import { MeteorError } from './meteorError';
import { now, type ServerState } from './state';
import {
	createEmailMethod,
	createPasswordMethod,
	createTotpMethod,
	type SecondFactorMethod,
} from './twoFactorMethods';
import type { StoredUser } from './types';
import { cloneUser, findLoginToken } from './users';

export interface TwoFactorOptions {
	disablePasswordFallback?: boolean;
	disableRememberMe?: boolean;
	/** Email/password changes: no PAT bypass, no remember window, password fallback forced. */
	requireSecondFactor?: boolean;
}

/** The DDP-like connection of a REST request: who is calling from where, with which (hashed) token. */
export interface TwoFactorConnection {
	clientAddress: string;
	httpHeaders: Record<string, string>;
	hashedToken?: string;
}

export interface CheckCodeRequest {
	user: StoredUser | string;
	code?: string;
	method?: string;
	options?: TwoFactorOptions;
	connection?: TwoFactorConnection;
}

function rememberUntil(state: ServerState, from: number): Date | undefined {
	const rememberFor = parseInt(
		String(state.settings.get('Accounts_TwoFactorAuthentication_RememberFor')),
		10,
	);
	return rememberFor > 0 ? new Date(from + rememberFor * 1000) : undefined;
}

/**
 * V7 hashes {userAgent, clientAddress}. VN indexes a `Headers` object like a plain object, so the user agent is
 * always undefined and the fingerprint depends on the client address only (inferred, docs/server-rules.md#remember-window).
 */
function fingerprint(state: ServerState, connection: TwoFactorConnection): string {
	const userAgent = state.profile === 'vn' ? undefined : connection.httpHeaders['user-agent'];
	return md5Hex(JSON.stringify({ userAgent, clientAddress: connection.clientAddress }));
}

function isFreshUser(state: ServerState, user: StoredUser): boolean {
	const graceEnd = user.createdAt && rememberUntil(state, user.createdAt.getTime());
	return !!graceEnd && graceEnd >= now(state);
}

function isAuthorizedForToken(
	state: ServerState,
	connection: TwoFactorConnection,
	user: StoredUser,
	options: TwoFactorOptions,
	hasAvailableMethod: boolean,
): boolean {
	const token = findLoginToken(user, connection.hashedToken);
	if (!token || options.requireSecondFactor) {
		return false;
	}
	if (token.bypassTwoFactor === true) {
		return true;
	}
	// VN: the grace only covers users without any 2FA method, and is checked before disableRememberMe.
	if (state.profile === 'vn' && !hasAvailableMethod && isFreshUser(state, user)) {
		return true;
	}
	if (options.disableRememberMe === true) {
		return false;
	}
	if (state.profile === 'v7' && isFreshUser(state, user)) {
		return true;
	}
	if (
		!token.twoFactorAuthorizedUntil ||
		!token.twoFactorAuthorizedHash ||
		token.twoFactorAuthorizedUntil < now(state)
	) {
		return false;
	}
	return token.twoFactorAuthorizedHash === fingerprint(state, connection);
}

function rememberAuthorization(
	state: ServerState,
	connection: TwoFactorConnection,
	userId: string,
): void {
	const expires = rememberUntil(state, state.clock.now());
	const live = state.users.findById(userId);
	const token = live && findLoginToken(live, connection.hashedToken);
	if (expires && token) {
		token.twoFactorAuthorizedUntil = expires;
		token.twoFactorAuthorizedHash = fingerprint(state, connection);
	}
}

export class TwoFactor {
	readonly totp: SecondFactorMethod;

	readonly email: ReturnType<typeof createEmailMethod>;

	readonly password: SecondFactorMethod;

	constructor(private readonly state: ServerState) {
		this.totp = createTotpMethod(state);
		this.email = createEmailMethod(state);
		this.password = createPasswordMethod(state);
	}

	availableMethodNames(user: StoredUser): string[] {
		return [this.totp, this.email]
			.filter((method) => method.isEnabled(user))
			.map((method) => method.name);
	}

	private selectMethod(
		user: StoredUser,
		method: string | undefined,
		options: TwoFactorOptions,
	): SecondFactorMethod | undefined {
		if (method === 'totp' || method === 'email') {
			return this[method];
		}
		const firstEnabled = [this.totp, this.email].find((candidate) => candidate.isEnabled(user));
		if (firstEnabled) {
			return firstEnabled;
		}
		if (options.requireSecondFactor) {
			return this.password;
		}
		if (!options.disablePasswordFallback && this.password.isEnabled(user, false)) {
			return this.password;
		}
		return undefined;
	}

	/** Resolves when no (further) second factor is needed; throws `totp-*` Meteor errors otherwise. */
	async checkCodeForUser({
		user: userOrId,
		code,
		method,
		options = {},
		connection,
	}: CheckCodeRequest): Promise<void> {
		const { state } = this;
		if (state.settings.get('Accounts_TwoFactorAuthentication_Enabled') !== true) {
			return;
		}
		const live =
			typeof userOrId === 'string'
				? state.users.findById(userOrId)
				: state.users.findById(userOrId._id) ?? userOrId;
		if (!live) {
			throw new MeteorError('totp-user-not-found', 'TOTP User not found');
		}
		const user = cloneUser(live);
		if (
			!code &&
			!method &&
			connection?.httpHeaders['x-2fa-code'] &&
			connection.httpHeaders['x-2fa-method']
		) {
			code = connection.httpHeaders['x-2fa-code'];
			method = connection.httpHeaders['x-2fa-method'];
		}
		const availableMethods = this.availableMethodNames(user);
		if (
			connection &&
			isAuthorizedForToken(state, connection, user, options, availableMethods.length > 0)
		) {
			return;
		}
		const selected = this.selectMethod(user, method, options);
		if (!selected) {
			return;
		}
		const data = await selected.processInvalidCode(user);
		if (!code) {
			throw new MeteorError('totp-required', 'TOTP Required', {
				method: selected.name,
				...data,
				availableMethods,
			});
		}
		if (!(await selected.verify(user, code, options.requireSecondFactor))) {
			if (selected.maxFailedAttemptsReached(user)) {
				throw new MeteorError('totp-max-attempts', 'TOTP Maximun Failed Attempts Reached', {
					method: selected.name,
					...data,
					availableMethods,
				});
			}
			throw new MeteorError('totp-invalid', 'TOTP Invalid', {
				method: selected.name,
				...data,
				availableMethods,
			});
		}
		if (options.disableRememberMe !== true && connection) {
			rememberAuthorization(state, connection, user._id);
		}
	}
}

const instances = new WeakMap<ServerState, TwoFactor>();

/** One checker set per server (they are stateless apart from the server state they close over). */
export function twoFactorOf(state: ServerState): TwoFactor {
	let instance = instances.get(state);
	if (!instance) {
		instance = new TwoFactor(state);
		instances.set(state, instance);
	}
	return instance;
}
