/**
 * Failed-login blocking, as apps/meteor/app/authentication/server/lib/restrictLoginAttempts.ts does it: every
 * login attempt is a server event (failed or successful) keyed by client address and username; a login is
 * refused while the failures counted since max(now − unblock minutes, last successful login) reach the threshold.
 * The window slides: every refused attempt is itself a failure, so retrying during a block keeps it going.
 */
import type { ServerState } from './state';

export interface LoginEvent {
	kind: 'failed' | 'login';
	/** `getClientAddress(login.connection)`. */
	ip: string;
	/** `login.user?.username || login.methodArguments[0].user?.username`. */
	username?: string;
	userId?: string;
	at: number;
}

export class LoginEventLog {
	readonly events: LoginEvent[] = [];

	add(event: LoginEvent): void {
		this.events.push(event);
	}

	clear(): void {
		this.events.length = 0;
	}
}

const MINUTE_MS = 60 * 1000;

function countBlocked(
	state: ServerState,
	matches: (event: LoginEvent) => boolean,
	attemptsUntilBlock: number,
	minutesUntilUnblock: number,
): boolean {
	// "misconfigured": a threshold of 0 never blocks.
	if (!attemptsUntilBlock) {
		return false;
	}
	const mine = state.loginEvents.events.filter(matches);
	if (!mine.some((event) => event.kind === 'failed')) {
		return false;
	}
	const now = state.clock.now();
	const lockoutTimeStart = now - minutesUntilUnblock * MINUTE_MS;
	const lastSuccess = mine.filter((event) => event.kind === 'login').pop()?.at;
	const startTime =
		lastSuccess === undefined ? lockoutTimeStart : Math.max(lockoutTimeStart, lastSuccess);
	const failures = mine.filter((event) => event.kind === 'failed' && event.at >= startTime).length;
	return failures >= attemptsUntilBlock;
}

/** `isValidLoginAttemptByIp`: the whitelist is split on ',' without trimming, so "a, b" never matches " b". */
export function isValidLoginAttemptByIp(state: ServerState, ip: string): boolean {
	const { settings } = state;
	const whitelist = String(settings.get('Block_Multiple_Failed_Logins_Ip_Whitelist')).split(',');
	if (
		!settings.get('Block_Multiple_Failed_Logins_Enabled') ||
		!settings.get('Block_Multiple_Failed_Logins_By_Ip') ||
		whitelist.includes(ip)
	) {
		return true;
	}
	return !countBlocked(
		state,
		(event) => event.ip === ip,
		Number(settings.get('Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip')),
		Number(settings.get('Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes')),
	);
}

/**
 * `isValidAttemptByUser`: only the username of the login arguments is looked at, so an e-mail login and a login
 * wrapped with a 2FA code (`{totp: {code, login}}`) are never refused per user (their failures still count).
 */
export function isValidAttemptByUser(state: ServerState, loginArguments: unknown): boolean {
	const { settings } = state;
	if (
		!settings.get('Block_Multiple_Failed_Logins_Enabled') ||
		!settings.get('Block_Multiple_Failed_Logins_By_User')
	) {
		return true;
	}
	const username = usernameOfArguments(loginArguments);
	if (!username) {
		return true;
	}
	return !countBlocked(
		state,
		(event) => event.username === username,
		Number(settings.get('Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User')),
		Number(settings.get('Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes')),
	);
}

/** `login.methodArguments[0].user?.username`. */
export function usernameOfArguments(loginArguments: unknown): string | undefined {
	if (!loginArguments || typeof loginArguments !== 'object') {
		return undefined;
	}
	const user = (loginArguments as { user?: unknown }).user;
	if (!user || typeof user !== 'object') {
		return undefined;
	}
	const username = (user as { username?: unknown }).username;
	return typeof username === 'string' && username ? username : undefined;
}

/** hooks/login.ts: failures are recorded (when blocking is enabled) by `Accounts.onLoginFailure`. */
export function recordLoginAttempt(
	state: ServerState,
	kind: LoginEvent['kind'],
	ip: string,
	user: { _id?: string; username?: string } | undefined,
	loginArguments: unknown,
): void {
	if (!state.settings.get('Block_Multiple_Failed_Logins_Enabled')) {
		return;
	}
	state.loginEvents.add({
		kind,
		ip,
		username: user?.username || usernameOfArguments(loginArguments),
		userId: user?._id,
		at: state.clock.now(),
	});
}
