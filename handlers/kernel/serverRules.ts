import type { Invocation } from './Invocation';
import { FieldRules, parseCustomFieldDefinitions } from '../../lib/fields';
import { serverSetting } from './settingsReader';
import { TWO_FACTOR_SETTING_IDS, TwoFactorSettings } from '../../lib/twoFactor';
import { PROFILE_SWITCH_IDS, ProfileSwitches } from '../../lib/userBridge';

/** The server settings behind the field rules (docs/server-rules.md#settings-the-app-reads); read once per invocation. */
export function readFieldRules(inv: Invocation): Promise<FieldRules> {
	return inv.once('fieldRules', () => loadFieldRules(inv));
}

async function loadFieldRules(inv: Invocation): Promise<FieldRules> {
	const [customFields, usernamePattern, requireName] = await Promise.all([
		serverSetting<string>(inv.read, 'Accounts_CustomFields', ''),
		serverSetting<string>(inv.read, 'UTF8_User_Names_Validation', '[0-9a-zA-Z-_.]+'),
		serverSetting<boolean>(inv.read, 'Accounts_RequireNameForSignUp', true),
	]);
	return {
		customFields: parseCustomFieldDefinitions(customFields),
		usernamePattern: usernamePattern || '[0-9a-zA-Z-_.]+',
		requireName: requireName !== false,
	};
}

/** The server's 2FA switches (docs/server-rules.md#settings); read once per invocation. */
export function readTwoFactorSettings(inv: Invocation): Promise<TwoFactorSettings> {
	return inv.once('twoFactorSettings', () => loadTwoFactorSettings(inv));
}

async function loadTwoFactorSettings(inv: Invocation): Promise<TwoFactorSettings> {
	const [enabled, totpEnabled, emailEnabled, emailForOAuthUsers] = await Promise.all([
		serverSetting<boolean>(inv.read, TWO_FACTOR_SETTING_IDS.enabled, true),
		serverSetting<boolean>(inv.read, TWO_FACTOR_SETTING_IDS.totpEnabled, true),
		serverSetting<boolean>(inv.read, TWO_FACTOR_SETTING_IDS.emailEnabled, true),
		serverSetting<boolean>(inv.read, TWO_FACTOR_SETTING_IDS.emailForOAuthUsers, true),
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
 */
export async function readProfileSwitches(inv: Invocation): Promise<ProfileSwitches> {
	const [profileChange, statusTextChange, invisibleStatus] = await Promise.all([
		serverSetting<boolean>(inv.read, PROFILE_SWITCH_IDS.profileChange, true),
		serverSetting<boolean>(inv.read, PROFILE_SWITCH_IDS.statusTextChange, true),
		serverSetting<boolean>(inv.read, PROFILE_SWITCH_IDS.invisibleStatus, true),
	]);
	return {
		profileChange: profileChange !== false,
		statusTextChange: statusTextChange !== false,
		invisibleStatus: invisibleStatus !== false,
	};
}
