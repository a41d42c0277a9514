import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import {
	APP_SETTINGS,
	AppSetting,
	DEFAULT_TIMEOUT_MS,
	normalizeBaseUrl,
	normalizeTimeout,
	parseRoleList,
} from '../../lib/settings';
import {
	readAdminSettings,
	readAppSettings,
	resolveBaseUrl,
	serverSetting,
} from '../../handlers/kernel/settingsReader';

/** Just enough of IRead for the settings readers; a value that is an Error is thrown. */
function fakeRead(app: Record<string, unknown>, server: Record<string, unknown>): IRead {
	const reader = (values: Record<string, unknown>) => ({
		getValueById: async (id: string) => {
			const value = values[id];
			if (value instanceof Error) {
				throw value;
			}
			return value;
		},
	});
	// One reader each, so that a test can spy on it.
	const appReader = reader(app);
	const serverReader = reader(server);
	return {
		getEnvironmentReader: () => ({
			getSettings: () => appReader,
			getServerSettings: () => serverReader,
		}),
	} as unknown as IRead;
}

describe('parseRoleList', () => {
	test.each([
		['admin', ['admin']],
		['admin, user-manager', ['admin', 'user-manager']],
		['admin,user-manager', ['admin', 'user-manager']],
		[' admin  moderator ', ['admin', 'moderator']],
		['admin,\nmoderator,,', ['admin', 'moderator']],
	])('%j → %j', (value, roles) => {
		expect(parseRoleList(value)).toEqual(roles);
	});

	test.each([[''], ['  '], [' , , '], [undefined], [null]])(
		'%j → the default, admin only',
		(value) => {
			expect(parseRoleList(value)).toEqual(['admin']);
		},
	);

	test('a multi-select value (array) works too', () => {
		expect(parseRoleList(['admin', 'moderator'])).toEqual(['admin', 'moderator']);
	});
});

describe('normalizeTimeout', () => {
	test.each([
		[4000, 4000],
		['2500', 2500],
		[1234.6, 1235],
		[500, 500],
		[499, 500],
		[1, 500],
		[60000, 60000],
		[60001, 60000],
		[1e9, 60000],
	])('%j → %i', (value, timeout) => {
		expect(normalizeTimeout(value)).toBe(timeout);
	});

	test.each([[0], [-1], [''], ['soon'], [NaN], [Infinity], [-Infinity], [undefined], [null], [{}]])(
		'%j → the default',
		(value) => {
			expect(normalizeTimeout(value)).toBe(DEFAULT_TIMEOUT_MS);
		},
	);

	test('the default answers within the 5-second modal window', () => {
		expect(DEFAULT_TIMEOUT_MS).toBe(4000);
	});
});

describe('normalizeBaseUrl', () => {
	test.each([
		['https://chat.example.com', 'https://chat.example.com'],
		['https://chat.example.com/', 'https://chat.example.com'],
		['https://chat.example.com///', 'https://chat.example.com'],
		['  http://localhost:3000/  ', 'http://localhost:3000'],
		['https://example.com/chat/', 'https://example.com/chat'],
		['', ''],
		['   ', ''],
	])('%j → %j', (value, url) => {
		expect(normalizeBaseUrl(value)).toBe(url);
	});
});

describe('APP_SETTINGS', () => {
	test('the four settings of PRODUCT §6 with their defaults', () => {
		const byId = Object.fromEntries(APP_SETTINGS.map((setting) => [setting.id, setting]));
		expect(Object.keys(byId).sort()).toEqual(Object.values(AppSetting).sort());
		expect(byId[AppSetting.ServerUrl].packageValue).toBe('');
		expect(byId[AppSetting.RequestTimeout].packageValue).toBe(4000);
		expect(byId[AppSetting.AdminRoles].packageValue).toBe('admin');
		expect(byId[AppSetting.AuditRoom].packageValue).toBe('');
	});

	test('every setting has a label and a description key', () => {
		for (const setting of APP_SETTINGS) {
			expect(setting.i18nLabel).toMatch(/^setting_\w+_label$/);
			expect(setting.i18nDescription).toMatch(/^setting_\w+_description$/);
		}
	});
});

describe('serverSetting', () => {
	test('the value when present', async () => {
		await expect(
			serverSetting(fakeRead({}, { Site_Url: 'https://x.io' }), 'Site_Url', ''),
		).resolves.toBe('https://x.io');
		await expect(serverSetting(fakeRead({}, { Flag: false }), 'Flag', true)).resolves.toBe(false);
	});

	test('the fallback when missing, null or unreadable', async () => {
		await expect(serverSetting(fakeRead({}, {}), 'Missing', 'fb')).resolves.toBe('fb');
		await expect(serverSetting(fakeRead({}, { Nul: null }), 'Nul', 'fb')).resolves.toBe('fb');
		await expect(
			serverSetting(fakeRead({}, { Broken: new Error('no access') }), 'Broken', 'fb'),
		).resolves.toBe('fb');
	});
});

/** The base URL and timeout an invocation ends up with (handlers/kernel/Invocation.ts). */
async function readAppConfig(read: IRead): Promise<{ baseUrl: string; timeoutMs: number }> {
	const { serverUrl, timeoutMs } = await readAppSettings(read);
	return { baseUrl: await resolveBaseUrl(read, serverUrl), timeoutMs };
}

describe('readAppSettings, resolveBaseUrl and readAdminSettings', () => {
	test('uses the app settings, normalised', async () => {
		const read = fakeRead(
			{
				[AppSetting.ServerUrl]: ' http://rocketchat:3000/ ',
				[AppSetting.RequestTimeout]: 2500,
				[AppSetting.AdminRoles]: 'admin, user-manager',
				[AppSetting.AuditRoom]: ' audit ',
				[AppSetting.ConfirmAdminChanges]: false,
			},
			{ Site_Url: 'https://public.example.com' },
		);
		await expect(readAppConfig(read)).resolves.toEqual({
			baseUrl: 'http://rocketchat:3000',
			timeoutMs: 2500,
		});
		await expect(readAdminSettings(read)).resolves.toEqual({
			adminRoles: ['admin', 'user-manager'],
			auditRoom: 'audit',
			confirmChanges: false,
		});
	});

	test('falls back to Site_Url and the defaults', async () => {
		const read = fakeRead({}, { Site_Url: 'https://chat.example.com/' });
		await expect(readAppConfig(read)).resolves.toEqual({
			baseUrl: 'https://chat.example.com',
			timeoutMs: 4000,
		});
		await expect(readAdminSettings(read)).resolves.toEqual({
			adminRoles: ['admin'],
			auditRoom: '',
			confirmChanges: true,
		});
	});

	test('an unreadable app setting counts as unset', async () => {
		const read = fakeRead(
			{
				[AppSetting.ServerUrl]: new Error('boom'),
				[AppSetting.RequestTimeout]: new Error('boom'),
				[AppSetting.AdminRoles]: new Error('boom'),
				[AppSetting.AuditRoom]: new Error('boom'),
				[AppSetting.ConfirmAdminChanges]: new Error('boom'),
			},
			{ Site_Url: 'https://chat.example.com' },
		);
		await expect(readAppConfig(read)).resolves.toEqual({
			baseUrl: 'https://chat.example.com',
			timeoutMs: 4000,
		});
		await expect(readAdminSettings(read)).resolves.toEqual({
			adminRoles: ['admin'],
			auditRoom: '',
			confirmChanges: true,
		});
	});

	test('no URL anywhere gives an empty base URL', async () => {
		await expect(readAppConfig(fakeRead({}, {}))).resolves.toMatchObject({ baseUrl: '' });
	});

	test('Site_Url is read only when the app setting is empty', async () => {
		const server = { Site_Url: 'https://chat.example.com' };
		const read = fakeRead({ [AppSetting.ServerUrl]: 'http://rocketchat:3000' }, server);
		const asked = jest.spyOn(read.getEnvironmentReader().getServerSettings(), 'getValueById');
		await expect(readAppConfig(read)).resolves.toMatchObject({ baseUrl: 'http://rocketchat:3000' });
		expect(asked).not.toHaveBeenCalled();
	});
});
