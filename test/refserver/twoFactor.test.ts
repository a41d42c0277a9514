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

/** A harmless users.update of one's own name (password-only users need the password fallback). */
const renameSelf = (username: string, headers: Record<string, string>, name = 'Renamed') =>
	api.post('users.update', { userId: userId(server, username), data: { name } }, headers);

describe('twoFactorRequired routes (users.update)', () => {
	it('asks password users for their password hash, in either case, with or without a method header', async () => {
		const headers = authAs(server, 'alice');
		const required = await renameSelf('alice', headers);
		expect(required.status).toBe(400);
		expect(required.body).toEqual({
			success: false,
			error: 'TOTP Required [totp-required]',
			errorType: 'totp-required',
			details: { method: 'password', codeGenerated: false, availableMethods: [] },
		});
		const invalid = await renameSelf('alice', { ...headers, 'x-2fa-code': sha256Hex('wrong') });
		expect(invalid.body).toMatchObject({
			error: 'TOTP Invalid [totp-invalid]',
			errorType: 'totp-invalid',
			details: { method: 'password' },
		});
		const upper = await renameSelf('alice', {
			...authAs(server, 'alice'),
			'x-2fa-code': sha256Hex('alice-pass').toUpperCase(),
		});
		expect(upper.status).toBe(200);
		const withMethod = await renameSelf('alice', {
			...authAs(server, 'alice'),
			'x-2fa-code': sha256Hex('alice-pass'),
			'x-2fa-method': 'password',
		});
		expect(withMethod.status).toBe(200);
	});

	it('needs nothing from users without password and without 2FA method', async () => {
		expect((await renameSelf('sso', authAs(server, 'sso'))).status).toBe(200);
	});

	it('passes when 2FA is globally disabled', async () => {
		server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
		expect((await renameSelf('tom', authAs(server, 'tom'))).status).toBe(200);
	});

	it('checks TOTP users with their code; an explicit method picks the checker', async () => {
		const headers = authAs(server, 'tom');
		expect((await renameSelf('tom', headers)).body.details).toEqual({
			method: 'totp',
			codeGenerated: false,
			availableMethods: ['totp'],
		});
		const asEmail = await renameSelf('tom', {
			...headers,
			'x-2fa-code': '123456',
			'x-2fa-method': 'email',
		});
		expect(asEmail.body).toMatchObject({
			errorType: 'totp-invalid',
			details: { method: 'email', codeGenerated: true, emailOrUsername: 'tom' },
		});
		expect(
			(await renameSelf('tom', { ...headers, 'x-2fa-code': server.totpCode('tom') })).status,
		).toBe(200);
	});

	it('remembers a successful check on the token for RememberFor, bound to user agent and address (V7)', async () => {
		const headers = authAs(server, 'tom', { 'user-agent': 'agent-a' });
		expect(
			(await renameSelf('tom', { ...headers, 'x-2fa-code': server.totpCode('tom') })).status,
		).toBe(200);
		expect((await renameSelf('tom', headers, 'Again')).status).toBe(200);
		expect((await renameSelf('tom', { ...headers, 'user-agent': 'agent-b' })).body.errorType).toBe(
			'totp-required',
		);
		expect((await renameSelf('tom', { ...headers, 'x-real-ip': '10.9.9.9' })).body.errorType).toBe(
			'totp-required',
		);
		const otherToken = authAs(server, 'tom', { 'user-agent': 'agent-a' });
		expect((await renameSelf('tom', otherToken)).body.errorType).toBe('totp-required');
		server.clock.advance(1801 * 1000);
		expect((await renameSelf('tom', headers)).body.errorType).toBe('totp-required');
		const token = server
			.getUser('tom')
			?.services.resume?.loginTokens.find((t) => t.twoFactorAuthorizedHash);
		expect(token?.twoFactorAuthorizedUntil).toBeInstanceOf(Date);
	});

	it('VN fingerprints the client address only', async () => {
		server.setProfile('vn');
		const headers = authAs(server, 'tom', { 'user-agent': 'agent-a' });
		expect(
			(await renameSelf('tom', { ...headers, 'x-2fa-code': server.totpCode('tom') })).status,
		).toBe(200);
		expect((await renameSelf('tom', { ...headers, 'user-agent': 'agent-b' })).status).toBe(200);
		expect((await renameSelf('tom', { ...headers, 'x-real-ip': '10.9.9.9' })).body.errorType).toBe(
			'totp-required',
		);
	});

	it('V7 lets fresh users (younger than RememberFor) skip 2FA, whatever their method', async () => {
		await server.seedUser({
			username: 'newbie',
			password: 'newbie-pass',
			totp: true,
			createdAt: new Date(server.clock.now()),
		});
		expect((await renameSelf('newbie', authAs(server, 'newbie'))).status).toBe(200);
		server.clock.advance(1801 * 1000);
		expect((await renameSelf('newbie', authAs(server, 'newbie'))).body.errorType).toBe(
			'totp-required',
		);
	});

	it('VN limits the fresh-user grace to users without a 2FA method', async () => {
		server.setProfile('vn');
		const createdAt = new Date(server.clock.now());
		await server.seedUser({ username: 'newtotp', password: 'p', totp: true, createdAt });
		await server.seedUser({ username: 'newpass', password: 'p', createdAt });
		expect((await renameSelf('newtotp', authAs(server, 'newtotp'))).body.errorType).toBe(
			'totp-required',
		);
		expect((await renameSelf('newpass', authAs(server, 'newpass'))).status).toBe(200);
	});

	it('a PAT with bypassTwoFactor skips users.update 2FA, one without does not', async () => {
		const id = userId(server, 'tom');
		const bypass = {
			'x-user-id': id,
			'x-auth-token': server.createPersonalAccessToken(id, 'ci', true),
		};
		const plain = {
			'x-user-id': id,
			'x-auth-token': server.createPersonalAccessToken(id, 'plain', false),
		};
		expect((await renameSelf('tom', bypass)).status).toBe(200);
		expect((await renameSelf('tom', plain)).body.errorType).toBe('totp-required');
	});

	it('generates (and mails) a new e-mail code even when a wrong code was sent', async () => {
		const headers = authAs(server, 'erin');
		const res = await renameSelf('erin', { ...headers, 'x-2fa-code': '000000' });
		expect(res.body).toMatchObject({
			errorType: 'totp-invalid',
			details: { method: 'email', codeGenerated: true, emailOrUsername: 'erin' },
		});
		expect(server.outbox).toHaveLength(1);
		const code = server.lastEmailCode('erin') as string;
		expect((await renameSelf('erin', { ...headers, 'x-2fa-code': code })).status).toBe(200);
	});
});

describe('requireSecondFactor (users.updateOwnBasicInfo e-mail/password changes)', () => {
	it('ignores the PAT bypass and the remember window', async () => {
		const id = userId(server, 'alice');
		const bypass = {
			'x-user-id': id,
			'x-auth-token': server.createPersonalAccessToken(id, 'ci', true),
		};
		const res = await api.post(
			'users.updateOwnBasicInfo',
			{ data: { email: 'alice2@example.com' } },
			bypass,
		);
		expect(res.body).toMatchObject({
			errorType: 'totp-required',
			details: { method: 'password', codeGenerated: false, availableMethods: [] },
		});
		const ok = await api.post(
			'users.updateOwnBasicInfo',
			{ data: { email: 'alice2@example.com', currentPassword: sha256Hex('alice-pass') } },
			bypass,
		);
		expect(ok.status).toBe(200);
		const again = await api.post(
			'users.updateOwnBasicInfo',
			{ data: { email: 'alice3@example.com' } },
			bypass,
		);
		expect(again.body.errorType).toBe('totp-required');
	});

	it('forces the password check even for users without password (never passes)', async () => {
		const res = await api.post(
			'users.updateOwnBasicInfo',
			{ data: { email: 'sso2@example.com', currentPassword: sha256Hex('x') } },
			authAs(server, 'sso'),
		);
		expect(res.body).toMatchObject({ errorType: 'totp-invalid', details: { method: 'password' } });
	});

	it('a successful e-mail change also remembers the token for twoFactorRequired routes', async () => {
		const headers = authAs(server, 'alice');
		const change = await api.post(
			'users.updateOwnBasicInfo',
			{ data: { email: 'alice2@example.com', currentPassword: sha256Hex('alice-pass') } },
			headers,
		);
		expect(change.status).toBe(200);
		expect((await renameSelf('alice', headers)).status).toBe(200);
	});
});

describe('POST users.2fa.sendEmailCode', () => {
	it('sends a fresh code to the verified addresses, by username or e-mail', async () => {
		expect(await api.post('users.2fa.sendEmailCode', { emailOrUsername: 'erin' })).toMatchObject({
			status: 200,
			body: { success: true },
		});
		const first = server.lastEmailCode('erin');
		await api.post('users.2fa.sendEmailCode', { emailOrUsername: 'erin@example.com' });
		const second = server.lastEmailCode('erin');
		expect(server.outbox).toHaveLength(2);
		expect(first).toMatch(/^\d{6}$/);
		// Only the latest code is valid: the resend replaces the stored one.
		const loginWith = (code: string | undefined) =>
			api.post('login', { user: 'erin', password: 'erin-pass', code });
		if (first !== second) {
			expect((await loginWith(first)).body.error).toBe('totp-invalid');
		}
		expect((await loginWith(second)).status).toBe(200);
	});

	it('requires emailOrUsername', async () => {
		const res = await api.post('users.2fa.sendEmailCode', {});
		expect(res.body).toEqual({
			success: false,
			error: 'emailOrUsername is required [error-parameter-required]',
			errorType: 'error-parameter-required',
		});
	});

	it('V7 answers success for unknown users; VN says Invalid user and validates the body', async () => {
		expect((await api.post('users.2fa.sendEmailCode', { emailOrUsername: 'ghost' })).body).toEqual({
			success: true,
		});
		server.setProfile('vn');
		const unknown = await api.post('users.2fa.sendEmailCode', { emailOrUsername: 'ghost' });
		expect(unknown.body).toEqual({
			success: false,
			error: 'Invalid user [error-invalid-user]',
			errorType: 'error-invalid-user',
		});
		const missing = await api.post('users.2fa.sendEmailCode', {});
		expect(missing.body).toEqual({
			success: false,
			errorType: 'invalid-params',
			error: "must have required property 'emailOrUsername'",
		});
	});
});
