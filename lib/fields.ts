/**
 * Which profile fields exist, what their names may be typed as, and the server's rules for their values
 * (docs/server-rules.md#field-rules-and-save-semantics), checked before any request so that a bad value costs no request.
 */
import type { Translatable } from './i18n';
import { codeSafe } from './inert';
import {
	foldKeyword,
	localizedField,
	LOCALIZED_FIELD_WORDS,
	NO_WORDS,
	STATUS_WORDS_TYPED,
	YES_WORDS,
} from './keywords';
import { closestWord } from './typing';

/** Fields of one's own profile (users.updateOwnBasicInfo). */
export const OWN_FIELDS = [
	'name',
	'username',
	'nickname',
	'bio',
	'status',
	'statusText',
	'email',
] as const;
/** Fields an admin may set on another user (users.update). */
export const ADMIN_FIELDS = [
	'name',
	'username',
	'nickname',
	'bio',
	'statusText',
	'email',
	'verified',
	'requirePasswordChange',
	'active',
] as const;
/** Fields `/profile clear` empties. */
export const CLEARABLE_FIELDS = ['bio', 'nickname', 'statusText'] as const;

export type StandardField = typeof OWN_FIELDS[number] | typeof ADMIN_FIELDS[number];

export const STATUS_VALUES = ['online', 'away', 'busy', 'offline'] as const;
export type StatusValue = typeof STATUS_VALUES[number];

export const LIMITS = { bio: 260, nickname: 120, statusText: 120 } as const;

const ALIASES: Record<string, StandardField> = {
	'name': 'name',
	'realname': 'name',
	'username': 'username',
	'user': 'username',
	'nickname': 'nickname',
	'nick': 'nickname',
	'bio': 'bio',
	'status': 'status',
	'text': 'statusText',
	'statustext': 'statusText',
	'status-text': 'statusText',
	'status_text': 'statusText',
	'email': 'email',
	'e-mail': 'email',
	'mail': 'email',
	'verified': 'verified',
	'require-password-change': 'requirePasswordChange',
	'requirepasswordchange': 'requirePasswordChange',
	'active': 'active',
};

/** Fields that take yes or no. */
export const YES_NO_FIELDS: readonly string[] = ['verified', 'requirePasswordChange', 'active'];

export function isYesNoField(ref: FieldRef): boolean {
	return ref.kind === 'standard' && YES_NO_FIELDS.includes(ref.field);
}

/** Names that would put a password on the command line. */
const PASSWORD_NAMES = [
	'password',
	'newpassword',
	'new-password',
	'currentpassword',
	'pass',
	'pwd',
];

export function isPasswordName(name: string): boolean {
	return PASSWORD_NAMES.includes(name.toLowerCase());
}

/** A field named in a command: a standard field or a custom field of the workspace. */
export type FieldRef =
	| { kind: 'standard'; field: StandardField }
	| { kind: 'custom'; field: string };

export interface CustomFieldDefinition {
	type?: string;
	required?: boolean;
	minLength?: number;
	maxLength?: number;
	options?: string[];
	/** Shown to users without view-full-other-user-info (users.info, getFullUserData). */
	public?: boolean;
	/** What Rocket.Chat's forms put in the field for a new user. */
	defaultValue?: string;
}

export type CustomFieldDefinitions = Record<string, CustomFieldDefinition>;

/** Accounts_CustomFields is a JSON string; a broken or empty one means no custom fields. */
export function parseCustomFieldDefinitions(json: unknown): CustomFieldDefinitions {
	if (typeof json !== 'string' || !json.trim()) {
		return {};
	}
	try {
		const parsed: unknown = JSON.parse(json);
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			return {};
		}
		return parsed as CustomFieldDefinitions;
	} catch {
		return {};
	}
}

/** Resolves a typed field name among the allowed standard fields and the custom fields. */
export function resolveField(
	typed: string,
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
): FieldRef | undefined {
	const standard = ALIASES[typed.toLowerCase()];
	if (standard && allowed.includes(standard)) {
		return { kind: 'standard', field: standard };
	}
	if (Object.prototype.hasOwnProperty.call(customFields, typed)) {
		return { kind: 'custom', field: typed };
	}
	const caseInsensitive = Object.keys(customFields).find(
		(name) => name.toLowerCase() === typed.toLowerCase(),
	);
	if (caseInsensitive) {
		return { kind: 'custom', field: caseInsensitive };
	}
	// A field's name in another language comes last: a workspace's custom field named `Estado` stays its own.
	const localized = localizedField(typed);
	return localized && allowed.includes(localized)
		? { kind: 'standard', field: localized }
		: undefined;
}

/** The word a user types for a field (statusText is typed `text`). */
export function typedName(ref: FieldRef): string {
	if (ref.kind === 'custom') {
		return ref.field;
	}
	const typed: Partial<Record<StandardField, string>> = {
		statusText: 'text',
		requirePasswordChange: 'require-password-change',
	};
	return typed[ref.field] ?? ref.field;
}

export interface FieldRules {
	customFields: CustomFieldDefinitions;
	/** UTF8_User_Names_Validation, e.g. `[0-9a-zA-Z-_.]+`. */
	usernamePattern: string;
	/** Accounts_RequireNameForSignUp. */
	requireName: boolean;
}

/** Rocket.Chat's own e-mail syntax check (validateEmail in the server's lib). */
const EMAIL_PATTERN =
	/^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;

export function isValidEmail(value: string): boolean {
	return EMAIL_PATTERN.test(value);
}

function isValidUsername(value: string, pattern: string): boolean {
	try {
		return new RegExp(`^${pattern}$`).test(value);
	} catch {
		return /^[0-9a-zA-Z-_.]+$/.test(value);
	}
}

export { NO_WORDS, YES_WORDS };

export function parseYesNo(value: string): boolean | undefined {
	const word = foldKeyword(value.trim());
	if (YES_WORDS.includes(word)) {
		return true;
	}
	return NO_WORDS.includes(word) ? false : undefined;
}

/**
 * Checks one value against the rules the server is known to apply.
 * Returns the problem, or undefined when the server would accept it as far as we can tell.
 */
export function checkValue(
	ref: FieldRef,
	value: string,
	rules: FieldRules,
	typed?: string,
): Translatable | undefined {
	const field = ref.field;
	if (ref.kind === 'custom') {
		return checkCustomValue(field, value, rules.customFields[field] ?? {});
	}
	switch (ref.field) {
		case 'name':
			if (!value.trim() && rules.requireName) {
				return { key: 'error_name_required' };
			}
			if (/[<>\\/]/.test(value)) {
				return { key: 'error_name_invalid_characters' };
			}
			return undefined;
		case 'username':
			if (!value.trim()) {
				return { key: 'error_value_empty', params: { field } };
			}
			return isValidUsername(value, rules.usernamePattern)
				? undefined
				: { key: 'error_username_invalid', params: { value } };
		case 'nickname':
		case 'bio':
		case 'statusText':
			return value.length > LIMITS[ref.field]
				? { key: 'error_too_long', params: { field, max: LIMITS[ref.field], length: value.length } }
				: undefined;
		case 'status':
			return (STATUS_VALUES as readonly string[]).includes(value)
				? undefined
				: statusProblem(value);
		case 'email':
			if (!value.trim()) {
				return { key: 'error_value_empty', params: { field } };
			}
			return isValidEmail(value) ? undefined : { key: 'error_email_invalid', params: { value } };
		case 'verified':
		case 'requirePasswordChange':
		case 'active':
			// Named as typed (`verificado=talvez` → `verificado`), never as the reply's field name.
			return parseYesNo(value) === undefined
				? {
						key: 'error_yes_no',
						params: { field: { text: `\`${codeSafe(typed ?? typedName(ref))}\`` }, value },
				  }
				: undefined;
	}
	return undefined;
}

function statusProblem(value: string): Translatable {
	const suggestion = closestWord(value, STATUS_WORDS_TYPED);
	return suggestion
		? { key: 'error_status_invalid_suggest', params: { value, suggestion } }
		: { key: 'error_status_invalid', params: { value } };
}

/** Every word that names one of `allowed` (English aliases and the other languages), for "did you mean …". */
export function fieldWords(
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
): string[] {
	const standard = Object.entries(ALIASES)
		.filter(([, field]) => allowed.includes(field))
		.map(([word]) => word);
	const localized = LOCALIZED_FIELD_WORDS.filter((word) => {
		const field = localizedField(word);
		return field !== undefined && allowed.includes(field);
	});
	return [...standard, ...localized, ...Object.keys(customFields)];
}

export function checkCustomValue(
	field: string,
	value: string,
	definition: CustomFieldDefinition,
): Translatable | undefined {
	if (definition.required && !value.trim()) {
		return { key: 'error_custom_required', params: { field } };
	}
	if (
		definition.type === 'select' &&
		Array.isArray(definition.options) &&
		value &&
		!definition.options.includes(value)
	) {
		return {
			key: 'error_custom_option',
			params: { field, options: definition.options.join(', ') },
		};
	}
	if (typeof definition.maxLength === 'number' && value.length > definition.maxLength) {
		return {
			key: 'error_too_long',
			params: { field, max: definition.maxLength, length: value.length },
		};
	}
	if (typeof definition.minLength === 'number' && value && value.length < definition.minLength) {
		return { key: 'error_custom_too_short', params: { field, min: definition.minLength } };
	}
	return undefined;
}

/**
 * The custom fields a change sends, as the server checks them: whichever field changed, `validateCustomFields`
 * (apps/meteor/app/lib/server/functions/validateCustomFields.ts) checks every configured field against the set
 * sent (required, a select's options even when empty, lengths). The first configured field that would not pass,
 * with why; the changed fields' own values are checked by `checkValue` before.
 */
export function customFieldSetProblem(
	set: Record<string, string>,
	definitions: CustomFieldDefinitions,
): { field: string; problem: Translatable } | undefined {
	for (const [name, definition] of Object.entries(definitions)) {
		const value = set[name] ?? '';
		const problem =
			checkCustomValue(name, value, definition) ??
			(definition.type === 'select' && !(definition.options ?? []).includes(value)
				? {
						key: 'error_custom_option' as const,
						params: { field: name, options: (definition.options ?? []).join(', ') },
				  }
				: undefined);
		if (problem) {
			return { field: name, problem };
		}
	}
	return undefined;
}

/**
 * What `users.checkUsernameAvailability` said about a new username, as a refusal: taken, or on the workspace's
 * blocked list. Anything else (the check failed, or is not allowed to this caller) refuses nothing: the write
 * itself will tell. docs/server-rules.md#username-availability.
 */
export function usernameRefusal(
	username: string,
	answer: { available: boolean } | { errorType?: string },
): Translatable | undefined {
	if ('available' in answer) {
		return answer.available
			? undefined
			: { key: 'error_username_in_use', params: { value: username } };
	}
	return answer.errorType === 'error-blocked-username'
		? { key: 'error_username_blocked', params: { value: username } }
		: undefined;
}
