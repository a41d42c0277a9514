/**
 * Own-account endpoints, written from apps/meteor/app/api/server/v1/users.ts and its e2e tests
 * (apps/meteor/tests/end-to-end/api/users.ts).
 */
import { hashLoginToken } from '../../tools/refserver/crypto';
import { authAs, useTestServer, userId } from './testClient';

const t = useTestServer();
const post = (route: string, body: unknown, as = 'alice', extra = {}) =>
	t.api.post(route, body, authAs(t.server, as, extra));
const IMAGE = 'https://images.example/a.png';

describe('POST users.setAvatar / users.resetAvatar', () => {
	it('sets an avatar from a URL the server can fetch, and resets it', async () => {
		t.server.web.set(IMAGE, { status: 200, contentType: 'image/png' });
		expect((await post('users.setAvatar', { avatarUrl: IMAGE })).body).toEqual({ success: true });
		expect(t.server.getUser('alice')?.avatarOrigin).toBe('url');
		const reset = await post('users.resetAvatar', { userId: userId(t.server, 'alice') });
		expect(reset.body).toEqual({ success: true });
		expect(t.server.getUser('alice')?.avatarOrigin).toBeUndefined();
	});

	it('refuses a URL that does not answer an image', async () => {
		const unreachable = await post('users.setAvatar', { avatarUrl: IMAGE });
		expect(unreachable.status).toBe(400);
		expect(unreachable.body.errorType).toBe('error-avatar-invalid-url');
		t.server.web.set(IMAGE, { status: 200, contentType: 'text/html' });
		expect((await post('users.setAvatar', { avatarUrl: IMAGE })).body.errorType).toBe(
			'error-avatar-invalid-url',
		);
		t.server.web.set(IMAGE, { status: 500, contentType: 'image/png' });
		expect((await post('users.setAvatar', { avatarUrl: IMAGE })).body.errorType).toBe(
			'error-avatar-url-handling',
		);
	});

	it('honours Accounts_AllowUserAvatarChange unless the caller holds edit-other-user-avatar', async () => {
		t.server.settings.set('Accounts_AllowUserAvatarChange', false);
		t.server.web.set(IMAGE, { status: 200, contentType: 'image/png' });
		const refused = await post('users.setAvatar', { avatarUrl: IMAGE });
		expect(refused.body).toMatchObject({
			success: false,
			errorType: 'error-not-allowed',
			error: 'Change avatar is not allowed [error-not-allowed]',
		});
		const reset = await post('users.resetAvatar', { userId: userId(t.server, 'alice') });
		expect(reset.body).toMatchObject({ errorType: 'error-not-allowed' });
		expect(reset.body.error).toBe('Reset avatar is not allowed [error-not-allowed]');
		t.server.permissions.setRoles('edit-other-user-avatar', ['admin', 'user']);
		expect((await post('users.setAvatar', { avatarUrl: IMAGE })).body).toEqual({ success: true });
	});

	it('resetAvatar needs the user named, even oneself', async () => {
		const answer = await post('users.resetAvatar', {});
		expect(answer.body.errorType).toBe('error-user-param-not-provided');
	});

	it('validates the body (rest-typings isUsersSetAvatarProps)', async () => {
		const answer = await post('users.setAvatar', { avatarUrl: IMAGE, extra: 1 });
		expect(answer.status).toBe(400);
		expect(answer.body.errorType).toBe('invalid-params');
	});
});

describe('POST users.sendConfirmationEmail', () => {
	it('mails the address it is given, and fails without a message when no user has it', async () => {
		const email = t.server.getUser('alice')?.emails?.[0].address ?? '';
		expect((await post('users.sendConfirmationEmail', { email })).body).toEqual({ success: true });
		expect(t.server.outbox.at(-1)).toMatchObject({ to: email, subject: 'Verify your email' });
		const nobody = await post('users.sendConfirmationEmail', { email: 'nobody@example.com' });
		expect(nobody).toMatchObject({ status: 400, body: { success: false } });
	});

	it('is limited to 1 call a minute on the VN profile', async () => {
		t.server.setProfile('vn');
		t.server.setRateLimit('vn');
		const email = t.server.getUser('alice')?.emails?.[0].address ?? '';
		expect((await post('users.sendConfirmationEmail', { email })).status).toBe(200);
		expect((await post('users.sendConfirmationEmail', { email })).status).toBe(429);
		t.server.setRateLimit('v7');
	});
});

describe('POST users.logoutOtherClients / users.removeOtherTokens', () => {
	it('logoutOtherClients keeps the calling token and personal access tokens', async () => {
		const id = userId(t.server, 'alice');
		const other = t.server.createLoginToken(id);
		const pat = t.server.createPersonalAccessToken(id, 'ci');
		const caller = authAs(t.server, 'alice');
		const answer = await t.api.post('users.logoutOtherClients', {}, caller);
		expect(answer.body).toMatchObject({ success: true, token: caller['x-auth-token'] });
		const hashes = t.server
			.getUser('alice')
			?.services.resume?.loginTokens.map((x) => x.hashedToken);
		expect(hashes).toContain(hashLoginToken(caller['x-auth-token']));
		expect(hashes).toContain(hashLoginToken(pat));
		expect(hashes).not.toContain(hashLoginToken(other));
		expect((await t.api.get('me', {}, caller)).status).toBe(200);
		expect((await t.api.get('me', {}, { 'x-user-id': id, 'x-auth-token': other })).status).toBe(
			401,
		);
	});

	it('removeOtherTokens over REST has no DDP connection token, so the caller is logged out too', async () => {
		const caller = authAs(t.server, 'alice');
		expect((await t.api.post('users.removeOtherTokens', {}, caller)).status).toBe(200);
		expect((await t.api.get('me', {}, caller)).status).toBe(401);
	});
});

describe('POST users.setPreferences', () => {
	it('stores the language at the top level and in settings.preferences', async () => {
		const answer = await post('users.setPreferences', { data: { language: 'de' } });
		expect(answer.body).toMatchObject({
			success: true,
			user: { settings: { preferences: { language: 'de' } } },
		});
		expect(t.server.getUser('alice')).toMatchObject({
			language: 'de',
			settings: { preferences: { language: 'de' } },
		});
	});

	it('needs data, and edit-other-user-info for another user', async () => {
		expect((await post('users.setPreferences', {})).body.errorType).toBe('invalid-params');
		const other = await post('users.setPreferences', {
			userId: userId(t.server, 'bea'),
			data: { language: 'es' },
		});
		expect(other.body).toMatchObject({ errorType: 'error-action-not-allowed' });
	});
});

describe('POST users.2fa.enableEmail / users.2fa.disableEmail', () => {
	it('enableEmail refuses an unverified address', async () => {
		await t.server.seedUser({
			username: 'uma',
			password: 'uma-pass',
			email: 'uma@example.com',
			emailVerified: false,
		});
		const answer = await post('users.2fa.enableEmail', {}, 'uma');
		expect(answer.body).toMatchObject({
			errorType: 'error-invalid-user',
			error: 'You need to verify your emails before setting up 2FA [error-invalid-user]',
		});
	});

	it('enableEmail turns it on and logs out the other sessions', async () => {
		const id = userId(t.server, 'alice');
		const other = t.server.createLoginToken(id);
		const caller = authAs(t.server, 'alice');
		expect((await t.api.post('users.2fa.enableEmail', {}, caller)).body).toEqual({ success: true });
		expect(t.server.getUser('alice')?.services.email2fa?.enabled).toBe(true);
		expect((await t.api.get('me', {}, caller)).status).toBe(200);
		expect((await t.api.get('me', {}, { 'x-user-id': id, 'x-auth-token': other })).status).toBe(
			401,
		);
	});

	it('disableEmail asks for the second factor, and a code turns it off', async () => {
		await post('users.2fa.enableEmail', {});
		const asked = await post('users.2fa.disableEmail', {});
		expect(asked.status).toBe(400);
		expect(asked.body).toMatchObject({ errorType: 'totp-required', details: { method: 'email' } });
		const code = t.server.lastEmailCode('alice') ?? '';
		const done = await post('users.2fa.disableEmail', {}, 'alice', {
			'x-2fa-code': code,
			'x-2fa-method': 'email',
		});
		expect(done.body).toEqual({ success: true });
		expect(t.server.getUser('alice')?.services.email2fa?.enabled).toBe(false);
	});
});
