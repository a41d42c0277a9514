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
	await server.seedDefaults();
});
afterAll(() => server.close());

const UNAUTHORIZED = {
	success: false,
	error: 'Unauthorized',
	status: 'error',
	message: 'Unauthorized',
};
const digest = (password: string) => ({ digest: sha256Hex(password), algorithm: 'sha-256' });

describe('POST login', () => {
	it.each([
		['user string', { user: 'alice', password: 'alice-pass' }],
		['user e-mail', { user: 'alice@example.com', password: 'alice-pass' }],
		['username', { username: 'alice', password: 'alice-pass' }],
		['email', { email: 'ALICE@example.com', password: 'alice-pass' }],
		['sha-256 digest', { username: 'alice', password: digest('alice-pass') }],
		['verbatim selector + digest', { user: { username: 'alice' }, password: digest('alice-pass') }],
	])('accepts the %s form', async (_, body) => {
		const res = await api.post('login', body);
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			status: 'success',
			success: true,
			data: { userId: userId(server, 'alice') },
		});
		expect(res.body.data.authToken).toMatch(/^[\w-]{43}$/);
		expect(res.body.data.me).toMatchObject({
			username: 'alice',
			email: 'alice@example.com',
			services: { password: { exists: true } },
		});
		const me = await api.get(
			'me',
			{},
			{ 'x-user-id': res.body.data.userId, 'x-auth-token': res.body.data.authToken },
		);
		expect(me.status).toBe(200);
	});

	it('answers the classic 401 for a wrong password, an unknown user and a user without password', async () => {
		expect((await api.post('login', { user: 'alice', password: 'nope' })).body).toEqual(
			UNAUTHORIZED,
		);
		expect((await api.post('login', { user: 'ghost', password: 'x' })).body).toEqual(UNAUTHORIZED);
		const sso = await api.post('login', { user: 'sso', password: 'x' });
		expect([sso.status, sso.body]).toEqual([401, UNAUTHORIZED]);
		expect((await api.post('login', {})).body).toEqual(UNAUTHORIZED);
	});

	it('refuses deactivated users with their own error', async () => {
		await server.seedUser({ username: 'gone', password: 'gone-pass', active: false });
		const res = await api.post('login', { user: 'gone', password: 'gone-pass' });
		expect(res.status).toBe(401);
		expect(res.body).toEqual({
			success: false,
			error: 'error-user-is-not-activated',
			status: 'error',
			details: { function: 'Accounts.validateLoginAttempt' },
			message: 'User is not activated',
		});
	});

	it('answers 500 when the password object is malformed (Match error, not a Meteor error)', async () => {
		const res = await api.post('login', {
			user: { username: 'alice' },
			password: { digest: 'short', algorithm: 'sha-256' },
		});
		expect([res.status, res.body]).toEqual([
			500,
			{ success: false, error: 'Internal server error' },
		]);
	});

	it('demands TOTP and accepts it in the body or the X-2fa-code header', async () => {
		const required = await api.post('login', { user: 'tom', password: 'tom-pass' });
		expect(required.status).toBe(401);
		expect(required.body).toEqual({
			success: false,
			error: 'totp-required',
			status: 'error',
			details: { method: 'totp', codeGenerated: false, availableMethods: ['totp'] },
			message: 'TOTP Required',
		});
		const invalid = await api.post('login', {
			user: 'tom',
			password: 'tom-pass',
			code: '000000' === server.totpCode('tom') ? '111111' : '000000',
		});
		expect(invalid.body).toMatchObject({
			error: 'totp-invalid',
			message: 'TOTP Invalid',
			details: { method: 'totp' },
		});
		expect(
			(await api.post('login', { user: 'tom', password: 'tom-pass', code: server.totpCode('tom') }))
				.status,
		).toBe(200);
		expect(
			(
				await api.post(
					'login',
					{ username: 'tom', password: digest('tom-pass') },
					{ 'x-2fa-code': server.totpCode('tom') },
				)
			).status,
		).toBe(200);
		expect(
			(
				await api.post('login', {
					user: 'tom',
					password: 'tom-pass',
					code: server.totpCode('tom', -1),
				})
			).status,
		).toBe(200);
		expect(
			(
				await api.post('login', {
					user: 'tom',
					password: 'tom-pass',
					code: server.totpCode('tom', -3),
				})
			).body.error,
		).toBe('totp-invalid');
	});

	it('ignores a body code next to a selector object, but honours the explicit totp wrapper', async () => {
		const verbatim = await api.post('login', {
			user: { username: 'tom' },
			password: digest('tom-pass'),
			code: server.totpCode('tom'),
		});
		expect(verbatim.body.error).toBe('totp-required');
		const wrapped = await api.post('login', {
			totp: {
				login: { user: { username: 'tom' }, password: digest('tom-pass') },
				code: server.totpCode('tom'),
			},
		});
		expect(wrapped.status).toBe(200);
	});

	it('consumes a backup code', async () => {
		const [code] = server.backupCodes('tom');
		expect(server.backupCodes('tom')).toHaveLength(12);
		expect((await api.post('login', { user: 'tom', password: 'tom-pass', code })).status).toBe(200);
		expect(server.backupCodes('tom')).toHaveLength(11);
		expect((await api.post('login', { user: 'tom', password: 'tom-pass', code })).body.error).toBe(
			'totp-invalid',
		);
	});

	it('mails an e-mail code, reuses it while valid, and accepts it formatted', async () => {
		const first = await api.post('login', { user: 'erin', password: 'erin-pass' });
		expect(first.body.details).toEqual({
			method: 'email',
			codeGenerated: true,
			emailOrUsername: 'erin',
			availableMethods: ['email'],
		});
		const code = server.lastEmailCode('erin') as string;
		expect(server.outbox.at(-1)).toMatchObject({
			to: 'erin@example.com',
			subject: 'Authentication code',
		});
		expect(server.outbox.at(-1)?.text).toContain(`${code.slice(0, 3)}-${code.slice(3)}`);
		const second = await api.post('login', { user: 'erin', password: 'erin-pass' });
		expect(second.body.details).toMatchObject({
			method: 'email',
			codeGenerated: false,
			emailOrUsername: 'erin',
		});
		expect(new Date(second.body.details.codeExpires).getTime()).toBeGreaterThan(server.clock.now());
		expect(server.outbox).toHaveLength(1);
		const ok = await api.post('login', {
			user: 'erin',
			password: 'erin-pass',
			code: `${code.slice(0, 3)}-${code.slice(3)}`,
		});
		expect(ok.status).toBe(200);
	});

	it('stops after the maximum number of wrong e-mail codes', async () => {
		await api.post('login', { user: 'erin', password: 'erin-pass' });
		const wrong = server.lastEmailCode('erin') === '000000' ? '111111' : '000000';
		for (let attempt = 1; attempt < 5; attempt++) {
			expect(
				(await api.post('login', { user: 'erin', password: 'erin-pass', code: wrong })).body.error,
			).toBe('totp-invalid');
		}
		const last = await api.post('login', { user: 'erin', password: 'erin-pass', code: wrong });
		expect(last.body).toMatchObject({
			error: 'totp-max-attempts',
			message: 'TOTP Maximun Failed Attempts Reached',
		});
		const next = await api.post('login', { user: 'erin', password: 'erin-pass' });
		expect(next.body.details.codeGenerated).toBe(true);
	});

	it('expires e-mail codes', async () => {
		await api.post('login', { user: 'erin', password: 'erin-pass' });
		const code = server.lastEmailCode('erin') as string;
		server.clock.advance(3601 * 1000);
		expect(
			(await api.post('login', { user: 'erin', password: 'erin-pass', code })).body.error,
		).toBe('totp-invalid');
	});

	it('never asks password-only users for a second factor at login', async () => {
		expect((await api.post('login', { user: 'bea', password: 'bea-pass' })).status).toBe(200);
	});

	it('resumes with an existing token and returns the same token', async () => {
		const token = server.createLoginToken(userId(server, 'alice'));
		const res = await api.post('login', { resume: token });
		expect(res.status).toBe(200);
		expect(res.body.data.authToken).toBe(token);
		expect((await api.post('login', { resume: 'nope' })).body).toEqual(UNAUTHORIZED);
	});
});

describe('logout and me', () => {
	it('logout removes only the current token, with an empty 200 body', async () => {
		const headers = authAs(server, 'alice');
		const other = authAs(server, 'alice');
		const res = await api.post('logout', {}, headers);
		expect(res.status).toBe(200);
		expect(res.text).toBe('');
		expect(res.headers.get('content-type')).toBe('application/json');
		expect((await api.get('me', {}, headers)).status).toBe(401);
		expect((await api.get('me', {}, other)).status).toBe(200);
	});

	it('me returns getUserInfo with reduced services', async () => {
		const res = await api.get('me', {}, authAs(server, 'tom'));
		expect(res.body).toMatchObject({
			success: true,
			username: 'tom',
			email: 'tom@example.com',
			avatarUrl: 'http://localhost:3000/avatar/tom',
			isOAuthUser: false,
			services: { totp: { enabled: true }, password: { exists: true } },
			settings: { profile: {}, calendar: {} },
		});
		expect(JSON.stringify(res.body.services)).not.toMatch(/secret|bcrypt|loginTokens/);
		expect(res.body.settings.preferences.sendOnEnter).toBe('normal');
		expect(res.body.createdAt).toBeUndefined();
		const sso = await api.get('me', {}, authAs(server, 'sso'));
		expect(sso.body.services).toEqual({ password: { exists: false } });
	});

	it('omits email when no address is verified, and lists email2fa', async () => {
		await server.seedUser({
			username: 'unverified',
			email: 'u@example.com',
			emailVerified: false,
			email2fa: true,
		});
		const res = await api.get('me', {}, authAs(server, 'unverified'));
		expect(res.body.email).toBeUndefined();
		expect(res.body.services.email2fa).toEqual({ enabled: true });
	});
});

describe('REST layer', () => {
	it('answers the 8.x 401 body on authRequired routes, also for a bad token', async () => {
		const body = {
			success: false,
			error: 'You must be logged in to do this.',
			status: 'error',
			message: 'You must be logged in to do this.',
		};
		expect((await api.get('me')).body).toEqual(body);
		const bad = await api.get(
			'me',
			{},
			{ 'x-user-id': userId(server, 'alice'), 'x-auth-token': 'wrong' },
		);
		expect([bad.status, bad.body]).toEqual([401, body]);
	});

	it('sends JSON with no-cache headers', async () => {
		const res = await api.get('me', {}, authAs(server, 'alice'));
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('pragma')).toBe('no-cache');
	});

	it('answers 404 for unknown routes and wrong methods', async () => {
		expect((await api.get('nope')).body).toEqual({ success: false, error: 'Resource not found' });
		expect((await api.get('users.update')).status).toBe(404);
	});

	it('turns an unparsable JSON body into {} (a schema error follows)', async () => {
		const res = await api.post('users.updateOwnBasicInfo', '{"data": {', authAs(server, 'alice'));
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			success: false,
			error: "must have required property 'data' [invalid-params]",
			errorType: 'invalid-params',
		});
	});

	it('parses urlencoded bodies', async () => {
		const res = await fetch(`${server.url}/api/v1/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'user=alice&password=alice-pass',
		});
		expect(res.status).toBe(200);
	});
});
