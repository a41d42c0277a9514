/**
 * The create-user form (`/admin-user create`): what it sends to `users.create` (rest-typings UserCreateParamsPOST;
 * apps/meteor/app/api/server/v1/users.ts) and under which field a refusal belongs. Plain functions.
 */
import { checkCustomValue, CustomFieldDefinitions } from './fields';
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
	/** What was typed in each custom field's input, by field name (trimmed; absent: not in the form). */
	customFields: Record<string, string>;
}

export type CreatePlan =
	| { ok: true; body: Record<string, unknown>; username: string }
	| { ok: false; field: string; error: Translatable };

/**
 * The custom fields a new user is created with. users.create checks them only when they are sent, and then checks
 * every defined field against what was sent (apps/meteor/app/lib/server/functions/validateCustomFields.ts): a
 * select must then hold one of its options even when left empty. So nothing is sent while every field is empty and
 * none is required; otherwise every defined field is sent, each checked here first as the server would.
 */
export function newUserCustomFields(
	typed: Record<string, string>,
	definitions: CustomFieldDefinitions,
):
	| { ok: true; customFields?: Record<string, string> }
	| { ok: false; field: string; error: Translatable } {
	const names = Object.keys(definitions);
	const value = (name: string) => (typed[name] ?? '').trim();
	if (names.every((name) => !value(name) && definitions[name].required !== true)) {
		return { ok: true };
	}
	const customFields: Record<string, string> = {};
	for (const name of names) {
		const definition = definitions[name];
		const problem =
			checkCustomValue(name, value(name), definition) ??
			(definition.type === 'select' && !value(name)
				? {
						key: 'error_custom_option' as const,
						params: { field: name, options: (definition.options ?? []).join(', ') },
				  }
				: undefined);
		if (problem) {
			return { ok: false, field: `${Input.CustomFieldPrefix}${name}`, error: problem };
		}
		customFields[name] = value(name);
	}
	return { ok: true, customFields };
}

/** Checks what the server would refuse anyway with a vaguer word, then the body (the password is only ever here). */
export function planCreate(
	form: CreateForm,
	customFieldDefinitions: CustomFieldDefinitions = {},
): CreatePlan {
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
	const custom = newUserCustomFields(form.customFields, customFieldDefinitions);
	if (!custom.ok) {
		return custom;
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
			...(custom.customFields ? { customFields: custom.customFields } : {}),
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
		case 'error-user-registration-custom-field': {
			// "Field team is required", "Value for field team is invalid", "Max length of field team 5".
			const named = /\b[Ff]ield (\S+)/.exec(failure.error);
			return named ? `${Input.CustomFieldPrefix}${named[1]}` : undefined;
		}
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
