/**
 * `GET users.checkUsernameAvailability`, written from Rocket.Chat's e2e tests
 * (apps/meteor/tests/end-to-end/api/users.ts, "[/users.checkUsernameAvailability]") and
 * apps/meteor/app/lib/server/functions/checkUsernameAvailability.ts.
 */
import { authAs, useTestServer } from './testClient';

const ref = useTestServer();

const check = (query: Record<string, string>, as?: string) =>
	ref.api.get('users.checkUsernameAvailability', query, as ? authAs(ref.server, as) : {});

describe('GET users.checkUsernameAvailability', () => {
	it('answers 401 without a login', async () => {
		const res = await check({ username: 'anything' });
		expect(res.status).toBe(401);
		expect(res.body).toHaveProperty('message');
	});

	it('says the caller’s own username is available to them', async () => {
		const res = await check({ username: 'alice' }, 'alice');
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ result: true, success: true });
	});

	it('says a free name is available and a taken one (any case) is not', async () => {
		expect((await check({ username: 'nobody-has-this' }, 'alice')).body.result).toBe(true);
		expect((await check({ username: 'BEA' }, 'alice')).body.result).toBe(false);
	});

	it('refuses a blocked name with error-blocked-username', async () => {
		const res = await check({ username: 'all' }, 'alice');
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ success: false, errorType: 'error-blocked-username' });
	});

	it('refuses with error-not-allowed when username changes are off', async () => {
		ref.server.settings.set('Accounts_AllowUsernameChange', false);
		const res = await check({ username: 'free-name' }, 'alice');
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ success: false, errorType: 'error-not-allowed' });
	});

	it('needs the username parameter', async () => {
		const res = await check({}, 'alice');
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({ success: false, errorType: 'invalid-params' });
	});
});
