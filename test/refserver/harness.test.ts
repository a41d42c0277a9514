import {
	createClock,
	DEFAULT_SETTINGS,
	sha256Hex,
	startReferenceServer,
	totpCode,
	verifyTotp,
	type ReferenceServer,
} from '../../tools/refserver';
import { base32Decode, base32Encode, hotp } from '../../tools/refserver/totp';
import { apiClient, authAs, startTestServer } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
beforeEach(async () => {
	server.reset();
	await server.seedDefaults();
});
afterAll(() => server.close());

describe('helpers', () => {
	it('computes RFC 6238 / RFC 4226 test vectors', () => {
		const secret = base32Encode(Buffer.from('12345678901234567890'));
		expect(base32Decode(secret).toString()).toBe('12345678901234567890');
		expect(hotp(secret, 0)).toBe('755224');
		expect(hotp(secret, 9)).toBe('520489');
		expect(totpCode(secret, 59 * 1000)).toBe('287082');
		expect(verifyTotp(secret, '287082', 89 * 1000, 1)).toBe(true);
		expect(verifyTotp(secret, '287082', 120 * 1000, 1)).toBe(false);
		expect(sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
		);
	});
});

describe('test API', () => {
	it('starts on 127.0.0.1 with an injectable clock and answers /api/info', async () => {
		const clock = createClock(Date.UTC(2030, 0, 1));
		const other = await startReferenceServer({ profile: 'vn', bcryptRounds: 4, clock });
		try {
			expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			expect(clock.now() - Date.UTC(2030, 0, 1)).toBeLessThan(1000);
			clock.advance(5000);
			expect(clock.now() - Date.UTC(2030, 0, 1)).toBeGreaterThanOrEqual(5000);
			const res = await fetch(`${other.url}/api/info`);
			// Anonymous callers get the version without its patch number (lib/getServerInfo.ts).
			expect(await res.json()).toEqual({ version: '8.5', success: true });
		} finally {
			await other.close();
		}
	});

	it('getUser returns a deep copy with real Dates', () => {
		const copy = server.getUser('alice');
		expect(copy?.createdAt).toBeInstanceOf(Date);
		if (copy) {
			copy.name = 'Mutated';
		}
		expect(server.getUser('alice')?.name).toBe('Alice Anders');
		expect(server.getUser(copy?._id ?? '')?.username).toBe('alice');
	});

	it('exposes and resets settings and permissions', async () => {
		server.settings.set('Site_Url', 'https://chat.example.com/');
		expect((await api.get('me', {}, authAs(server, 'alice'))).body.avatarUrl).toBe(
			'https://chat.example.com/avatar/alice',
		);
		server.permissions.setRoles('create-personal-access-tokens', ['admin']);
		expect(
			(await api.get('users.getPersonalAccessTokens', {}, authAs(server, 'alice'))).status,
		).toBe(403);
		server.reset();
		expect(server.settings.get('Site_Url')).toBe(DEFAULT_SETTINGS.Site_Url);
		expect(server.permissions.rolesFor('create-personal-access-tokens')).toEqual(['admin', 'user']);
		expect(server.getUser('alice')).toBeUndefined();
	});

	it('logs requests with secrets masked', async () => {
		const alice = authAs(server, 'alice', { 'x-2fa-code': '123456' });
		await api.post(
			'users.updateOwnBasicInfo',
			{ data: { bio: 'x', currentPassword: 'secret', newPassword: 'secret2' } },
			alice,
		);
		await api.post('login', {
			user: 'alice',
			password: { digest: sha256Hex('alice-pass'), algorithm: 'sha-256' },
			code: '1',
		});
		const [update, login] = server.requestLog;
		expect(update).toMatchObject({
			method: 'POST',
			route: 'users.updateOwnBasicInfo',
			path: '/api/v1/users.updateOwnBasicInfo',
			userId: alice['x-user-id'],
			body: { data: { bio: 'x', currentPassword: '***', newPassword: '***' } },
		});
		expect(update.headers['x-auth-token']).toBe('***');
		expect(update.headers['x-2fa-code']).toBe('***');
		expect(update.clientAddress).toMatch(/127\.0\.0\.1/);
		expect(login.body).toEqual({ user: 'alice', password: '***', code: '***' });
		expect(login.status).toBe(200);
		expect(JSON.stringify(server.requestLog)).not.toContain('alice-pass');
	});

	it('creates tokens and lists backup codes for tests', async () => {
		const id = server.getUser('tom')?._id as string;
		const pat = server.createPersonalAccessToken(id, 'ci', true);
		expect((await api.get('me', {}, { 'x-user-id': id, 'x-auth-token': pat })).status).toBe(200);
		expect(server.backupCodes('tom')).toHaveLength(12);
		expect(server.backupCodes('tom')[0]).toMatch(/^[\w]{8}$/);
		expect(() => server.totpCode('alice')).toThrow(/no TOTP secret/);
	});
});

describe('faults', () => {
	it('drops the connection', async () => {
		server.faults.set('me', { kind: 'down', times: 1 });
		await expect(fetch(`${server.url}/api/v1/me`)).rejects.toThrow();
		expect((await api.get('me', {}, authAs(server, 'alice'))).status).toBe(200);
	});

	it('answers proxy errors, non-JSON and 500s', async () => {
		server.faults.set('/api/v1/me', { kind: 'status', status: 502 });
		const bad = await api.get('me');
		expect([bad.status, bad.body, bad.headers.get('content-type')]).toEqual([
			502,
			undefined,
			'text/html',
		]);
		server.faults.set('me', { kind: 'status', status: 500 });
		expect((await api.get('me')).body).toEqual({ success: false, error: 'Internal server error' });
		server.faults.set('me', { kind: 'not-json' });
		const html = await api.get('me');
		expect([html.status, html.body]).toEqual([200, undefined]);
		server.faults.clear('me');
		expect((await api.get('me')).status).toBe(401);
	});

	it('fakes 429 and 401 answers, for every route with "*"', async () => {
		server.faults.set('*', { kind: 'rate-limit', retryAfterSeconds: 42, times: 2 });
		const limited = await api.post('users.setStatus', { status: 'busy' }, authAs(server, 'alice'));
		expect(limited.status).toBe(429);
		expect(limited.body.error).toBe(
			'Error, too many requests. Please slow down. You must wait 42 seconds before trying this endpoint again. [error-too-many-requests]',
		);
		expect((await api.get('me')).status).toBe(429);
		server.faults.set('me', { kind: 'unauthorized' });
		expect((await api.get('me', {}, authAs(server, 'alice'))).body.error).toBe(
			'You must be logged in to do this.',
		);
		expect(server.requestLog.at(-1)?.fault).toBe('unauthorized');
	});

	it('delays the real answer', async () => {
		server.faults.set('me', { kind: 'delay', ms: 150, times: 1 });
		// Order, not duration: a 100 ms timer armed before the request is sent fires before the server's 150 ms
		// delay ends, however busy the machine.
		let timerFired = false;
		const timer = setTimeout(() => (timerFired = true), 100);
		const answer = api.get('me', {}, authAs(server, 'alice'));
		expect((await answer).status).toBe(200);
		clearTimeout(timer);
		expect(timerFired).toBe(true);
		expect(server.requestLog.at(-1)?.fault).toBe('delay');
	});
});
