/**
 * Admin actions on another user's account beyond users.update: delete, reset TOTP, reset the E2E key, log out
 * everywhere. Each is one endpoint of apps/meteor/app/api/server/v1/users.ts with its own permission
 * (docs/server-rules.md#admin-account-actions). Plain decisions, no accessors.
 */
export type AccountAction = 'delete' | 'reset-totp' | 'reset-e2e' | 'logout';

export interface AccountActionRule {
	endpoint: 'users.delete' | 'users.resetTOTP' | 'users.resetE2EKey' | 'users.logout';
	/** Without it the server refuses (users.delete and users.logout with a bare 401, the resets after the 2FA). */
	permission: 'delete-user' | 'edit-other-user-totp' | 'edit-other-user-e2ee' | 'logout-other-user';
}

export const ACCOUNT_ACTIONS: Record<AccountAction, AccountActionRule> = {
	'delete': { endpoint: 'users.delete', permission: 'delete-user' },
	'reset-totp': { endpoint: 'users.resetTOTP', permission: 'edit-other-user-totp' },
	'reset-e2e': { endpoint: 'users.resetE2EKey', permission: 'edit-other-user-e2ee' },
	'logout': { endpoint: 'users.logout', permission: 'logout-other-user' },
};

export function isAccountAction(kind: string): kind is AccountAction {
	return Object.prototype.hasOwnProperty.call(ACCOUNT_ACTIONS, kind);
}

/** The request of an action: the user by id (never a name the server would match another way). */
export function accountActionBody(
	userId: string,
	confirmRelinquish: boolean,
): Record<string, unknown> {
	return confirmRelinquish ? { userId, confirmRelinquish: true } : { userId };
}

/** The rooms named by a `user-last-owner` refusal (getUserSingleOwnedRooms), or undefined for any other answer. */
export interface LastOwnerRooms {
	changeOwner: string[];
	removed: string[];
}

export function lastOwnerRooms(
	errorType: string | undefined,
	details: unknown,
): LastOwnerRooms | undefined {
	if (errorType !== 'user-last-owner') {
		return undefined;
	}
	const { shouldChangeOwner, shouldBeRemoved } = (details ?? {}) as Record<string, unknown>;
	const names = (value: unknown) =>
		Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
	return { changeOwner: names(shouldChangeOwner), removed: names(shouldBeRemoved) };
}

/** `Message_ErasureType` (apps/meteor/server/settings/message.ts, default Delete): what deleting does to messages. */
export type ErasureType = 'Keep' | 'Delete' | 'Unlink';

export function erasureTypeOf(value: unknown): ErasureType {
	return value === 'Keep' || value === 'Unlink' ? value : 'Delete';
}
