import {
	checkAdminPermissions,
	checkAppPermissions,
	checkCustomFields,
	checkExternalLogins,
	checkLoginBlocking,
	checkRateLimiter,
	checkServer,
	checkTwoFactor,
	checkVersion,
	checkWorkspace,
	DoctorFacts,
	formatDoctorReport,
	infoFact,
	limitsOwnChangesPerMinute,
	permissionsFact,
	runDoctorChecks,
	selfAddressCandidates,
} from '../../lib/doctor';
import { translate } from '../../lib/i18n';

/** Rocket.Chat's defaults (apps/meteor/server/settings/*.ts) on a 7.10 server, the admin linked. */
function healthy(overrides: Partial<DoctorFacts> = {}): DoctorFacts {
	return {
		serverUrl: 'http://localhost:3000',
		urlFromAppSetting: true,
		info: { kind: 'answered', version: '7.10.0' },
		permissions: {
			kind: 'listed',
			roles: {
				'edit-other-user-info': ['admin'],
				'view-full-other-user-info': ['admin'],
				'edit-other-user-active-status': ['admin'],
				'edit-other-user-password': ['admin'],
				'assign-roles': ['admin'],
				'api-bypass-rate-limit': ['admin', 'bot', 'app'],
				'create-personal-access-tokens': ['admin', 'user'],
			},
		},
		allowedRoles: ['admin'],
		settingsReadable: true,
		settings: {
			Site_Url: 'http://localhost:3000',
			API_Enable_Rate_Limiter: true,
			API_Enable_Rate_Limiter_Limit_Calls_Default: 10,
			API_Enable_Rate_Limiter_Limit_Time_Default: 60000,
			Block_Multiple_Failed_Logins_Enabled: true,
			Block_Multiple_Failed_Logins_By_User: true,
			Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User: 10,
			Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes: 5,
			Block_Multiple_Failed_Logins_By_Ip: true,
			Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip: 50,
			Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes: 5,
			Block_Multiple_Failed_Logins_Ip_Whitelist: '127.0.0.1',
			Accounts_TwoFactorAuthentication_Enabled: true,
			Accounts_TwoFactorAuthentication_By_TOTP_Enabled: true,
			Accounts_TwoFactorAuthentication_By_Email_Enabled: true,
			Accounts_TwoFactorAuthentication_RememberFor: 1800,
			Accounts_CustomFields: '',
		},
		...overrides,
	};
}

function withSettings(settings: Record<string, unknown>): DoctorFacts {
	const facts = healthy();
	return { ...facts, settings: { ...facts.settings, ...settings } };
}

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
	translate('en', key, params);

describe('the whole report', () => {
	test('a healthy server: no problem, the rate limiter is the only warning', () => {
		const lines = runDoctorChecks(healthy());
		expect(lines).toHaveLength(10);
		expect(lines.filter((line) => line.level === 'problem')).toEqual([]);
		expect(lines.filter((line) => line.level === 'warning').map((line) => line.text.key)).toEqual([
			'doctor_rate_limiter_on',
		]);
	});

	test('every line that is not ok carries a fix; ok lines none', () => {
		const facts = healthy({
			info: { kind: 'unreachable' },
			permissions: { kind: 'not-linked' },
			settingsReadable: false,
			settings: {},
		});
		for (const line of runDoctorChecks(facts)) {
			expect(Boolean(line.fix)).toBe(line.level !== 'ok');
		}
	});

	test('the report: a summary, one line per check, the fix under its line', () => {
		const text = formatDoctorReport(
			en,
			runDoctorChecks(healthy({ permissions: { kind: 'refused' } })),
		);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/doctor\*: \d+ ok, \d+ warning\(s\), 1 problem\(s\)/);
		const refused = lines.findIndex((line) => line.includes('refuses your linked account'));
		expect(lines[refused]).toMatch(/^❌ /);
		expect(lines[refused + 1]).toMatch(/^\s+Fix: check the app setting/);
		expect(text).not.toMatch(/\{\w+\}/);
	});

	test('the report in every language has no untranslated placeholder', () => {
		const facts = healthy({ info: { kind: 'not-rocketchat', status: 404 } });
		for (const language of ['en', 'pt-BR', 'de', 'es'] as const) {
			const text = formatDoctorReport(
				(key, params) => translate(language, key, params),
				runDoctorChecks(facts),
			);
			expect(text).not.toMatch(/\{\w+\}/);
		}
	});
});

describe('server and workspace', () => {
	test('answers: ok, naming where the URL comes from', () => {
		const line = checkServer(healthy({ urlFromAppSetting: false }));
		expect(line.level).toBe('ok');
		expect(en(line.text.key, line.text.params)).toContain('the workspace’s Site URL');
	});

	test.each([
		[{ kind: 'unreachable' } as const, 'doctor_server_unreachable', 'doctor_fix_server_url'],
		[
			{ kind: 'not-rocketchat', status: 404 } as const,
			'doctor_server_not_rocketchat',
			'doctor_fix_server_url',
		],
		[
			{ kind: 'no-networking' } as const,
			'doctor_server_no_networking',
			'doctor_fix_app_permissions',
		],
	])('%j is a problem', (info, key, fix) => {
		const line = checkServer(healthy({ info }));
		expect(line).toMatchObject({ level: 'problem', text: { key }, fix: { key: fix } });
	});

	test('the linked account accepted: this workspace; refused: a problem; unlinked: a warning', () => {
		expect(checkWorkspace(healthy()).level).toBe('ok');
		expect(checkWorkspace(healthy({ permissions: { kind: 'refused' } })).level).toBe('problem');
		expect(checkWorkspace(healthy({ permissions: { kind: 'not-linked' } }))).toMatchObject({
			level: 'warning',
			fix: { key: 'doctor_fix_link' },
		});
	});

	test('a URL an admin typed is shown inert', () => {
		const line = checkServer(healthy({ serverUrl: 'http://x/`**bold**`\n@all' }));
		const text = en(line.text.key, line.text.params);
		expect(text).not.toContain('\n');
		expect(text).toMatch(/^Server URL `http:\/\/x\/ˋ\*\*bold\*\*ˋ @\u2060all` \(/);
	});
});

describe('version', () => {
	test('6.7 and newer are ok, older a problem, unknown a warning', () => {
		expect(checkVersion(healthy({ info: { kind: 'answered', version: '6.7' } })).level).toBe('ok');
		expect(checkVersion(healthy({ info: { kind: 'answered', version: '6.6.1' } })).level).toBe(
			'problem',
		);
		expect(checkVersion(healthy({ info: { kind: 'answered', version: '5.4.2' } })).level).toBe(
			'problem',
		);
		expect(checkVersion(healthy({ info: { kind: 'answered' } })).level).toBe('warning');
	});

	test('8.5 and newer allow one own change a minute', () => {
		expect(limitsOwnChangesPerMinute('8.4.9')).toBe(false);
		expect(limitsOwnChangesPerMinute('8.5')).toBe(true);
		expect(limitsOwnChangesPerMinute('9.0.0')).toBe(true);
		expect(limitsOwnChangesPerMinute(undefined)).toBe(false);
	});
});

describe('rate limiter', () => {
	test('defaults on 7.x: 10 own changes a minute for the whole workspace, a warning', () => {
		const line = checkRateLimiter(healthy());
		expect(line).toMatchObject({ level: 'warning', text: { params: { perMinute: 10 } } });
		expect(en(line.text.key, line.text.params)).toContain('about 10 own changes a minute');
	});

	test('on 8.5+: one own change a minute', () => {
		const line = checkRateLimiter(healthy({ info: { kind: 'answered', version: '8.6.0' } }));
		expect(line.text).toMatchObject({
			key: 'doctor_rate_limiter_on_newer',
			params: { perMinute: 1 },
		});
	});

	test('20 calls per 30 s: 40 a minute', () => {
		const line = checkRateLimiter(
			withSettings({
				API_Enable_Rate_Limiter_Limit_Calls_Default: 20,
				API_Enable_Rate_Limiter_Limit_Time_Default: 30000,
			}),
		);
		expect(line.text.params).toMatchObject({ perMinute: 40, seconds: 30 });
	});

	test('fewer than one change a minute is a problem', () => {
		const line = checkRateLimiter(
			withSettings({
				API_Enable_Rate_Limiter_Limit_Calls_Default: 1,
				API_Enable_Rate_Limiter_Limit_Time_Default: 120000,
			}),
		);
		expect(line.level).toBe('problem');
	});

	test('off, or bypassed by the user role: ok', () => {
		expect(checkRateLimiter(withSettings({ API_Enable_Rate_Limiter: false })).level).toBe('ok');
		const facts = healthy();
		if (facts.permissions.kind === 'listed') {
			facts.permissions.roles['api-bypass-rate-limit'].push('user');
		}
		expect(checkRateLimiter(facts).text.key).toBe('doctor_rate_limiter_bypassed');
	});

	test('unreadable setting: a warning', () => {
		expect(checkRateLimiter(healthy({ settings: {} })).text.key).toBe('doctor_unreadable');
	});
});

describe('failed-login blocking', () => {
	test('the server’s own address whitelisted: ok', () => {
		expect(checkLoginBlocking(healthy()).text.key).toBe('doctor_login_blocking_whitelisted');
	});

	test('by address, not whitelisted: a warning naming the address to add', () => {
		const line = checkLoginBlocking(
			withSettings({ Block_Multiple_Failed_Logins_Ip_Whitelist: '' }),
		);
		expect(line).toMatchObject({ level: 'warning', fix: { key: 'doctor_fix_whitelist' } });
		expect(line.fix?.params?.address).toEqual({ text: '127.0.0.1, `::1`, `::ffff:127.0.0.1`' });
	});

	test('Rocket.Chat compares whitelist entries exactly: a space before the address does not count', () => {
		const line = checkLoginBlocking(
			withSettings({ Block_Multiple_Failed_Logins_Ip_Whitelist: '10.0.0.1, 127.0.0.1' }),
		);
		expect(line.level).toBe('warning');
	});

	test('a host name: the fix cannot name the address', () => {
		const facts = withSettings({ Block_Multiple_Failed_Logins_Ip_Whitelist: '' });
		const line = checkLoginBlocking({ ...facts, serverUrl: 'https://chat.example.com' });
		expect(line.fix?.key).toBe('doctor_fix_whitelist_unknown');
		expect(selfAddressCandidates('http://10.1.2.3:3000')).toContain('10.1.2.3');
		expect(selfAddressCandidates('not a url')).toEqual([]);
	});

	test('off, or by user only: ok', () => {
		expect(
			checkLoginBlocking(withSettings({ Block_Multiple_Failed_Logins_Enabled: false })).level,
		).toBe('ok');
		expect(
			checkLoginBlocking(withSettings({ Block_Multiple_Failed_Logins_By_Ip: false })).text.key,
		).toBe('doctor_login_blocking_user_only');
	});
});

describe('2FA, external sign-in, custom fields', () => {
	test('2FA on: methods and the remember window in minutes', () => {
		const line = checkTwoFactor(
			withSettings({ Accounts_TwoFactorAuthentication_By_TOTP_Enabled: false }),
		);
		expect(en(line.text.key, line.text.params)).toBe(
			'2FA on (e-mail codes, password); after a code the server does not ask again for 30 min (`Accounts_TwoFactorAuthentication_RememberFor`).',
		);
		expect(
			checkTwoFactor(withSettings({ Accounts_TwoFactorAuthentication_RememberFor: 0 })).text.key,
		).toBe('doctor_two_factor_on_no_remember');
		expect(
			checkTwoFactor(withSettings({ Accounts_TwoFactorAuthentication_Enabled: false })).level,
		).toBe('warning');
	});

	test('LDAP or OAuth: ok while users may create personal access tokens, else a problem', () => {
		expect(checkExternalLogins(healthy()).text.key).toBe('doctor_external_none');
		const ldap = withSettings({ LDAP_Enable: true, Accounts_OAuth_Google: true });
		expect(checkExternalLogins(ldap)).toMatchObject({
			level: 'ok',
			text: { params: { names: { text: 'LDAP, Google' } } },
		});
		if (ldap.permissions.kind === 'listed') {
			ldap.permissions.roles['create-personal-access-tokens'] = ['admin'];
		}
		expect(checkExternalLogins(ldap).level).toBe('problem');
	});

	test('custom fields: none, listed, or invalid JSON', () => {
		expect(checkCustomFields(healthy()).text.key).toBe('doctor_custom_fields_none');
		const listed = checkCustomFields(
			withSettings({ Accounts_CustomFields: '{"team":{"type":"text"}}' }),
		);
		expect(listed.text.params).toEqual({ fields: { text: 'team' } });
		expect(checkCustomFields(withSettings({ Accounts_CustomFields: '{oops' })).level).toBe(
			'problem',
		);
	});
});

describe('permissions', () => {
	test('admin holds everything: ok', () => {
		expect(checkAdminPermissions(healthy()).level).toBe('ok');
	});

	test('an allowed role without server permissions: a problem naming role and permissions', () => {
		const line = checkAdminPermissions(healthy({ allowedRoles: ['admin', 'manager'] }));
		expect(line.level).toBe('problem');
		expect(line.text.params?.missing).toEqual({
			text: 'manager: edit-other-user-info, view-full-other-user-info, edit-other-user-active-status, edit-other-user-password, assign-roles',
		});
	});

	test('every permission but api-bypass-rate-limit: a warning', () => {
		const facts = healthy();
		if (facts.permissions.kind === 'listed') {
			facts.permissions.roles['api-bypass-rate-limit'] = ['bot'];
		}
		expect(checkAdminPermissions(facts)).toMatchObject({
			level: 'warning',
			fix: { key: 'doctor_fix_bypass' },
		});
	});

	test('not listed: a warning', () => {
		expect(checkAdminPermissions(healthy({ permissions: { kind: 'failed' } })).level).toBe(
			'warning',
		);
	});

	test('the app’s own permissions', () => {
		expect(checkAppPermissions(healthy()).level).toBe('ok');
		const line = checkAppPermissions(
			healthy({ info: { kind: 'no-networking' }, settingsReadable: false }),
		);
		expect(line.text.params).toEqual({ permissions: { text: 'networking, server-setting.read' } });
	});
});

describe('facts from answers', () => {
	test('/api/info', () => {
		expect(infoFact(undefined)).toEqual({ kind: 'no-networking' });
		expect(infoFact({ ok: true, status: 200, body: { version: '7.10', success: true } })).toEqual({
			kind: 'answered',
			version: '7.10',
		});
		expect(infoFact({ ok: false, failure: { kind: 'not-json', status: 200 } })).toEqual({
			kind: 'not-rocketchat',
			status: 200,
		});
		expect(infoFact({ ok: false, failure: { kind: 'timeout' } })).toEqual({ kind: 'unreachable' });
	});

	test('permissions.listAll', () => {
		const body = {
			update: [{ _id: 'assign-roles', roles: ['admin', 7] }, { _id: 5 }],
			remove: [],
			success: true,
		};
		expect(permissionsFact({ ok: true, status: 200, body })).toEqual({
			kind: 'listed',
			roles: { 'assign-roles': ['admin'] },
		});
		expect(permissionsFact({ ok: false, failure: { kind: 'unauthorized' } })).toEqual({
			kind: 'refused',
		});
		expect(permissionsFact({ ok: true, status: 200, body: {} })).toEqual({ kind: 'failed' });
	});
});
