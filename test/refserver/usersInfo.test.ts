import type { ReferenceServer } from '../../tools/refserver';
import { apiClient, authAs, startTestServer, userId } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
beforeEach(async () => {
	server.reset();
	server.setProfile('v7');
	await server.seedDefaults();
	server.settings.set(
		'Accounts_CustomFields',
		JSON.stringify({ team: { type: 'text', public: true }, salary: { type: 'text' } }),
	);
	await server.seedUser({
		username: 'carl',
		name: 'Carl',
		email: 'carl@example.com',
		bio: 'Hi',
		customFields: { team: 'red', salary: '1' },
	});
});
afterAll(() => server.close());

const info = (query: Record<string, string>, as = 'alice') =>
	api.get('users.info', query, authAs(server, as));

describe('GET users.info', () => {
	it('shows others the public fields only', async () => {
		const res = await info({ username: 'carl' });
		expect(res.status).toBe(200);
		expect(res.body.user).toEqual({
			_id: userId(server, 'carl'),
			name: 'Carl',
			username: 'carl',
			status: 'online',
			utcOffset: 0,
			type: 'user',
			active: true,
			bio: 'Hi',
			customFields: { team: 'red' },
			canViewAllInfo: false,
		});
	});

	it('shows admins the full fields, and the caller everything incl. services (password → true)', async () => {
		const admin = await info({ userId: userId(server, 'carl') }, 'admin');
		expect(admin.body.user).toMatchObject({
			emails: [{ address: 'carl@example.com', verified: true }],
			roles: ['user'],
			customFields: { team: 'red', salary: '1' },
			canViewAllInfo: true,
		});
		expect(admin.body.user.services).toBeUndefined();
		const self = await info({ username: 'alice' });
		expect(self.body.user).toMatchObject({ canViewAllInfo: true, createdAt: expect.any(String) });
		expect(self.body.user.services.password).toBe(true);
		expect(self.body.user.services.resume.loginTokens.length).toBeGreaterThan(0);
	});

	it('VN hides resume tokens from the caller and can search by e-mail', async () => {
		server.setProfile('vn');
		const self = await info({ username: 'alice' });
		expect(self.body.user.services.resume).toBeUndefined();
		expect((await info({ email: 'carl@example.com' }, 'admin')).body.user.username).toBe('carl');
		expect((await info({ email: 'carl@example.com' })).body).toEqual({
			success: false,
			error: 'User not found.',
		});
	});

	it('answers the documented errors', async () => {
		expect((await info({ username: 'ghost' })).body).toEqual({
			success: false,
			error: 'User not found.',
		});
		expect((await info({ userId: '' })).body).toEqual({
			success: false,
			error: 'Invalid search query.',
		});
		expect((await info({ importId: 'imp-1' })).body).toEqual({
			success: false,
			error: 'User not found.',
		});
	});

	it('rejects combined or unknown parameters through anyOf', async () => {
		const expected =
			'must NOT have additional properties\n must NOT have additional properties\n ' +
			"must have required property 'importId'\n must have required property 'email'\n " +
			"must have required property 'freeSwitchExtension'\n must match a schema in anyOf [invalid-params]";
		const both = await info({ userId: 'a', username: 'b' });
		expect(both.body).toEqual({ success: false, error: expected, errorType: 'invalid-params' });
		expect((await info({ username: 'carl', foo: '1' })).body.errorType).toBe('invalid-params');
		server.setProfile('vn');
		const vn = await info({ userId: 'a', username: 'b' });
		expect(vn.body).toEqual({
			success: false,
			errorType: 'error-invalid-params',
			error: expected.replace(' [invalid-params]', ''),
		});
	});

	it('includes rooms for the caller, or with view-other-user-channels', async () => {
		expect((await info({ username: 'alice', includeUserRooms: 'true' })).body.user.rooms).toEqual(
			[],
		);
		expect(
			(await info({ username: 'carl', includeUserRooms: 'true' })).body.user.rooms,
		).toBeUndefined();
		expect(
			(await info({ username: 'carl', includeUserRooms: 'true' }, 'admin')).body.user.rooms,
		).toEqual([]);
	});
});
