/**
 * Failed-login blocking and the other login refusals, written from Rocket.Chat's
 * apps/meteor/app/authentication/server/lib/restrictLoginAttempts.ts, startup/accounts.ts
 * (validateLoginAttemptAsync), hooks/login.ts and the e2e test apps/meteor/tests/end-to-end/api/failed-login-attempts.ts.
 */
import { sha256Hex, type ReferenceServer } from '../../tools/refserver';
import { apiClient, startTestServer } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
beforeEach(async () => {
	server.reset();
	server.setProfile('v7');
	// The REST limiter also counts login calls (10 a minute per address); these tests are about blocking.
	server.setRateLimit('off');
	await server.seedDefaults();
});
afterAll(() => server.close());

const MINUTE = 60 * 1000;
const BLOCKED_FOR_USER = {
	success: false,
	status: 'error',
	error: 'error-login-blocked-for-user',
	details: { function: 'Accounts.validateLoginAttempt' },
	message: 'Login has been temporarily blocked For User',
};
const BLOCKED_FOR_IP = {
	...BLOCKED_FOR_USER,
	error: 'error-login-blocked-for-ip',
	message: 'Login has been temporarily blocked For IP',
};
const UNAUTHORIZED = {
	success: false,
	status: 'error',
	error: 'Unauthorized',
	message: 'Unauthorized',
};

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
	api.post('login', { user: username, password }, headers);
/** The app's form: `{user: {username}, password: {digest, algorithm}}`, passed through verbatim. */
const loginWithDigest = (
	username: string,
	password: string,
	headers: Record<string, string> = {},
) =>
	api.post(
		'login',
		{ user: { username }, password: { digest: sha256Hex(password), algorithm: 'sha-256' } },
		headers,
	);

async function failTimes(times: number, username: string, headers: Record<string, string> = {}) {
	for (let i = 0; i < times; i++) {
		const res = await login(username, 'wrong-pass', headers);
		expect(res.status).toBe(401);
	}
}

describe('block by user (defaults: on, 10 failures, 5 minutes)', () => {
	it('refuses even the right password once 10 failures are counted', async () => {
		await failTimes(9, 'alice');
		expect((await login('alice', 'wrong-pass')).body).toEqual(UNAUTHORIZED);
		const blocked = await login('alice', 'alice-pass');
		expect(blocked.status).toBe(401);
		expect(blocked.body).toEqual(BLOCKED_FOR_USER);
		// The app's digest form carries `user.username` too, so it is blocked the same way.
		expect((await loginWithDigest('alice', 'alice-pass')).body).toEqual(BLOCKED_FOR_USER);
	});

	it('a wrong password during a block is answered "blocked" too', async () => {
		await failTimes(10, 'alice');
		expect((await login('alice', 'wrong-pass')).body).toEqual(BLOCKED_FOR_USER);
	});

	it('unblocks 5 minutes after the failures, and a success resets the count', async () => {
		await failTimes(10, 'alice');
		server.clock.advance(5 * MINUTE + 1000);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
		await failTimes(9, 'alice');
		expect((await login('alice', 'alice-pass')).status).toBe(200);
	});

	it('counts refused attempts during a block, so retrying keeps the block going', async () => {
		await failTimes(10, 'alice');
		server.clock.advance(4 * MINUTE);
		for (let i = 0; i < 10; i++) {
			expect((await login('alice', 'alice-pass')).body).toEqual(BLOCKED_FOR_USER);
		}
		// 6 minutes after the first failures: the 10 refusals of minute 4 are still inside the window.
		server.clock.advance(2 * MINUTE);
		expect((await login('alice', 'alice-pass')).body).toEqual(BLOCKED_FOR_USER);
		server.clock.advance(3 * MINUTE + 1000);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
	});

	it('counts every 2FA challenge of a login as a failure', async () => {
		for (let i = 0; i < 10; i++) {
			expect((await login('tom', 'tom-pass')).body.error).toBe('totp-required');
		}
		expect((await login('tom', 'tom-pass')).body).toEqual(BLOCKED_FOR_USER);
	});

	it('never blocks per user a login wrapped with a code (no user.username in its arguments)', async () => {
		await failTimes(10, 'tom');
		expect((await login('tom', 'tom-pass')).body).toEqual(BLOCKED_FOR_USER);
		const withCode = await api.post('login', {
			username: 'tom',
			password: { digest: sha256Hex('tom-pass'), algorithm: 'sha-256' },
			code: server.totpCode('tom'),
		});
		expect(withCode.status).toBe(200);
	});

	it('counts by the username sent, even when no such user exists, and per user', async () => {
		await failTimes(10, 'nobody');
		expect((await login('nobody', 'x')).body).toEqual(BLOCKED_FOR_USER);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
	});

	it('follows the settings: threshold, minutes, switches', async () => {
		server.settings.set('Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User', 2);
		server.settings.set('Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes', 1);
		await failTimes(2, 'alice');
		expect((await login('alice', 'alice-pass')).body).toEqual(BLOCKED_FOR_USER);
		server.clock.advance(MINUTE + 1000);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
		server.settings.set('Block_Multiple_Failed_Logins_By_User', false);
		await failTimes(5, 'alice');
		expect((await login('alice', 'alice-pass')).status).toBe(200);
	});

	it('records nothing and blocks nothing when blocking is switched off', async () => {
		server.settings.set('Block_Multiple_Failed_Logins_Enabled', false);
		await failTimes(12, 'alice');
		expect((await login('alice', 'alice-pass')).status).toBe(200);
		server.settings.set('Block_Multiple_Failed_Logins_Enabled', true);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
	});
});

describe('block by client address (defaults: 50 failures, 5 minutes)', () => {
	const from = (ip: string) => ({ 'x-real-ip': ip });

	it('blocks every user of an address after 50 failures, checked before the user block', async () => {
		const names = ['u1', 'u2', 'u3', 'u4', 'u5'];
		for (const name of names) {
			await failTimes(10, name, from('10.0.0.9'));
		}
		expect((await login('alice', 'alice-pass', from('10.0.0.9'))).body).toEqual(BLOCKED_FOR_IP);
		expect((await login('u1', 'x', from('10.0.0.9'))).body).toEqual(BLOCKED_FOR_IP);
		expect((await login('alice', 'alice-pass', from('10.0.0.10'))).status).toBe(200);
		server.clock.advance(5 * MINUTE + 1000);
		expect((await login('alice', 'alice-pass', from('10.0.0.9'))).status).toBe(200);
	});

	it('the whitelist lifts the address block; entries are split on "," without trimming', async () => {
		server.settings.set('Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip', 3);
		await failTimes(3, 'u1', from('10.0.0.9'));
		server.settings.set('Block_Multiple_Failed_Logins_Ip_Whitelist', '10.0.0.1, 10.0.0.9');
		expect((await login('alice', 'alice-pass', from('10.0.0.9'))).body).toEqual(BLOCKED_FOR_IP);
		server.settings.set('Block_Multiple_Failed_Logins_Ip_Whitelist', '10.0.0.1,10.0.0.9');
		expect((await login('alice', 'alice-pass', from('10.0.0.9'))).status).toBe(200);
	});

	it('uses X-Forwarded-For only with HTTP_FORWARDED_COUNT', async () => {
		const forwarded = await startTestServer({ httpForwardedCount: 1, rateLimit: 'off' });
		try {
			forwarded.settings.set('Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip', 2);
			const forwardedApi = apiClient(forwarded);
			const via = (ip: string) => ({ 'x-forwarded-for': `203.0.113.7, ${ip}` });
			for (let i = 0; i < 2; i++) {
				await forwardedApi.post('login', { user: 'u1', password: 'x' }, via('198.51.100.1'));
			}
			const blocked = await forwardedApi.post(
				'login',
				{ user: 'alice', password: 'alice-pass' },
				via('198.51.100.1'),
			);
			expect(blocked.body).toEqual(BLOCKED_FOR_IP);
			const other = await forwardedApi.post(
				'login',
				{ user: 'alice', password: 'alice-pass' },
				via('198.51.100.2'),
			);
			expect(other.status).toBe(200);
			expect(forwarded.requestLog.at(-1)?.clientAddress).toBe('198.51.100.2');
		} finally {
			await forwarded.close();
		}
		// Without HTTP_FORWARDED_COUNT the header is ignored: the socket address counts.
		await api.post('login', { user: 'u1', password: 'x' }, { 'x-forwarded-for': '198.51.100.3' });
		expect(server.requestLog.at(-1)?.clientAddress).toBe('127.0.0.1');
	});
});

describe('other refusals of validateLoginAttempt', () => {
	it('inactive users', async () => {
		await server.seedUser({ username: 'ina', password: 'ina-pass', active: false });
		expect((await login('ina', 'ina-pass')).body).toEqual({
			success: false,
			status: 'error',
			error: 'error-user-is-not-activated',
			details: { function: 'Accounts.validateLoginAttempt' },
			message: 'User is not activated',
		});
	});

	it('unverified e-mail with Accounts_EmailVerification (password logins of non-admins)', async () => {
		await server.seedUser({
			username: 'nov',
			password: 'nov-pass',
			email: 'nov@example.com',
			emailVerified: false,
		});
		expect((await login('nov', 'nov-pass')).status).toBe(200);
		server.settings.set('Accounts_EmailVerification', true);
		expect((await login('nov', 'nov-pass')).body).toEqual({
			success: false,
			status: 'error',
			error: 'error-invalid-email',
			message: 'Invalid email __email__',
		});
		await server.seedUser({
			username: 'nova',
			password: 'nova-pass',
			email: 'nova@example.com',
			emailVerified: false,
			roles: ['admin'],
		});
		expect((await login('nova', 'nova-pass')).status).toBe(200);
	});
});

describe('LDAP (LDAP_Enable)', () => {
	beforeEach(async () => {
		await server.seedUser({
			username: 'lee',
			password: 'lee-pass',
			email: 'lee@example.com',
			ldap: true,
		});
	});

	it('an LDAP user binds with the plain password only', async () => {
		// Without LDAP_Enable there is no LDAP login, and LDAP users have no local password.
		expect((await login('lee', 'lee-pass')).body).toEqual(UNAUTHORIZED);
		server.settings.set('LDAP_Enable', true);
		expect((await login('lee', 'lee-pass')).status).toBe(200);
		// The digest cannot bind: passed verbatim it reaches the password handler (no local password) …
		expect((await loginWithDigest('lee', 'lee-pass')).body).toEqual(UNAUTHORIZED);
		// … and rewritten to an LDAP login it is an object, which neither binds nor falls back.
		const digestViaLdap = await api.post('login', {
			username: 'lee',
			password: { digest: sha256Hex('lee-pass'), algorithm: 'sha-256' },
		});
		expect(digestViaLdap.body).toEqual(UNAUTHORIZED);
	});

	it('local users still sign in with a digest (the LDAP handler falls back to the password login)', async () => {
		server.settings.set('LDAP_Enable', true);
		expect((await login('alice', 'alice-pass')).status).toBe(200);
		expect((await loginWithDigest('alice', 'alice-pass')).status).toBe(200);
	});
});
