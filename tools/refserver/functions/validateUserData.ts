/**
 * `validateUserData` (apps/meteor/app/lib/server/functions/saveUser/validateUserData.ts): checks `saveUser` runs
 * before touching anything, the create branch (users.create: no `_id`) included.
 */
import { MeteorError } from '../meteorError';
import { ROLE_IDS } from '../permissions';
import { hasPermission, type ServerState } from '../state';
import { checkUsernameAvailability, escapeHtml, usernamePattern } from './identity';

export interface SaveUserData {
	/** Absent for users.create: `isUpdateUserData` is false and the create branch runs. */
	_id?: string;
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
	joinDefaultChannels?: boolean | null;
}

function notAllowed(reason: string, action: string): MeteorError {
	return new MeteorError('error-action-not-allowed', reason, {
		method: 'insertOrUpdateUser',
		action,
	});
}

export function validateUserData(state: ServerState, callerId: string, data: SaveUserData): void {
	const isUpdate = Boolean(data._id);
	if (data.verified && data._id === callerId) {
		throw notAllowed('Editing email verification is not allowed', 'Editing_user');
	}
	if (
		isUpdate &&
		data._id !== callerId &&
		!hasPermission(state, callerId, 'edit-other-user-info')
	) {
		throw notAllowed('Editing user is not allowed', 'Editing_user');
	}
	if (!isUpdate && !hasPermission(state, callerId, 'create-user')) {
		throw notAllowed('Adding user is not allowed', 'Adding_user');
	}
	if (data.roles && data.roles.some((role) => !ROLE_IDS.includes(role))) {
		throw notAllowed('The field Roles consist invalid role id', 'Assign_role');
	}
	if (data.roles?.includes('admin') && !hasPermission(state, callerId, 'assign-admin-role')) {
		throw notAllowed('Assigning admin is not allowed', 'Assign_admin');
	}
	if (
		!isUpdate &&
		state.settings.get('Accounts_RequireNameForSignUp') === true &&
		!String(data.name ?? '').trim()
	) {
		throw required('Name');
	}
	if (!isUpdate && !String(data.username ?? '').trim()) {
		throw required('Username');
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
	if (!isUpdate && !data.password && !data.setRandomPassword) {
		throw required('Password');
	}
	if (!isUpdate) {
		// checkUsernameAvailability / checkEmailAvailability: taken, ignoring case.
		if (data.username && !checkUsernameAvailability(state, data.username)) {
			throw unavailable(data.username);
		}
		if (data.email && state.users.findByEmail(data.email)) {
			throw unavailable(data.email);
		}
	}
}

function required(field: string): MeteorError {
	return new MeteorError('error-the-field-is-required', `The field ${field} is required`, {
		method: 'insertOrUpdateUser',
		field,
	});
}

function unavailable(value: string): MeteorError {
	return new MeteorError('error-field-unavailable', `${escapeHtml(value)} is already in use :(`, {
		method: 'insertOrUpdateUser',
		field: value,
	});
}
