import { sha256Hex, startReferenceServer, type ReferenceServer } from '../../tools/refserver';
import { apiClient, authAs, startTestServer } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
beforeEach(async () => {
	server.reset();
	server.setProfile('v7');
	server.setRateLimit('v7');
	await server.seedDefaults();
});
afterAll(() => server.close());

const TOO_MANY =
	/^Error, too many requests\. Please slow down\. You must wait (\d+) seconds before trying this endpoint again\. \[error-too-many-requests\]$/;

async function callTimes(times: number, call: () => ReturnType<typeof api.get>) {
	const results = [];
	for (let i = 0; i < times; i++) {
		results.push(await call());
	}
	return results;
}

describe('production by default', () => {
	it('startReferenceServer() without options runs the V7 limiter and failed-login blocking', async () => {
		const production = await startReferenceServer({ bcryptRounds: 4 });
		try {
			await production.seedDefaults();
			const productionApi = apiClient(production);
			const headers = authAs(production, 'alice');
			const results = await callTimes(11, () => productionApi.get('me', {}, headers));
			expect(results.map((res) => res.status).slice(9)).toEqual([200, 429]);
			expect(production.settings.get('Block_Multiple_Failed_Logins_Enabled')).toBe(true);
		} finally {
			await production.close();
		}
	});
});

describe('v7 profile: 10 calls / 60 s per client address and route', () => {
	// ApiClass.ts enforceRateLimit sets the headers on every limited answer; Meteor's RateLimiter.check answers
	// the time to the end of the window for allowed calls too, so X-RateLimit-Reset is the window's end.
	it('answers X-RateLimit-Reset as the end of the window on allowed calls', async () => {
		const headers = authAs(server, 'alice');
		const first = await api.get('me', {}, headers);
		const startedAt = server.clock.now();
		server.clock.advance(20000);
		const second = await api.get('me', {}, headers);
		const firstReset = Number(first.headers.get('x-ratelimit-reset'));
		expect(Number(second.headers.get('x-ratelimit-reset'))).toBe(firstReset);
		expect(firstReset).toBeGreaterThan(startedAt + 59000);
		expect(firstReset).toBeLessThanOrEqual(startedAt + 60000);
		expect(second.headers.get('x-ratelimit-remaining')).toBe('8');
	});

	it('refuses the 11th call with 429 and rate-limit headers', async () => {
		const headers = authAs(server, 'alice');
		const results = await callTimes(11, () => api.get('me', {}, headers));
		expect(results.slice(0, 10).every((res) => res.status === 200)).toBe(true);
		expect(results[0].headers.get('x-ratelimit-limit')).toBe('10');
		expect(results[0].headers.get('x-ratelimit-remaining')).toBe('9');
		expect(results[9].headers.get('x-ratelimit-remaining')).toBe('0');
		const refused = results[10];
		expect(refused.status).toBe(429);
		expect(Object.keys(refused.body)).toEqual(['success', 'error']);
		expect(refused.body.success).toBe(false);
		expect(Number(TOO_MANY.exec(refused.body.error)?.[1])).toBeGreaterThan(55);
		expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(server.clock.now());
	});

	it('counts per client address and per route, and resets after the window', async () => {
		const headers = authAs(server, 'alice');
		await callTimes(10, () => api.get('me', {}, headers));
		expect((await api.get('me', {}, headers)).status).toBe(429);
		expect((await api.get('me', {}, { ...headers, 'x-real-ip': '10.0.0.2' })).status).toBe(200);
		expect((await api.get('users.info', { username: 'bea' }, headers)).status).toBe(200);
		server.clock.advance(60001);
		expect((await api.get('me', {}, headers)).status).toBe(200);
	});

	it('limits unauthenticated routes such as login', async () => {
		const results = await callTimes(11, () =>
			api.post('login', { user: 'alice', password: 'wrong' }),
		);
		expect(results[9].status).toBe(401);
		expect(results[10].status).toBe(429);
	});

	it('exempts users with api-bypass-rate-limit', async () => {
		const headers = authAs(server, 'admin');
		const results = await callTimes(12, () => api.get('me', {}, headers));
		expect(results.every((res) => res.status === 200)).toBe(true);
		expect(results[0].headers.get('x-ratelimit-limit')).toBeNull();
	});

	it('applies the default rule to users.updateOwnBasicInfo', async () => {
		const headers = authAs(server, 'alice');
		const results = await callTimes(2, () =>
			api.post('users.updateOwnBasicInfo', { data: { bio: 'x' } }, headers),
		);
		expect(results.map((res) => res.status)).toEqual([200, 200]);
	});

	it('limits setEmail to one call per minute for users without edit-other-user-info', async () => {
		const headers = { ...authAs(server, 'alice') };
		const change = (email: string) =>
			api.post(
				'users.updateOwnBasicInfo',
				{ data: { email, currentPassword: sha256Hex('alice-pass') } },
				headers,
			);
		expect((await change('a1@example.com')).status).toBe(200);
		const second = await change('a2@example.com');
		expect(second.status).toBe(429);
		expect(second.body.error).toMatch(
			/You must wait \d+ seconds before trying again\. \[error-too-many-requests\]$/,
		);
	});
});

describe('vn profile: route-specific limits', () => {
	beforeEach(() => {
		server.setProfile('vn');
		server.setRateLimit('vn');
	});

	it('allows one users.updateOwnBasicInfo per minute', async () => {
		const headers = authAs(server, 'alice');
		const results = await callTimes(2, () =>
			api.post('users.updateOwnBasicInfo', { data: { bio: 'x' } }, headers),
		);
		expect(results.map((res) => res.status)).toEqual([200, 429]);
		expect(results[0].headers.get('x-ratelimit-limit')).toBe('1');
		server.clock.advance(60001);
		expect(
			(await api.post('users.updateOwnBasicInfo', { data: { bio: 'y' } }, headers)).status,
		).toBe(200);
	});

	it('allows five users.setStatus per minute', async () => {
		const headers = authAs(server, 'alice');
		const results = await callTimes(6, () =>
			api.post('users.setStatus', { status: 'busy' }, headers),
		);
		expect(results.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 429]);
	});

	it('validates the schema before counting', async () => {
		const headers = authAs(server, 'alice');
		const invalid = await api.post('users.updateOwnBasicInfo', { data: { nope: 1 } }, headers);
		expect(invalid.status).toBe(400);
		expect(
			(await api.post('users.updateOwnBasicInfo', { data: { bio: 'x' } }, headers)).status,
		).toBe(200);
	});
});

describe('off profile', () => {
	it('never limits and sends no headers', async () => {
		server.setRateLimit('off');
		const headers = authAs(server, 'alice');
		const results = await callTimes(12, () => api.get('me', {}, headers));
		expect(
			results.every((res) => res.status === 200 && res.headers.get('x-ratelimit-limit') === null),
		).toBe(true);
	});
});

describe('budgets in use (the playground shows them)', () => {
	it('lists calls left and the reset time per route and client address; a window over is full again', async () => {
		const headers = authAs(server, 'alice');
		const start = server.clock.now();
		await callTimes(3, () => api.get('me', {}, headers));
		const [budget] = server.rateLimitBudgets();
		expect(budget).toMatchObject({ rule: '/api/v1/meget', limit: 10, remaining: 7 });
		expect(budget.resetAt - start).toBeGreaterThanOrEqual(60_000);
		expect(budget.resetAt - start).toBeLessThan(70_000);
		server.clock.advance(61_000);
		expect(server.rateLimitBudgets()[0].remaining).toBe(10);
	});
});
