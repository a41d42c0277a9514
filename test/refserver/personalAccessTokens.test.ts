import { sha256Hex, type ReferenceServer } from '../../tools/refserver';
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
});
afterAll(() => server.close());

const proof = (password: string) => ({ 'x-2fa-code': sha256Hex(password) });

describe('personal access tokens', () => {
	it('demands 2FA, then creates a usable token once', async () => {
		const headers = authAs(server, 'alice');
		expect(
			(await api.post('users.generatePersonalAccessToken', { tokenName: 'app' }, headers)).body
				.errorType,
		).toBe('totp-required');
		const res = await api.post(
			'users.generatePersonalAccessToken',
			{ tokenName: 'app' },
			{ ...headers, ...proof('alice-pass') },
		);
		expect(res.body).toEqual({ token: expect.stringMatching(/^[\w-]{43}$/), success: true });
		const me = await api.get(
			'me',
			{},
			{ 'x-user-id': userId(server, 'alice'), 'x-auth-token': res.body.token },
		);
		expect(me.body.username).toBe('alice');
		const again = await api.post(
			'users.generatePersonalAccessToken',
			{ tokenName: 'app' },
			headers,
		);
		expect(again.body).toEqual({
			success: false,
			error: 'A token with this name already exists [error-token-already-exists]',
			errorType: 'error-token-already-exists',
			details: { method: 'personalAccessTokens:generateToken' },
		});
		expect((await api.post('users.generatePersonalAccessToken', {}, headers)).body).toEqual({
			success: false,
			error: "The 'tokenName' param is required",
		});
	});

	it('checks 2FA before the permission, which then fails with 400 not-authorized', async () => {
		await server.seedUser({ username: 'robot', password: 'robot-pass', roles: ['bot'] });
		const headers = authAs(server, 'robot');
		expect(
			(await api.post('users.generatePersonalAccessToken', { tokenName: 'x' }, headers)).body
				.errorType,
		).toBe('totp-required');
		const res = await api.post(
			'users.generatePersonalAccessToken',
			{ tokenName: 'x' },
			{ ...headers, ...proof('robot-pass') },
		);
		expect([res.status, res.body]).toEqual([
			400,
			{
				success: false,
				error: 'Not Authorized [not-authorized]',
				errorType: 'not-authorized',
				details: { method: 'personalAccessTokens:generateToken' },
			},
		]);
		const list = await api.get('users.getPersonalAccessTokens', {}, headers);
		expect([list.status, list.body]).toEqual([
			403,
			{
				success: false,
				error: 'User does not have the permissions required for this action [error-unauthorized]',
			},
		]);
	});

	it('lists, regenerates (keeping bypassTwoFactor) and removes tokens', async () => {
		const headers = { ...authAs(server, 'alice'), ...proof('alice-pass') };
		const first = (
			await api.post(
				'users.generatePersonalAccessToken',
				{ tokenName: 'ci', bypassTwoFactor: true },
				headers,
			)
		).body.token;
		const list = await api.get('users.getPersonalAccessTokens', {}, headers);
		expect(list.body).toEqual({
			tokens: [
				{
					name: 'ci',
					createdAt: expect.any(String),
					lastTokenPart: first.slice(-6),
					bypassTwoFactor: true,
				},
			],
			success: true,
		});
		const second = (
			await api.post('users.regeneratePersonalAccessToken', { tokenName: 'ci' }, headers)
		).body.token;
		expect(second).not.toBe(first);
		expect(
			(await api.get('users.getPersonalAccessTokens', {}, headers)).body.tokens[0].bypassTwoFactor,
		).toBe(true);
		expect(
			(await api.get('me', {}, { 'x-user-id': userId(server, 'alice'), 'x-auth-token': first }))
				.status,
		).toBe(401);
		expect(
			(await api.post('users.removePersonalAccessToken', { tokenName: 'ci' }, headers)).body,
		).toEqual({ success: true });
		expect((await api.get('users.getPersonalAccessTokens', {}, headers)).body.tokens).toEqual([]);
		expect(
			(await api.post('users.removePersonalAccessToken', { tokenName: 'ci' }, headers)).body,
		).toEqual({
			success: false,
			error: 'Token does not exist [error-token-does-not-exists]',
			errorType: 'error-token-does-not-exists',
			details: { method: 'personalAccessTokens:removeToken' },
		});
	});

	it('V7 stores a string "true" as is: listed as true, but it does not bypass 2FA', async () => {
		const headers = { ...authAs(server, 'alice'), ...proof('alice-pass') };
		const token = (
			await api.post(
				'users.generatePersonalAccessToken',
				{ tokenName: 'str', bypassTwoFactor: 'true' },
				headers,
			)
		).body.token;
		expect(
			(await api.get('users.getPersonalAccessTokens', {}, headers)).body.tokens[0].bypassTwoFactor,
		).toBe(true);
		const patHeaders = { 'x-user-id': userId(server, 'alice'), 'x-auth-token': token };
		expect(
			(
				await api.post(
					'users.update',
					{ userId: userId(server, 'alice'), data: { name: 'A' } },
					patHeaders,
				)
			).body.errorType,
		).toBe('totp-required');
	});

	it('VN validates the body (coercing "true")', async () => {
		server.setProfile('vn');
		const headers = { ...authAs(server, 'alice'), ...proof('alice-pass') };
		expect(
			(await api.post('users.generatePersonalAccessToken', { tokenName: 'x', extra: 1 }, headers))
				.body,
		).toEqual({
			success: false,
			errorType: 'invalid-params',
			error: 'must NOT have additional properties',
		});
		await api.post(
			'users.generatePersonalAccessToken',
			{ tokenName: 'coerced', bypassTwoFactor: 'true' },
			headers,
		);
		expect(
			server
				.getUser('alice')
				?.services.resume?.loginTokens.find((token) => token.name === 'coerced')?.bypassTwoFactor,
		).toBe(true);
	});
});
