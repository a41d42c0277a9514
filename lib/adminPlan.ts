/**
 * Plans a users.update request that changes only what the admin named. users.update erases `bio` and `nickname`
 * when they are absent (docs/server-rules.md#usersupdate), so every request carries their current values back.
 */
import type { FieldChange } from './args';
import { CustomFieldDefinitions, parseYesNo, YES_NO_FIELDS } from './fields';
import type { Translatable } from './i18n';
import { ChangeLine, effectiveChanges, ProfileSnapshot } from './profile';

export interface AdminUpdate {
	userId: string;
	data: Record<string, unknown>;
	/** What changes, for the reply and the audit (values of secrets are never put here). */
	lines: ChangeLine[];
	/** users.delete: the user goes (the last-admin rule counts them out). */
	removesUser?: boolean;
}

/** The fields users.update would erase if they were left out. */
export function preservedFields(snapshot: ProfileSnapshot): Record<string, string> {
	return { bio: snapshot.bio, nickname: snapshot.nickname };
}

const DATA_KEYS: Record<string, string> = {
	name: 'name',
	username: 'username',
	nickname: 'nickname',
	bio: 'bio',
	statusText: 'statusText',
	email: 'email',
	verified: 'verified',
	requirePasswordChange: 'requirePasswordChange',
	active: 'active',
};

/** `set` and the edit form: the changed fields plus the preserved ones, in one request. */
export function planAdminFieldUpdate(
	snapshot: ProfileSnapshot,
	changes: FieldChange[],
): AdminUpdate {
	const { standard, customFields, lines } = effectiveChanges(snapshot, changes);
	const data: Record<string, unknown> = { ...preservedFields(snapshot) };
	for (const { field, value } of standard) {
		const key = DATA_KEYS[field];
		if (key) {
			data[key] = YES_NO_FIELDS.includes(field) ? parseYesNo(value) === true : value;
		}
	}
	if (customFields) {
		data.customFields = customFields;
	}
	return { userId: snapshot.id, data, lines };
}

/**
 * Custom fields users.info may have hidden from the admin: the configured non-public ones, unless the answer says
 * `canViewAllInfo` (the caller holds view-full-other-user-info; getFullUserData in
 * apps/meteor/app/lib/server/functions/getFullUserData.ts shows other users' private fields only then).
 */
export function hiddenCustomFields(
	snapshot: ProfileSnapshot,
	definitions: CustomFieldDefinitions,
): string[] {
	if (snapshot.canViewAllInfo === true) {
		return [];
	}
	return Object.entries(definitions)
		.filter(([, definition]) => definition.public !== true)
		.map(([name]) => name);
}

/**
 * The server saves custom fields as a whole set (saveCustomFieldsWithoutValidation empties every configured field
 * missing from the request), so a set built from a users.info answer that hid some fields would erase them: such
 * a change is refused before sending.
 */
export function hiddenFieldsRefusal(
	snapshot: ProfileSnapshot,
	update: AdminUpdate,
	definitions: CustomFieldDefinitions,
): Translatable | undefined {
	const hidden = hiddenCustomFields(snapshot, definitions);
	if (!update.data.customFields || !hidden.length) {
		return undefined;
	}
	return {
		key: 'admin_custom_fields_hidden',
		params: { username: snapshot.username, fields: hidden.join(', ') },
	};
}

/** Activate or deactivate. */
export function planActiveUpdate(snapshot: ProfileSnapshot, active: boolean): AdminUpdate {
	return {
		userId: snapshot.id,
		data: { ...preservedFields(snapshot), active },
		lines: [
			{
				field: 'active',
				custom: false,
				old: snapshot.active ? 'yes' : 'no',
				new: active ? 'yes' : 'no',
			},
		],
	};
}

export function planRolesUpdate(snapshot: ProfileSnapshot, roles: string[]): AdminUpdate {
	return {
		userId: snapshot.id,
		data: { ...preservedFields(snapshot), roles },
		lines: [
			{ field: 'roles', custom: false, old: snapshot.roles.join(', '), new: roles.join(', ') },
		],
	};
}

export function planVerifyUpdate(snapshot: ProfileSnapshot): AdminUpdate {
	return {
		userId: snapshot.id,
		data: { ...preservedFields(snapshot), verified: true },
		lines: [
			{ field: 'verified', custom: false, old: snapshot.emailVerified ? 'yes' : 'no', new: 'yes' },
		],
	};
}

/**
 * An account action (lib/adminAccount.ts): no users.update data; `data.confirmRelinquish` for a delete that accepts
 * what happens to the rooms the user alone owns. One line names the action for the audit.
 */
export function planAccountAction(
	snapshot: ProfileSnapshot,
	action: 'delete' | 'reset-totp' | 'reset-e2e' | 'logout',
	relinquish = false,
): AdminUpdate {
	const line = { field: ACTION_FIELDS[action], custom: false, old: '', new: '' };
	return {
		userId: snapshot.id,
		data: relinquish ? { confirmRelinquish: true } : {},
		lines: [line],
		...(action === 'delete' ? { removesUser: true } : {}),
	};
}

/** The field label (lib/locales `field_…`) each action is audited as. */
const ACTION_FIELDS = {
	'delete': 'deleted',
	'reset-totp': 'totpReset',
	'reset-e2e': 'e2eReset',
	'logout': 'sessions',
} as const;

export interface PasswordChoice {
	password?: string;
	random: boolean;
	requireChange: boolean;
	welcomeEmail: boolean;
}

/** The password form. The password travels only in this request; the lines say "changed", never the value. */
export function planPasswordUpdate(snapshot: ProfileSnapshot, choice: PasswordChoice): AdminUpdate {
	const data: Record<string, unknown> = {
		...preservedFields(snapshot),
		requirePasswordChange: choice.requireChange,
	};
	if (choice.random) {
		data.setRandomPassword = true;
	} else {
		data.password = choice.password;
	}
	if (choice.welcomeEmail) {
		data.sendWelcomeEmail = true;
	}
	return { userId: snapshot.id, data, lines: [] };
}

/** Whether a failed update was refused only at the `active` step, after the rest was saved. */
export function isActiveStepRefusal(errorType: string | undefined, details: unknown): boolean {
	const { method, action } = (details ?? {}) as { method?: string; action?: string };
	return (
		(errorType === 'error-not-allowed' && method === 'setUserActiveStatus') ||
		// The last active admin: setUserActiveStatus refuses after the other fields were saved too.
		(errorType === 'error-action-not-allowed' && action === 'Remove_last_admin')
	);
}
