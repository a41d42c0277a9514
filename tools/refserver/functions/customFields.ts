/**
 * `Accounts_CustomFields` handling: validation, saving and which fields are public
 * (apps/meteor/app/lib/server/functions/saveCustomFields.ts, saveCustomFieldsWithoutValidation.ts).
 */
import { MeteorError } from '../meteorError';
import type { ServerState } from '../state';
import type { StoredUser } from '../types';

export interface CustomFieldMeta {
	type?: 'text' | 'select';
	required?: boolean;
	minLength?: number;
	maxLength?: number;
	options?: string[];
	public?: boolean;
	defaultValue?: string;
}

const trim = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Parsed `Accounts_CustomFields`, or undefined when the setting is blank. */
export function customFieldsMeta(state: ServerState): Record<string, CustomFieldMeta> | undefined {
	const raw = trim(state.settings.get('Accounts_CustomFields'));
	if (raw === '') {
		return undefined;
	}
	try {
		return JSON.parse(raw) as Record<string, CustomFieldMeta>;
	} catch {
		throw new MeteorError('error-invalid-customfield-json', 'Invalid JSON for Custom Fields');
	}
}

export function publicCustomFieldNames(state: ServerState): string[] {
	try {
		return Object.entries(customFieldsMeta(state) ?? {})
			.filter(([, meta]) => meta.public === true)
			.map(([name]) => name);
	} catch {
		return [];
	}
}

/** Every defined field is checked against the submitted object alone (a missing required field fails). */
export function validateCustomFields(state: ServerState, fields: Record<string, unknown>): void {
	const meta = customFieldsMeta(state);
	if (!meta) {
		return;
	}
	for (const [fieldName, field] of Object.entries(meta)) {
		const value = trim(fields[fieldName]);
		const fail = (reason: string) => {
			throw new MeteorError('error-user-registration-custom-field', reason, {
				method: 'registerUser',
			});
		};
		if (field.required && value === '') {
			fail(`Field ${fieldName} is required`);
		}
		if (field.type === 'select' && !(field.options ?? []).includes(fields[fieldName] as string)) {
			fail(`Value for field ${fieldName} is invalid`);
		}
		if (field.maxLength && value.length > field.maxLength) {
			fail(`Max length of field ${fieldName} ${field.maxLength}`);
		}
		if (field.minLength && value.length < field.minLength) {
			fail(`Min length of field ${fieldName} ${field.minLength}`);
		}
	}
}

/**
 * `saveCustomFields` → `saveCustomFieldsWithoutValidation` (apps/meteor/app/lib/server/functions/
 * saveCustomFieldsWithoutValidation.ts): no-op while the setting is blank; otherwise `customFields` is replaced
 * by `{<each configured key>: formData[key]}`, so a configured key missing from the request is emptied (its
 * `undefined` is not stored) and keys no longer configured are dropped.
 */
export function saveCustomFields(
	state: ServerState,
	user: StoredUser,
	fields: Record<string, unknown>,
): void {
	if (!customFieldsMeta(state)) {
		return;
	}
	validateCustomFields(state, fields);
	saveCustomFieldsWithoutValidation(state, user, fields);
}

/**
 * apps/meteor/app/lib/server/functions/saveCustomFieldsWithoutValidation.ts: the replacement of the set described
 * above, without the checks (users.create validates first, then saves this way once the user exists).
 */
export function saveCustomFieldsWithoutValidation(
	state: ServerState,
	user: StoredUser,
	fields: Record<string, unknown>,
): void {
	const meta = customFieldsMeta(state);
	if (!meta) {
		return;
	}
	const customFields: Record<string, unknown> = {};
	for (const fieldName of Object.keys(meta)) {
		if (fields[fieldName] !== undefined) {
			customFields[fieldName] = fields[fieldName];
		}
	}
	user.customFields = customFields;
}
