/** Status text and presence changes (apps/meteor/app/lib/server/functions/setStatusText.ts). */
import { MeteorError } from '../meteorError';
import type { ServerState } from '../state';
import type { StoredUser } from '../types';
import { touch } from '../users';

export const VALID_STATUSES = ['online', 'away', 'offline', 'busy'];
export const MAX_STATUS_TEXT_LENGTH = 120;

/** `setStatusText`: trimmed and silently cut to 120 characters. */
export function setStatusText(state: ServerState, user: StoredUser, statusText: string): void {
	const text = statusText.trim().substring(0, MAX_STATUS_TEXT_LENGTH);
	if (user.statusText !== text) {
		user.statusText = text;
		touch(user, state.clock.now());
	}
}

/** What the presence service ends up storing: `statusDefault`, and `status` for known values. */
export function setPresenceStatus(state: ServerState, user: StoredUser, status: string): void {
	user.statusDefault = status;
	if (VALID_STATUSES.includes(status)) {
		user.status = status;
	}
	touch(user, state.clock.now());
}

export function assertInvisibleAllowed(state: ServerState, status: string, method: string): void {
	if (status === 'offline' && state.settings.get('Accounts_AllowInvisibleStatusOption') !== true) {
		throw new MeteorError('error-status-not-allowed', 'Invisible status is disabled', { method });
	}
}

function assertMessageChangeAllowed(state: ServerState): void {
	if (state.settings.get('Accounts_AllowUserStatusMessageChange') !== true) {
		throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'setUserStatus' });
	}
}

/**
 * `setUserStatusMethod` as called by `saveUserProfile`. V7 calls it twice (text, then type) and checks the type
 * first inside each call; VN calls it once and checks the message permission first.
 */
export function setUserStatusMethod(
	state: ServerState,
	user: StoredUser,
	statusType: string | undefined,
	statusText: string | undefined,
): void {
	const hasText = !!statusText || statusText === '';
	if (state.profile === 'vn' && hasText) {
		assertMessageChangeAllowed(state);
	}
	if (statusType) {
		assertInvisibleAllowed(state, statusType, 'setUserStatus');
		setPresenceStatus(state, user, statusType);
	}
	if (hasText) {
		assertMessageChangeAllowed(state);
		setStatusText(state, user, String(statusText));
	}
}
