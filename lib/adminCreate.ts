/**
 * The create-user form (`/admin-user create`): what it sends to `users.create` (rest-typings UserCreateParamsPOST;
 * apps/meteor/app/api/server/v1/users.ts) and under which field a refusal belongs. Plain functions.
 */
import type { Translatable } from './i18n';
import { CreateOption, Input } from './ids';

export interface CreateForm {
	name: string;
	username: string;
	email: string;
	password: string;
	random: boolean;
	roles: string;
	options: string[];
}

export type CreatePlan =
	| { ok: true; body: Record<string, unknown>; username: string }
	| { ok: false; field: string; error: Translatable };

/** Checks what the server would refuse anyway with a vaguer word, then the body (the password is only ever here). */
export function planCreate(form: CreateForm): CreatePlan {
	const username = form.username.trim().replace(/^@/, '');
	const email = form.email.trim();
	if (!username) {
		return { ok: false, field: Input.Username, error: { key: 'admin_create_need_username' } };
	}
	if (!email) {
		return { ok: false, field: Input.Email, error: { key: 'admin_create_need_email' } };
	}
	if (form.random && form.password) {
		return { ok: false, field: Input.NewPassword, error: { key: 'admin_password_random_typed' } };
	}
	if (!form.random && !form.password.trim()) {
		return { ok: false, field: Input.NewPassword, error: { key: 'admin_password_need_value' } };
	}
	const roles = [...new Set(form.roles.split(/[\s,]+/).filter(Boolean))];
	const has = (option: string) => form.options.includes(option);
	return {
		ok: true,
		username,
		body: {
			name: form.name.trim(),
			username,
			email,
			// The schema requires `password`; with setRandomPassword the server makes one and mails it.
			password: form.random ? '' : form.password,
			...(form.random ? { setRandomPassword: true } : {}),
			roles: roles.length ? roles : ['user'],
			verified: has(CreateOption.Verified),
			requirePasswordChange: form.random || has(CreateOption.RequireChange),
			joinDefaultChannels: has(CreateOption.JoinDefaultChannels),
			sendWelcomeEmail: has(CreateOption.Welcome),
		},
	};
}

const FIELD_OF_REQUIRED: Record<string, string> = {
	Name: Input.Name,
	Username: Input.Username,
	Password: Input.NewPassword,
};

/**
 * The form field a refusal of users.create belongs under (validateUserData, saveNewUser, validateEmailDomain), or
 * undefined when it is about the admin (permission) or the request: the modal closes and a message says it.
 */
export function createRefusalField(failure: {
	error: string;
	errorType?: string;
	details?: unknown;
}): string | undefined {
	const details = (failure.details ?? {}) as { field?: unknown };
	const field = typeof details.field === 'string' ? details.field : '';
	switch (failure.errorType) {
		case 'error-the-field-is-required':
			return FIELD_OF_REQUIRED[field];
		case 'error-field-unavailable':
			return field.includes('@') ? Input.Email : Input.Username;
		case 'error-input-is-not-a-valid-field':
		case 'error-blocked-username':
			return Input.Username;
		case 'error-invalid-email':
		case 'error-invalid-domain':
		case 'error-email-domain-blacklisted':
			return Input.Email;
		case 'error-password-policy-not-met':
			return Input.NewPassword;
	}
	if (/^Name contains invalid characters/.test(failure.error)) {
		return Input.Name;
	}
	if (
		/^(The field Roles consist invalid role id|Assigning admin is not allowed)/.test(failure.error)
	) {
		return Input.Roles;
	}
	if (/^(Username|Email) already exists/.test(failure.error)) {
		return failure.error.startsWith('Email') ? Input.Email : Input.Username;
	}
	return undefined;
}
