/** Name and username rules of `saveUserIdentity` and friends (apps/meteor/app/lib/server/functions/saveUserIdentity.ts). */
import { MeteorError } from '../meteorError';
import type { ServerState } from '../state';
import type { StoredUser } from '../types';
import { touch } from '../users';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `validateNameChars`: no `<`, `>`, `\`, `/`, also after `decodeURI` (which may throw, e.g. on a lone `%`). */
export function validateNameChars(name: unknown): boolean {
	if (typeof name !== 'string') {
		return false;
	}
	const invalidChars = /[<>\\/]/;
	if (invalidChars.test(name)) {
		return false;
	}
	try {
		return !invalidChars.test(decodeURI(name));
	} catch {
		return false;
	}
}

export function usernamePattern(state: ServerState): RegExp {
	const fromSettings = state.settings.get('UTF8_User_Names_Validation');
	try {
		return fromSettings ? new RegExp(`^${fromSettings}$`) : /^[0-9a-zA-Z-_.]+$/;
	} catch {
		return /^[0-9a-zA-Z-_.]+$/;
	}
}

export function validateUsername(state: ServerState, username: string): boolean {
	return usernamePattern(state).test(username);
}

/** `validateName`: the system-blocked list (admin, administrator, system, user), compared lower-cased. */
function isSystemAllowedName(state: ServerState, name: string): boolean {
	const blocked = state.settings.get('Accounts_SystemBlockedUsernameList');
	return (
		!blocked || typeof blocked !== 'string' || !blocked.split(',').includes(name.toLowerCase())
	);
}

/** `checkUsernameAvailability`: throws for blocked names, false when taken (case-insensitive). */
export function checkUsernameAvailability(state: ServerState, username: string): boolean {
	const blockedList = [
		'all',
		'here',
		...String(state.settings.get('Accounts_BlockedUsernameList')).split(','),
	];
	const patterns = blockedList.map((name) => new RegExp(`^${escapeRegExp(name).trim()}$`, 'i'));
	// The server tests the *escaped* username against the patterns; reproduced as is.
	const isBlocked = patterns.some((pattern) => pattern.test(escapeRegExp(username).trim()));
	if (isBlocked || !isSystemAllowedName(state, username)) {
		throw new MeteorError(
			'error-blocked-username',
			`${escapeHtml(username)} is blocked and can't be used!`,
			{
				method: 'checkUsernameAvailability',
				field: username,
			},
		);
	}
	return !state.users.findByUsernameIgnoringCase(username);
}

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#x27;')
		.replace(/`/g, '&#x60;');
}

/** `_setUsername`: false when invalid or taken; changing only the case of one's own name is allowed. */
function setUsername(state: ServerState, user: StoredUser, rawUsername: string): boolean {
	const username = rawUsername.trim();
	if (!username || !validateUsername(state, username)) {
		return false;
	}
	if (user.username === username) {
		return true;
	}
	const previous = user.username;
	if (!previous || username.toLowerCase() !== previous.toLowerCase()) {
		if (!checkUsernameAvailability(state, username)) {
			return false;
		}
	}
	user.username = username;
	return true;
}

/** `_setRealName`: an empty name fails while `Accounts_RequireNameForSignUp`, otherwise unsets it. */
function setRealName(state: ServerState, user: StoredUser, rawName: string): boolean {
	const name = rawName.trim();
	if (state.settings.get('Accounts_RequireNameForSignUp') === true && !name) {
		return false;
	}
	if (name) {
		user.name = name;
	} else {
		delete user.name;
	}
	return true;
}

/**
 * `saveUserIdentity({_id, name, username})` on the given (live or draft) document. Values go through
 * `String(...)`, so a `null` name becomes the string "null" — a server quirk kept on purpose.
 */
export function saveUserIdentity(
	state: ServerState,
	user: StoredUser,
	rawName: unknown,
	rawUsername: unknown,
): boolean {
	const name = String(rawName).trim();
	const username = String(rawUsername).trim();
	if (rawUsername !== undefined && user.username !== username) {
		if (!isSystemAllowedName(state, username) || !setUsername(state, user, username)) {
			return false;
		}
	}
	if (rawName !== undefined && user.name !== name) {
		if (!setRealName(state, user, name)) {
			return false;
		}
	}
	touch(user, state.clock.now());
	return true;
}
