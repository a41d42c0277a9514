/** `isUserFromParams` / `getUserFromParams` helpers of the REST API. */
import { MeteorError } from '../meteorError';
import type { ServerState } from '../state';
import type { StoredUser } from '../types';

type Params = Record<string, unknown>;

/** True when no user is named, or the named one is the caller. */
export function isUserFromParams(params: Params, caller: StoredUser): boolean {
	return Boolean(
		(!params.userId && !params.username && !params.user) ||
			(params.userId && params.userId === caller._id) ||
			(params.username && params.username === caller.username) ||
			(params.user && params.user === caller.username),
	);
}

export function getUserFromParams(state: ServerState, params: Params): StoredUser {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	let user: StoredUser | undefined;
	if (text(params.userId)) {
		user = state.users.findById(String(params.userId));
	} else if (text(params.username)) {
		user = state.users.findByUsernameIgnoringCase(String(params.username));
	} else if (text(params.user)) {
		user = state.users.findByUsernameIgnoringCase(String(params.user));
	} else {
		throw new MeteorError(
			'error-user-param-not-provided',
			'The required "userId" or "username" param was not provided',
		);
	}
	if (!user) {
		throw new MeteorError(
			'error-invalid-user',
			'The required "userId" or "username" param provided does not match any users',
		);
	}
	return user;
}
