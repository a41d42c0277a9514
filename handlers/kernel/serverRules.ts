import type { Invocation } from './Invocation';
import {
	CustomFieldDefinitions,
	FieldRef,
	customFieldSetProblem,
	FieldRules,
	parseCustomFieldDefinitions,
} from '../../lib/fields';
import { Input } from '../../lib/ids';
import { serverSetting } from './settingsReader';
import { TWO_FACTOR_SETTING_IDS, TwoFactorSettings } from '../../lib/twoFactor';
import { BridgeUpdate, PROFILE_SWITCH_IDS, ProfileSwitches } from '../../lib/userBridge';

/** A server setting, read once per invocation and only when a step asks for it. */
function setting<T>(inv: Invocation, id: string, fallback: T): Promise<T> {
	return inv.once(`setting:${id}`, () => serverSetting<T>(inv.read, id, fallback));
}

/** Rocket.Chat's defaults (apps/meteor/server/settings/accounts.ts, general.ts). */
const DEFAULT_USERNAME_PATTERN = '[0-9a-zA-Z-_.]+';

/** The workspace's custom fields (Accounts_CustomFields): every command's parsing needs them. */
export async function readCustomFields(inv: Invocation): Promise<CustomFieldDefinitions> {
	return parseCustomFieldDefinitions(await setting<string>(inv, 'Accounts_CustomFields', ''));
}

/**
 * The server settings behind the field rules (docs/server-rules.md#settings-the-app-reads) for checking
 * `changes`: only the settings their checks consult are read (the username pattern for a username, the name
 * requirement for a name being emptied: a name with letters meets it whatever it says); the rules of the other
 * fields then hold the server's defaults, which no check of `changes` reads. Each setting is read at most once
 * per invocation.
 */
export async function readFieldRules(
	inv: Invocation,
	changes: ReadonlyArray<{ ref: FieldRef; value: string }>,
): Promise<FieldRules> {
	const standard = (field: 'username' | 'name') =>
		changes.filter(({ ref }) => ref.kind === 'standard' && ref.field === field);
	// Started together, awaited in turn: a setting a check does not need is a constant, not a promise.
	const customFields = readCustomFields(inv);
	const usernamePattern = standard('username').length
		? setting<string>(inv, 'UTF8_User_Names_Validation', DEFAULT_USERNAME_PATTERN)
		: DEFAULT_USERNAME_PATTERN;
	const requireName = standard('name').some(({ value }) => !value.trim())
		? setting<boolean>(inv, 'Accounts_RequireNameForSignUp', true)
		: true;
	return {
		customFields: await customFields,
		usernamePattern: (await usernamePattern) || DEFAULT_USERNAME_PATTERN,
		requireName: (await requireName) !== false,
	};
}

/** The server's 2FA switches (docs/server-rules.md#settings); read once per invocation. */
export async function readTwoFactorSettings(inv: Invocation): Promise<TwoFactorSettings> {
	const [enabled, totpEnabled, emailEnabled, emailForOAuthUsers] = await Promise.all([
		setting<boolean>(inv, TWO_FACTOR_SETTING_IDS.enabled, true),
		setting<boolean>(inv, TWO_FACTOR_SETTING_IDS.totpEnabled, true),
		setting<boolean>(inv, TWO_FACTOR_SETTING_IDS.emailEnabled, true),
		setting<boolean>(inv, TWO_FACTOR_SETTING_IDS.emailForOAuthUsers, true),
	]);
	return {
		enabled: enabled !== false,
		totpEnabled: totpEnabled !== false,
		emailEnabled: emailEnabled !== false,
		emailForOAuthUsers: emailForOAuthUsers !== false,
	};
}

/**
 * The Accounts_Allow* switches the app enforces for user-bridge writes. An unreadable setting counts as its
 * Rocket.Chat default (true, apps/meteor/server/settings/accounts.ts): the server's own REST path would apply it.
 * Only the switches `update` meets are read (see bridgeRefusal): the status text switch for a status text, the
 * invisible switch for the status offline; the others count as their default, which no check of `update` reads.
 */
export async function readProfileSwitches(
	inv: Invocation,
	update: BridgeUpdate,
): Promise<ProfileSwitches> {
	const [profileChange, statusTextChange, invisibleStatus] = await Promise.all([
		setting<boolean>(inv, PROFILE_SWITCH_IDS.profileChange, true),
		update.statusText !== undefined
			? setting<boolean>(inv, PROFILE_SWITCH_IDS.statusTextChange, true)
			: true,
		update.status === 'offline'
			? setting<boolean>(inv, PROFILE_SWITCH_IDS.invisibleStatus, true)
			: true,
	]);
	return {
		profileChange: profileChange !== false,
		statusTextChange: statusTextChange !== false,
		invisibleStatus: invisibleStatus !== false,
	};
}

/**
 * A change's custom-field set that the server would refuse for a field the change does not touch (see
 * lib/fields.ts customFieldSetProblem): that field's input id and what to tell the user, or undefined.
 */
export async function customFieldSetRefusal(
	inv: Invocation,
	set: Record<string, string> | undefined,
): Promise<{ input: string; text: string } | undefined> {
	if (!set) {
		return undefined;
	}
	const found = customFieldSetProblem(set, await readCustomFields(inv));
	if (!found) {
		return undefined;
	}
	return {
		input: `${Input.CustomFieldPrefix}${found.field}`,
		text: inv.t('error_custom_set', { reason: inv.say(found.problem), field: found.field }),
	};
}
