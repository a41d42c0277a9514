/**
 * `/admin-user doctor`: plain checks of what the app meets on this server. The glue (handlers/admin/doctor.ts)
 * gathers the facts (settings, `/api/info`, `permissions.listAll`); each check here turns them into one line,
 * ok / warning / problem, a fix with every line that is not ok. Server rules behind each check: docs/server-rules.md.
 */
import { parseCustomFieldDefinitions } from './fields';
import type { MessageKey, Translatable } from './i18n';
import { inert } from './inert';
import type { RestOutcome } from './restOutcome';
import { OAUTH_SERVICES } from './signIn';

export type DoctorLevel = 'ok' | 'warning' | 'problem';

export interface DoctorLine {
	level: DoctorLevel;
	text: Translatable;
	/** What to do about it; every warning and problem has one. */
	fix?: Translatable;
}

/** What `GET /api/info` gave: `{version}` (major.minor without a login, full with `view-statistics`). */
export type InfoFact =
	| { kind: 'answered'; version?: string }
	| { kind: 'not-rocketchat'; status: number }
	| { kind: 'unreachable' }
	| { kind: 'no-networking' };

/** What `GET /api/v1/permissions.listAll` with the admin's linked account gave. */
export type PermissionsFact =
	| { kind: 'listed'; roles: Record<string, string[]> }
	| { kind: 'not-linked' }
	| { kind: 'refused' }
	| { kind: 'failed' };

export interface DoctorFacts {
	/** The base URL the app calls, and whether it comes from the app setting (else from Site_Url). */
	serverUrl: string;
	urlFromAppSetting: boolean;
	info: InfoFact;
	permissions: PermissionsFact;
	/** Roles of the app setting "Roles allowed to use /admin-user". */
	allowedRoles: string[];
	/** Server settings the app could read; an unreadable one is missing. */
	settings: Record<string, unknown>;
	/** Whether the app could read server settings at all (permission `server-setting.read`). */
	settingsReadable: boolean;
}

/** Server settings the checks read (names and defaults: Rocket.Chat apps/meteor/server/settings/*.ts). */
export const DOCTOR_SETTING_IDS = [
	'Site_Url',
	// apps/meteor/server/settings/rate.ts
	'API_Enable_Rate_Limiter',
	'API_Enable_Rate_Limiter_Limit_Calls_Default',
	'API_Enable_Rate_Limiter_Limit_Time_Default',
	// apps/meteor/server/settings/accounts.ts (Login_Attempts)
	'Block_Multiple_Failed_Logins_Enabled',
	'Block_Multiple_Failed_Logins_By_User',
	'Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User',
	'Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes',
	'Block_Multiple_Failed_Logins_By_Ip',
	'Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip',
	'Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes',
	'Block_Multiple_Failed_Logins_Ip_Whitelist',
	// apps/meteor/server/settings/accounts.ts (Two Factor Authentication)
	'Accounts_TwoFactorAuthentication_Enabled',
	'Accounts_TwoFactorAuthentication_By_TOTP_Enabled',
	'Accounts_TwoFactorAuthentication_By_Email_Enabled',
	'Accounts_TwoFactorAuthentication_RememberFor',
	'Accounts_twoFactorAuthentication_email_available_for_OAuth_users',
	// apps/meteor/server/settings/ldap.ts, apps/meteor/server/lib/oauth (Accounts_OAuth_<Service>)
	'LDAP_Enable',
	...OAUTH_SERVICES.map((service) => `Accounts_OAuth_${service}`),
	'Accounts_CustomFields',
];

/** Permissions the roles allowed to use /admin-user should hold on the server (PRODUCT §3). */
export const ADMIN_PERMISSIONS_NEEDED = [
	'edit-other-user-info',
	'view-full-other-user-info',
	'edit-other-user-active-status',
	'edit-other-user-password',
	'assign-roles',
];

/** The oldest Rocket.Chat that installs the app (docs/server-rules.md, Compatibility): 6.7. */
const OLDEST_SUPPORTED: [number, number] = [6, 7];

function line(level: DoctorLevel, text: Translatable, fix?: Translatable): DoctorLine {
	return fix ? { level, text, fix } : { level, text };
}

function bool(settings: Record<string, unknown>, id: string, fallback: boolean): boolean {
	const value = settings[id];
	return typeof value === 'boolean' ? value : fallback;
}

function num(settings: Record<string, unknown>, id: string, fallback: number): number {
	const value = Number(settings[id]);
	return settings[id] === undefined || !Number.isFinite(value) ? fallback : value;
}

/** "7.10.0" / "7.10" → [7, 10]; undefined when it is not a version. */
export function parseVersion(version: string | undefined): [number, number] | undefined {
	const match = /^(\d+)\.(\d+)/.exec(version ?? '');
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** 8.5+ limits `users.updateOwnBasicInfo` to one call a minute (Rocket.Chat apps/meteor/server/api/v1/users.ts). */
export function limitsOwnChangesPerMinute(version: string | undefined): boolean {
	const parsed = parseVersion(version);
	return Boolean(parsed && (parsed[0] > 8 || (parsed[0] === 8 && parsed[1] >= 5)));
}

function versionOf(facts: DoctorFacts): string | undefined {
	return facts.info.kind === 'answered' ? facts.info.version : undefined;
}

function rolesHolding(facts: DoctorFacts, permission: string): string[] | undefined {
	return facts.permissions.kind === 'listed'
		? facts.permissions.roles[permission] ?? []
		: undefined;
}

const SERVER_URL_FIX: Translatable = { key: 'doctor_fix_server_url' };

export function checkServer(facts: DoctorFacts): DoctorLine {
	const url = facts.serverUrl || '(none)';
	const source = facts.urlFromAppSetting ? 'doctor_url_from_setting' : 'doctor_url_from_site_url';
	switch (facts.info.kind) {
		case 'answered':
			return line('ok', { key: 'doctor_server_ok', params: { url, source: { list: [source] } } });
		case 'not-rocketchat':
			return line(
				'problem',
				{ key: 'doctor_server_not_rocketchat', params: { url, status: facts.info.status } },
				SERVER_URL_FIX,
			);
		case 'no-networking':
			return line(
				'problem',
				{ key: 'doctor_server_no_networking' },
				{ key: 'doctor_fix_app_permissions' },
			);
		case 'unreachable':
			return line('problem', { key: 'doctor_server_unreachable', params: { url } }, SERVER_URL_FIX);
	}
}

/** The linked account is accepted at that URL: tokens are per workspace, so it is this workspace. */
export function checkWorkspace(facts: DoctorFacts): DoctorLine {
	const url = facts.serverUrl || '(none)';
	switch (facts.permissions.kind) {
		case 'listed':
			return line('ok', { key: 'doctor_workspace_ok', params: { url } });
		case 'refused':
			return line(
				'problem',
				{ key: 'doctor_workspace_refused', params: { url } },
				{ key: 'doctor_fix_workspace' },
			);
		case 'not-linked':
			return line('warning', { key: 'doctor_workspace_not_linked' }, { key: 'doctor_fix_link' });
		case 'failed':
			return line('warning', { key: 'doctor_workspace_unknown', params: { url } }, SERVER_URL_FIX);
	}
}

export function checkVersion(facts: DoctorFacts): DoctorLine {
	const version = versionOf(facts);
	const parsed = parseVersion(version);
	if (!version || !parsed) {
		return line(
			'warning',
			{ key: 'doctor_version_unknown' },
			{ key: 'doctor_fix_version_unknown' },
		);
	}
	if (
		parsed[0] < OLDEST_SUPPORTED[0] ||
		(parsed[0] === OLDEST_SUPPORTED[0] && parsed[1] < OLDEST_SUPPORTED[1])
	) {
		return line(
			'problem',
			{ key: 'doctor_version_old', params: { version } },
			{ key: 'doctor_fix_update_server' },
		);
	}
	return line('ok', { key: 'doctor_version_ok', params: { version } });
}

/**
 * REST rate limiter (Rocket.Chat apps/meteor/app/api/server/ApiClass.ts, server/lib/getClientAddress.ts): one
 * budget per client address and route; every request of the app comes from the server's own address, so all
 * users without `api-bypass-rate-limit` share one budget per endpoint. An own change is one request.
 */
export function checkRateLimiter(facts: DoctorFacts): DoctorLine {
	const { settings } = facts;
	if (settings.API_Enable_Rate_Limiter === undefined) {
		return line(
			'warning',
			{ key: 'doctor_unreadable', params: { setting: 'API_Enable_Rate_Limiter' } },
			{ key: 'doctor_fix_settings' },
		);
	}
	if (!bool(settings, 'API_Enable_Rate_Limiter', true)) {
		return line('ok', { key: 'doctor_rate_limiter_off' });
	}
	const calls = num(settings, 'API_Enable_Rate_Limiter_Limit_Calls_Default', 10);
	const intervalMs = num(settings, 'API_Enable_Rate_Limiter_Limit_Time_Default', 60000);
	let perMinute = intervalMs > 0 ? Math.floor((calls * 60000) / intervalMs) : calls;
	const newerServer = limitsOwnChangesPerMinute(versionOf(facts));
	if (newerServer) {
		perMinute = Math.min(perMinute, 1);
	}
	const bypassing = rolesHolding(facts, 'api-bypass-rate-limit');
	if (bypassing?.includes('user')) {
		return line('ok', {
			key: 'doctor_rate_limiter_bypassed',
			params: { calls, seconds: intervalMs / 1000 },
		});
	}
	const params = { calls, seconds: intervalMs / 1000, perMinute };
	return line(
		perMinute < 1 ? 'problem' : 'warning',
		{ key: newerServer ? 'doctor_rate_limiter_on_newer' : 'doctor_rate_limiter_on', params },
		{ key: 'doctor_fix_rate_limiter' },
	);
}

/**
 * The address the server's requests to itself come from, when the URL tells it: a loopback name, or an IP
 * literal. Rocket.Chat compares whitelist entries exactly (apps/meteor/app/authentication/server/lib/
 * restrictLoginAttempts.ts: `whitelist.includes(ip)` after `split(',')`).
 */
export function selfAddressCandidates(serverUrl: string): string[] {
	// A regular expression, not URL: the app's sandbox (vm2) has no URL class.
	const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(
		serverUrl.trim(),
	);
	if (!match) {
		return [];
	}
	const host = match[1].replace(/^\[|\]$/g, '').toLowerCase();
	if (host === 'localhost' || host === '127.0.0.1' || host === '::1') {
		return ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
	}
	return /^[\d.]+$/.test(host) || host.includes(':') ? [host, `::ffff:${host}`] : [];
}

/** Failed-login blocking (restrictLoginAttempts.ts): by user and by address, the address being the server's own. */
export function checkLoginBlocking(facts: DoctorFacts): DoctorLine {
	const { settings } = facts;
	if (settings.Block_Multiple_Failed_Logins_Enabled === undefined) {
		return line(
			'warning',
			{ key: 'doctor_unreadable', params: { setting: 'Block_Multiple_Failed_Logins_Enabled' } },
			{ key: 'doctor_fix_settings' },
		);
	}
	if (!bool(settings, 'Block_Multiple_Failed_Logins_Enabled', true)) {
		return line('ok', { key: 'doctor_login_blocking_off' });
	}
	const byUser = bool(settings, 'Block_Multiple_Failed_Logins_By_User', true);
	const byIp = bool(settings, 'Block_Multiple_Failed_Logins_By_Ip', true);
	const userPart = {
		attempts: num(settings, 'Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User', 10),
		minutes: num(settings, 'Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes', 5),
	};
	if (!byIp) {
		return line('ok', {
			key: byUser ? 'doctor_login_blocking_user_only' : 'doctor_login_blocking_none',
			params: userPart,
		});
	}
	const whitelist = String(settings.Block_Multiple_Failed_Logins_Ip_Whitelist ?? '')
		.split(',')
		.filter(Boolean);
	const candidates = selfAddressCandidates(facts.serverUrl);
	const listed = whitelist.filter((entry) => candidates.includes(entry));
	const ipParams = {
		attempts: num(settings, 'Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip', 50),
		minutes: num(settings, 'Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes', 5),
	};
	if (listed.length) {
		return line('ok', {
			key: 'doctor_login_blocking_whitelisted',
			params: { ...ipParams, address: { text: listed.map(inert).join(', ') } },
		});
	}
	const address = candidates.map(inert).join(', ');
	return line(
		'warning',
		{ key: 'doctor_login_blocking_ip', params: ipParams },
		address
			? { key: 'doctor_fix_whitelist', params: { address: { text: address } } }
			: { key: 'doctor_fix_whitelist_unknown' },
	);
}

/** 2FA (apps/meteor/app/2fa/server/code/index.ts): which methods, and how long a code is remembered. */
export function checkTwoFactor(facts: DoctorFacts): DoctorLine {
	const { settings } = facts;
	if (settings.Accounts_TwoFactorAuthentication_Enabled === undefined) {
		return line(
			'warning',
			{ key: 'doctor_unreadable', params: { setting: 'Accounts_TwoFactorAuthentication_Enabled' } },
			{ key: 'doctor_fix_settings' },
		);
	}
	if (!bool(settings, 'Accounts_TwoFactorAuthentication_Enabled', true)) {
		return line('warning', { key: 'doctor_two_factor_off' }, { key: 'doctor_fix_two_factor' });
	}
	const methods: MessageKey[] = [];
	if (bool(settings, 'Accounts_TwoFactorAuthentication_By_TOTP_Enabled', true)) {
		methods.push('doctor_method_totp');
	}
	if (bool(settings, 'Accounts_TwoFactorAuthentication_By_Email_Enabled', true)) {
		methods.push('doctor_method_email');
	}
	methods.push('doctor_method_password');
	const seconds = num(settings, 'Accounts_TwoFactorAuthentication_RememberFor', 1800);
	return line('ok', {
		key: seconds > 0 ? 'doctor_two_factor_on' : 'doctor_two_factor_on_no_remember',
		params: { methods: { list: methods }, minutes: Math.round(seconds / 60) },
	});
}

/** LDAP and OAuth users have no local password the app can use: they link with a personal access token. */
export function checkExternalLogins(facts: DoctorFacts): DoctorLine {
	const { settings } = facts;
	const ldap = settings.LDAP_Enable === true;
	const oauth = OAUTH_SERVICES.filter((service) => settings[`Accounts_OAuth_${service}`] === true);
	if (!ldap && !oauth.length) {
		return line('ok', { key: 'doctor_external_none' });
	}
	const names = [...(ldap ? ['LDAP'] : []), ...oauth].join(', ');
	const tokenRoles = rolesHolding(facts, 'create-personal-access-tokens');
	const emailForOAuth = bool(
		settings,
		'Accounts_twoFactorAuthentication_email_available_for_OAuth_users',
		true,
	);
	const params = {
		names: { text: names },
		email: { list: [emailForOAuth ? 'yes' : 'no'] as MessageKey[] },
	};
	if (tokenRoles && !tokenRoles.includes('user')) {
		return line(
			'problem',
			{ key: 'doctor_external_no_tokens', params },
			{ key: 'doctor_fix_tokens' },
		);
	}
	return line('ok', { key: 'doctor_external_on', params });
}

/** Custom fields (Accounts_CustomFields): saved as a whole set, so the app sends every configured key. */
export function checkCustomFields(facts: DoctorFacts): DoctorLine {
	const raw = String(facts.settings.Accounts_CustomFields ?? '').trim();
	if (!raw) {
		return line('ok', { key: 'doctor_custom_fields_none' });
	}
	const fields = Object.keys(parseCustomFieldDefinitions(raw));
	if (!fields.length) {
		return line(
			'problem',
			{ key: 'doctor_custom_fields_invalid' },
			{ key: 'doctor_fix_custom_fields' },
		);
	}
	return line('ok', {
		key: 'doctor_custom_fields_ok',
		params: { fields: { text: fields.map(inert).join(', ') } },
	});
}

/** What the roles allowed to use /admin-user hold on the server (`permissions.listAll`). */
export function checkAdminPermissions(facts: DoctorFacts): DoctorLine {
	const roles = { text: facts.allowedRoles.map(inert).join(', ') };
	if (facts.permissions.kind !== 'listed') {
		const fix: Translatable =
			facts.permissions.kind === 'not-linked'
				? { key: 'doctor_fix_link' }
				: facts.permissions.kind === 'refused'
				? { key: 'doctor_fix_workspace' }
				: SERVER_URL_FIX;
		return line('warning', { key: 'doctor_permissions_unknown', params: { roles } }, fix);
	}
	const listed = facts.permissions.roles;
	const missing = facts.allowedRoles.flatMap((role) => {
		const lacks = ADMIN_PERMISSIONS_NEEDED.filter(
			(permission) => !(listed[permission] ?? []).includes(role),
		);
		return lacks.length ? [`${inert(role)}: ${lacks.join(', ')}`] : [];
	});
	if (missing.length) {
		return line(
			'problem',
			{ key: 'doctor_permissions_missing', params: { missing: { text: missing.join('; ') } } },
			{ key: 'doctor_fix_permissions', params: { roles } },
		);
	}
	const bypass = listed['api-bypass-rate-limit'] ?? [];
	const limited = facts.allowedRoles.filter((role) => !bypass.includes(role));
	if (limited.length) {
		return line(
			'warning',
			{
				key: 'doctor_permissions_rate_limited',
				params: { roles: { text: limited.map(inert).join(', ') } },
			},
			{ key: 'doctor_fix_bypass', params: { roles: { text: limited.map(inert).join(', ') } } },
		);
	}
	return line('ok', { key: 'doctor_permissions_ok', params: { roles } });
}

/** The app's own permissions: the HTTP accessor answers nothing without `networking`, settings need `server-setting.read`. */
export function checkAppPermissions(facts: DoctorFacts): DoctorLine {
	const missing = [
		...(facts.info.kind === 'no-networking' ? ['networking'] : []),
		...(facts.settingsReadable ? [] : ['server-setting.read']),
	];
	if (missing.length) {
		return line(
			'problem',
			{
				key: 'doctor_app_permissions_missing',
				params: { permissions: { text: missing.join(', ') } },
			},
			{ key: 'doctor_fix_app_permissions' },
		);
	}
	return line('ok', { key: 'doctor_app_permissions_ok' });
}

/** Every check, in the order of the report. */
export function runDoctorChecks(facts: DoctorFacts): DoctorLine[] {
	return [
		checkServer(facts),
		checkWorkspace(facts),
		checkVersion(facts),
		checkRateLimiter(facts),
		checkLoginBlocking(facts),
		checkTwoFactor(facts),
		checkExternalLogins(facts),
		checkCustomFields(facts),
		checkAdminPermissions(facts),
		checkAppPermissions(facts),
	];
}

/** Counts for the report's first line. */
export function doctorSummary(lines: DoctorLine[]): Record<DoctorLevel, number> {
	return {
		ok: lines.filter((item) => item.level === 'ok').length,
		warning: lines.filter((item) => item.level === 'warning').length,
		problem: lines.filter((item) => item.level === 'problem').length,
	};
}

const MARKS: Record<DoctorLevel, string> = { ok: '✅', warning: '⚠️', problem: '❌' };

/** The private report: a summary, then one line per check, its fix under it. */
export function formatDoctorReport(
	t: (key: MessageKey, params?: Translatable['params']) => string,
	lines: DoctorLine[],
): string {
	const out = [t('doctor_title', { ...doctorSummary(lines) })];
	for (const item of lines) {
		out.push(`${MARKS[item.level]} ${t(item.text.key, item.text.params)}`);
		if (item.fix) {
			out.push(`      ${t('doctor_fix', { fix: { text: t(item.fix.key, item.fix.params) } })}`);
		}
	}
	return out.join('\n');
}

/** `GET /api/info`: `{version, success}` from Rocket.Chat (apps/meteor/app/api/server/lib/getServerInfo.ts). */
export function infoFact(outcome: RestOutcome | undefined): InfoFact {
	if (!outcome) {
		return { kind: 'no-networking' };
	}
	if (outcome.ok) {
		const version = outcome.body.version;
		return { kind: 'answered', version: typeof version === 'string' ? version : undefined };
	}
	const { failure } = outcome;
	switch (failure.kind) {
		case 'unreachable':
		case 'timeout':
			return { kind: 'unreachable' };
		case 'not-json':
		case 'server-error':
		case 'rejected':
			return { kind: 'not-rocketchat', status: failure.status };
		default:
			// 401, 403, 429 are Rocket.Chat's own refusals: it answers, without telling its version.
			return { kind: 'answered' };
	}
}

/**
 * `GET /api/v1/permissions.listAll` answers `{update: [{_id, roles}], remove}` (Rocket.Chat
 * apps/meteor/app/api/server/v1/permissions.ts); any signed-in user may call it.
 */
export function permissionsFact(outcome: RestOutcome | undefined): PermissionsFact {
	if (!outcome) {
		return { kind: 'failed' };
	}
	if (!outcome.ok) {
		return outcome.failure.kind === 'unauthorized' ? { kind: 'refused' } : { kind: 'failed' };
	}
	const update = outcome.body.update;
	if (!Array.isArray(update)) {
		return { kind: 'failed' };
	}
	const roles: Record<string, string[]> = {};
	for (const permission of update as Array<{ _id?: unknown; roles?: unknown }>) {
		if (typeof permission?._id === 'string' && Array.isArray(permission.roles)) {
			roles[permission._id] = permission.roles.filter(
				(role): role is string => typeof role === 'string',
			);
		}
	}
	return { kind: 'listed', roles };
}
