/**
 * Plain decisions about password sign-in (`POST /api/v1/login`): what each refusal means, and the app's own record
 * of a failed-login block so it never signs in again while the server would refuse (each refused attempt counts
 * as a new failure on the server, so retrying would extend the block). See docs/server-rules.md, failed-login
 * blocking: the block slides with the failures of the last `Block_Multiple_Failed_Logins_Time_To_Unblock_*`
 * minutes, and nobody can read the failure times, so the app waits that many minutes from the refusal.
 */
import type { Translatable } from './i18n';

export type SignInRefusal =
	| 'blocked-user'
	| 'blocked-address'
	| 'not-activated'
	| 'email-not-verified'
	| 'app-user'
	| 'no-roles';

/** The `error` codes of a 401 from login (accounts.ts `validateLoginAttemptAsync`). */
const REFUSALS: Record<string, SignInRefusal> = {
	'error-login-blocked-for-user': 'blocked-user',
	'error-login-blocked-for-ip': 'blocked-address',
	'error-user-is-not-activated': 'not-activated',
	'error-invalid-email': 'email-not-verified',
	'error-app-user-is-not-allowed-to-login': 'app-user',
	'error-user-has-no-roles': 'no-roles',
};

export function signInRefusal(code: string | undefined): SignInRefusal | undefined {
	return code ? REFUSALS[code] : undefined;
}

/** Server settings of the block length, with Rocket.Chat's defaults. */
export const BLOCK_MINUTES_SETTING = {
	'blocked-user': 'Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes',
	'blocked-address': 'Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes',
} as const;
export const DEFAULT_BLOCK_MINUTES = 5;

/** A usable number of minutes from the server setting (a broken value falls back to the default). */
export function blockMinutes(value: unknown): number {
	const minutes = Number(value);
	return Number.isFinite(minutes) && minutes > 0 ? Math.ceil(minutes) : DEFAULT_BLOCK_MINUTES;
}

/** What the app keeps about a block: whose (a user, or the server's address shared by every user) and until when. */
export interface SignInBlock {
	scope: 'user' | 'address';
	/** ISO time after which the server would no longer refuse for this block. */
	until: string;
}

/** Persistence key of the address block: one for everybody, since every app request comes from the same address. */
export const ADDRESS_BLOCK_KEY = '*address*';

export function newBlock(
	refusal: 'blocked-user' | 'blocked-address',
	minutes: number,
	now: number,
): SignInBlock {
	return {
		scope: refusal === 'blocked-user' ? 'user' : 'address',
		until: new Date(now + minutes * 60 * 1000).toISOString(),
	};
}

/** Whole minutes left (at least 1) while the block lasts, else undefined. */
export function minutesLeft(block: SignInBlock | undefined, now: number): number | undefined {
	const until = block ? Date.parse(block.until) : NaN;
	if (!Number.isFinite(until) || until <= now) {
		return undefined;
	}
	return Math.max(1, Math.ceil((until - now) / 60000));
}

/** The active block that lasts longest, among the user's own and the address's. */
export function activeBlock(
	blocks: Array<SignInBlock | undefined>,
	now: number,
): { block: SignInBlock; minutes: number } | undefined {
	let longest: { block: SignInBlock; minutes: number } | undefined;
	for (const block of blocks) {
		const minutes = minutesLeft(block, now);
		if (block && minutes !== undefined && (!longest || minutes > longest.minutes)) {
			longest = { block, minutes };
		}
	}
	return longest;
}

/** The words for a block: when to retry, the token way out, and for admins the whitelist remedy. */
export function describeBlock(
	scope: SignInBlock['scope'],
	minutes: number,
	isAdmin: boolean,
): Translatable[] {
	const parts: Translatable[] = [
		{
			key: scope === 'user' ? 'signin_blocked_user' : 'signin_blocked_address',
			params: { minutes },
		},
	];
	if (scope === 'address' && isAdmin) {
		parts.push({ key: 'signin_blocked_address_admin' });
	}
	return parts;
}

export function describeRefusal(
	refusal: Exclude<SignInRefusal, 'blocked-user' | 'blocked-address'>,
): Translatable {
	switch (refusal) {
		case 'not-activated':
			return { key: 'signin_not_activated' };
		case 'email-not-verified':
			return { key: 'signin_email_not_verified' };
		case 'app-user':
			return { key: 'signin_app_user' };
		case 'no-roles':
			return { key: 'signin_no_roles' };
	}
}

/** The built-in OAuth services whose on/off setting apps can read (custom OAuth services are not listed). */
export const OAUTH_SERVICES = [
	'Apple',
	'Facebook',
	'Github',
	'Gitlab',
	'Google',
	'Linkedin',
	'Meteor',
	'Twitter',
];

/**
 * Sign-in services whose users have no password on the server, by the setting that turns each on:
 * `Accounts_OAuth_<Service>` (apps/meteor/server/lib/oauth), `SAML_Custom_Default` (the default SAML provider,
 * apps/meteor/server/lib/saml/lib/settings.ts), `CAS_enabled` (apps/meteor/server/settings/cas.ts).
 */
export const SSO_SETTINGS: ReadonlyArray<readonly [setting: string, name: string]> = [
	...OAUTH_SERVICES.map((service) => [`Accounts_OAuth_${service}`, service] as const),
	['SAML_Custom_Default', 'SAML'],
	['CAS_enabled', 'CAS'],
];

/** The names of the single sign-on services a workspace has on, from its settings. */
export function ssoServicesOn(settings: Readonly<Record<string, unknown>>): string[] {
	return SSO_SETTINGS.filter(([setting]) => settings[setting] === true).map(([, name]) => name);
}

/**
 * Wrong credentials: the server says only "Unauthorized" (since 7.0 it hides whether the user exists, has a
 * password, or typed it wrong). With LDAP on, a password sign-in cannot work for LDAP users (the directory needs
 * the password as typed; the app sends a SHA-256 digest), so they are told to use a personal access token. With
 * single sign-on on, the user may have no password at all: they are pointed at the token field.
 */
export function describeWrongCredentials(
	ldapEnabled: boolean,
	sso: readonly string[] = [],
): Translatable {
	if (ldapEnabled) {
		return { key: 'signin_ldap_use_token' };
	}
	if (sso.length) {
		return { key: 'signin_sso_use_token', params: { names: { text: sso.join(', ') } } };
	}
	return { key: 'link_error_wrong_password' };
}
