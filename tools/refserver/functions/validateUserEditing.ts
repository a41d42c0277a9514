/**
 * `validateUserEditing` (apps/meteor/app/lib/server/functions/saveUser/validateUserEditing.ts): which fields a
 * caller may change, given the Accounts_Allow* settings.
 */
import { MeteorError } from '../meteorError';
import { hasPermission, type ServerState } from '../state';

export interface UserEdit {
	_id: string;
	username?: unknown;
	name?: unknown;
	email?: unknown;
	password?: unknown;
	statusText?: unknown;
	roles?: unknown;
}

const isEditingField = (previous: unknown, next: unknown): boolean =>
	next !== undefined && next !== previous;

const isEditingRoles = (previous: string[], next: unknown): boolean =>
	Array.isArray(next) &&
	(next.some((role) => !previous.includes(role)) || previous.some((role) => !next.includes(role)));

function notAllowed(reason: string, action = 'Update_user'): MeteorError {
	return new MeteorError('error-action-not-allowed', reason, {
		method: 'insertOrUpdateUser',
		action,
	});
}

export function validateUserEditing(state: ServerState, callerId: string, edit: UserEdit): void {
	const editingMyself = callerId === edit._id;
	const canEditOtherUserInfo = hasPermission(state, callerId, 'edit-other-user-info');
	const canEditOtherUserPassword = hasPermission(state, callerId, 'edit-other-user-password');
	const user = state.users.findById(edit._id);
	if (!user) {
		throw new MeteorError('error-invalid-user', 'Invalid user');
	}
	const setting = (id: string) => state.settings.get(id) === true;
	// Allow* settings bind the caller unless they edit someone else with the matching permission.
	const bound = !canEditOtherUserInfo || editingMyself;
	if (isEditingRoles(user.roles, edit.roles) && !hasPermission(state, callerId, 'assign-roles')) {
		throw notAllowed('Assign roles is not allowed', 'Assign_role');
	}
	if (
		!setting('Accounts_AllowUserProfileChange') &&
		!canEditOtherUserInfo &&
		!canEditOtherUserPassword
	) {
		throw notAllowed('Edit user profile is not allowed');
	}
	if (
		isEditingField(user.username, edit.username) &&
		!setting('Accounts_AllowUsernameChange') &&
		bound
	) {
		throw notAllowed('Edit username is not allowed');
	}
	if (
		isEditingField(user.statusText, edit.statusText) &&
		!setting('Accounts_AllowUserStatusMessageChange') &&
		bound
	) {
		throw notAllowed('Edit user status is not allowed');
	}
	if (isEditingField(user.name, edit.name) && !setting('Accounts_AllowRealNameChange') && bound) {
		throw notAllowed('Edit user real name is not allowed');
	}
	if (
		user.emails?.[0] &&
		isEditingField(user.emails[0].address, edit.email) &&
		!setting('Accounts_AllowEmailChange') &&
		bound
	) {
		throw notAllowed('Edit user email is not allowed');
	}
	if (
		edit.password &&
		!setting('Accounts_AllowPasswordChange') &&
		(!canEditOtherUserPassword || editingMyself)
	) {
		throw notAllowed('Edit user password is not allowed');
	}
}
