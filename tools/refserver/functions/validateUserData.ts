/** `validateUserData` (…/functions/saveUser/validateUserData.ts): checks `saveUser` runs before touching anything. */
import { MeteorError } from '../meteorError';
import { ROLE_IDS } from '../permissions';
import { hasPermission, type ServerState } from '../state';
import { escapeHtml, usernamePattern } from './identity';

export interface SaveUserData {
	_id: string;
	email?: string | null;
	name?: string | null;
	password?: string | null;
	username?: string | null;
	bio?: string | null;
	nickname?: string | null;
	statusText?: string | null;
	status?: string | null;
	active?: boolean | null;
	roles?: string[] | null;
	requirePasswordChange?: boolean | null;
	setRandomPassword?: boolean | null;
	sendWelcomeEmail?: boolean | null;
	verified?: boolean | null;
	customFields?: Record<string, unknown> | null;
}

function notAllowed(reason: string, action: string): MeteorError {
	return new MeteorError('error-action-not-allowed', reason, {
		method: 'insertOrUpdateUser',
		action,
	});
}

export function validateUserData(state: ServerState, callerId: string, data: SaveUserData): void {
	if (data.verified && data._id === callerId) {
		throw notAllowed('Editing email verification is not allowed', 'Editing_user');
	}
	if (data._id !== callerId && !hasPermission(state, callerId, 'edit-other-user-info')) {
		throw notAllowed('Editing user is not allowed', 'Editing_user');
	}
	if (data.roles && data.roles.some((role) => !ROLE_IDS.includes(role))) {
		throw notAllowed('The field Roles consist invalid role id', 'Assign_role');
	}
	if (data.roles?.includes('admin') && !hasPermission(state, callerId, 'assign-admin-role')) {
		throw notAllowed('Assigning admin is not allowed', 'Assign_admin');
	}
	if (data.username && !usernamePattern(state).test(data.username)) {
		throw new MeteorError(
			'error-input-is-not-a-valid-field',
			`${escapeHtml(data.username)} is not a valid username`,
			{
				method: 'insertOrUpdateUser',
				input: data.username,
				field: 'Username',
			},
		);
	}
}
