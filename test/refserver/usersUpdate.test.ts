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

/** Admin calls go through a bypassTwoFactor PAT so each test only deals with the rule it checks. */
function asAdmin(): Record<string, string> {
	const id = userId(server, 'admin');
	return {
		'x-user-id': id,
		'x-auth-token': server.createPersonalAccessToken(id, `t${Math.random()}`, true),
	};
}
function asSelf(username: string): Record<string, string> {
	const id = userId(server, username);
	return {
		'x-user-id': id,
		'x-auth-token': server.createPersonalAccessToken(id, `t${Math.random()}`, true),
	};
}
const updateUser = (
	headers: Record<string, string>,
	username: string,
	data: Record<string, unknown>,
) => api.post('users.update', { userId: userId(server, username), data }, headers);
const notAllowed = (reason: string, action: string) => ({
	success: false,
	error: `${reason} [error-action-not-allowed]`,
	errorType: 'error-action-not-allowed',
	details: { method: 'insertOrUpdateUser', action },
});

describe('params', () => {
	it('rejects unknown data keys and an empty userId', async () => {
		const headers = asAdmin();
		expect(
			(
				await api.post(
					'users.update',
					{ userId: userId(server, 'bea'), data: { joinDefaultChannels: true } },
					headers,
				)
			).body,
		).toEqual({
			success: false,
			error: 'must NOT have additional properties [invalid-params]',
			errorType: 'invalid-params',
		});
		expect((await api.post('users.update', { userId: '', data: {} }, headers)).body.error).toBe(
			'must NOT have fewer than 1 characters [invalid-params]',
		);
		expect(
			(await api.post('users.update', { userId: 'x', data: { active: 'yes' } }, headers)).body
				.error,
		).toBe('must be boolean [invalid-params]');
	});

	it('coerces types like AJV does (coerceTypes: true)', async () => {
		const res = await api.post(
			'users.update',
			{ userId: userId(server, 'bea'), data: { name: 123, bio: 'Still here', nickname: 'Bee' } },
			asAdmin(),
		);
		expect(res.status).toBe(200);
		expect(server.getUser('bea')?.name).toBe('123');
	});
});

describe('admin edits', () => {
	it('erases bio and nickname when the request omits them', async () => {
		expect(server.getUser('bea')).toMatchObject({ bio: 'I build rockets', nickname: 'Bee' });
		const res = await updateUser(asAdmin(), 'bea', { name: 'Bea Renamed' });
		expect(res.status).toBe(200);
		const bea = server.getUser('bea');
		expect(bea?.name).toBe('Bea Renamed');
		expect(bea?.bio).toBeUndefined();
		expect(bea?.nickname).toBeUndefined();
	});

	it('keeps bio and nickname when sent back; blank values also erase', async () => {
		await updateUser(asAdmin(), 'bea', {
			bio: 'I build rockets',
			nickname: 'Bee',
			statusText: ' busy ',
		});
		expect(server.getUser('bea')).toMatchObject({
			bio: 'I build rockets',
			nickname: 'Bee',
			statusText: 'busy',
		});
		await updateUser(asAdmin(), 'bea', { bio: '  ', nickname: '' });
		expect(server.getUser('bea')?.bio).toBeUndefined();
	});

	it('sets e-mail (unverified unless verified:true), verification, roles and requirePasswordChange', async () => {
		await updateUser(asAdmin(), 'bea', { email: 'bea2@example.com' });
		expect(server.getUser('bea')?.emails?.[0]).toEqual({
			address: 'bea2@example.com',
			verified: false,
		});
		await updateUser(asAdmin(), 'bea', { verified: true });
		expect(server.getUser('bea')?.emails?.[0].verified).toBe(true);
		await updateUser(asAdmin(), 'bea', { email: 'bea3@example.com', verified: true });
		expect(server.getUser('bea')?.emails?.[0]).toEqual({
			address: 'bea3@example.com',
			verified: true,
		});
		await updateUser(asAdmin(), 'bea', {
			roles: ['user', 'moderator'],
			requirePasswordChange: true,
		});
		expect(server.getUser('bea')).toMatchObject({
			roles: ['user', 'moderator'],
			requirePasswordChange: true,
		});
	});

	it('sets a password (logging the user out everywhere) only with edit-other-user-password', async () => {
		const beaSession = authAs(server, 'bea');
		await updateUser(asAdmin(), 'bea', { password: 'Fresh-pass1', bio: 'b', nickname: 'n' });
		expect((await api.get('me', {}, beaSession)).status).toBe(401);
		expect((await api.post('login', { user: 'bea', password: 'Fresh-pass1' })).status).toBe(200);
	});

	it('ignores a password users set for themselves, even with a valid 2FA', async () => {
		const res = await updateUser(asSelf('alice'), 'alice', { password: 'Changed-pass1' });
		expect(res.status).toBe(200);
		expect((await api.post('login', { user: 'alice', password: 'alice-pass' })).status).toBe(200);
	});

	// saveUser.ts: the password is dropped without edit-other-user-password; the rest is saved, 200.
	it('drops an admin password change without edit-other-user-password and still answers 200', async () => {
		server.permissions.setRoles('edit-other-user-password', []);
		const res = await updateUser(asAdmin(), 'bea', {
			password: 'Fresh-pass1',
			bio: 'b',
			nickname: 'n',
		});
		expect(res.status).toBe(200);
		expect(server.getUser('bea')?.bio).toBe('b');
		expect((await api.post('login', { user: 'bea', password: 'bea-pass' })).status).toBe(200);
	});

	it('replaces the configured custom fields as a whole set', async () => {
		server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({ team: { type: 'text' }, badge: { type: 'text' } }),
		);
		await updateUser(asAdmin(), 'bea', { customFields: { team: 'red', badge: 'ok' } });
		await updateUser(asAdmin(), 'bea', { customFields: { badge: 'new' } });
		expect(server.getUser('bea')?.customFields).toEqual({ badge: 'new' });
	});

	it('users.create checks custom fields before the user exists and saves them once it does', async () => {
		server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({
				team: { type: 'select', options: ['red', 'blue'], required: true },
				badge: { type: 'text', maxLength: 5 },
			}),
		);
		const create = (customFields?: Record<string, unknown>) =>
			api.post(
				'users.create',
				{
					name: 'Cal',
					username: 'cal',
					email: 'cal@example.com',
					password: 'cal-pass-1',
					...(customFields ? { customFields } : {}),
				},
				asAdmin(),
			);
		expect((await create({ badge: 'ok' })).body).toEqual({
			success: false,
			error: 'Field team is required [error-user-registration-custom-field]',
			errorType: 'error-user-registration-custom-field',
			details: { method: 'registerUser' },
		});
		expect((await create({ team: 'green' })).body.error).toBe(
			'Value for field team is invalid [error-user-registration-custom-field]',
		);
		expect((await create({ team: 'red', badge: 'toolong' })).body.error).toBe(
			'Max length of field badge 5 [error-user-registration-custom-field]',
		);
		expect(server.getUser('cal')).toBeUndefined();
		expect((await create({ team: 'red', badge: 'ok', stray: 'x' })).status).toBe(200);
		expect(server.getUser('cal')?.customFields).toEqual({ team: 'red', badge: 'ok' });
	});

	it('users.create without custom fields checks none, even required ones', async () => {
		server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({ team: { type: 'select', options: ['red'], required: true } }),
		);
		const res = await api.post(
			'users.create',
			{ name: 'Dee', username: 'dee', email: 'dee@example.com', password: 'dee-pass-1' },
			asAdmin(),
		);
		expect(res.status).toBe(200);
		expect(server.getUser('dee')?.customFields).toBeUndefined();
	});

	it('setRandomPassword mails the new password and forces a change', async () => {
		await updateUser(asAdmin(), 'bea', { setRandomPassword: true });
		const mail = server.outbox.find((message) => message.to === 'bea@example.com');
		const password = /Your new password is: (\S+)/.exec(mail?.text ?? '')?.[1] as string;
		expect(server.getUser('bea')?.requirePasswordChange).toBe(true);
		expect((await api.post('login', { user: 'bea', password })).status).toBe(200);
	});

	it('reports identity and username errors', async () => {
		expect((await updateUser(asAdmin(), 'bea', { username: 'bad name' })).body).toEqual({
			success: false,
			error: 'bad name is not a valid username [error-input-is-not-a-valid-field]',
			errorType: 'error-input-is-not-a-valid-field',
			details: { method: 'insertOrUpdateUser', input: 'bad name', field: 'Username' },
		});
		expect((await updateUser(asAdmin(), 'bea', { username: 'alice' })).body).toEqual({
			success: false,
			error: 'Could not save user identity [error-could-not-save-identity]',
			errorType: 'error-could-not-save-identity',
			details: { method: 'saveUser' },
		});
		expect((await updateUser(asAdmin(), 'bea', { name: 'x<y' })).body).toEqual({
			success: false,
			error: 'Name contains invalid characters',
		});
	});

	it('rolls the whole save back on a failure', async () => {
		const res = await updateUser(asAdmin(), 'bea', { name: 'Never Saved', bio: 'b'.repeat(261) });
		expect(res.body.error).toBe('Bio size exceeds 260 characters [error-bio-size-exceeded]');
		expect(server.getUser('bea')).toMatchObject({ name: 'Bea Bio', bio: 'I build rockets' });
	});

	it('bypasses the Allow* settings for other users, not for the admin himself', async () => {
		server.settings.set('Accounts_AllowUsernameChange', false);
		expect(
			(await updateUser(asAdmin(), 'bea', { username: 'beatrice', bio: 'b', nickname: 'n' }))
				.status,
		).toBe(200);
		expect((await updateUser(asAdmin(), 'admin', { username: 'boss' })).body).toEqual(
			notAllowed('Edit username is not allowed', 'Update_user'),
		);
	});

	it('projects the answer by view-full-other-user-info', async () => {
		const admin = await updateUser(asAdmin(), 'bea', { bio: 'b', nickname: 'n' });
		expect(admin.body.user).toMatchObject({
			username: 'bea',
			emails: [{ address: 'bea@example.com', verified: true }],
			roles: ['user'],
		});
		expect(admin.body.user.services).toBeUndefined();
		const self = await updateUser(asSelf('alice'), 'alice', { name: 'Alice Self' });
		expect(self.body.user).toMatchObject({
			_id: userId(server, 'alice'),
			name: 'Alice Self',
			username: 'alice',
		});
		for (const hidden of [
			'emails',
			'services',
			'roles',
			'createdAt',
			'settings',
			'_updatedAt',
			'statusDefault',
		]) {
			expect(self.body.user[hidden]).toBeUndefined();
		}
	});
});

describe('permission rules', () => {
	it('refuses editing others, admin roles, unknown roles, role changes and self verification', async () => {
		const alice = asSelf('alice');
		expect((await updateUser(alice, 'bea', { name: 'x' })).body).toEqual(
			notAllowed('Editing user is not allowed', 'Editing_user'),
		);
		expect((await updateUser(alice, 'alice', { roles: ['admin'] })).body).toEqual(
			notAllowed('Assigning admin is not allowed', 'Assign_admin'),
		);
		expect((await updateUser(alice, 'alice', { roles: ['wizard'] })).body).toEqual(
			notAllowed('The field Roles consist invalid role id', 'Assign_role'),
		);
		expect((await updateUser(alice, 'alice', { roles: ['user', 'bot'] })).body).toEqual(
			notAllowed('Assign roles is not allowed', 'Assign_role'),
		);
		expect((await updateUser(alice, 'alice', { roles: ['user'] })).status).toBe(200);
		expect((await updateUser(alice, 'alice', { verified: true })).body).toEqual(
			notAllowed('Editing email verification is not allowed', 'Editing_user'),
		);
	});

	it('obeys Accounts_AllowUserProfileChange unless the caller may edit others', async () => {
		server.settings.set('Accounts_AllowUserProfileChange', false);
		expect((await updateUser(asSelf('alice'), 'alice', { name: 'x' })).body).toEqual(
			notAllowed('Edit user profile is not allowed', 'Update_user'),
		);
		expect((await updateUser(asAdmin(), 'alice', { name: 'By Admin' })).status).toBe(200);
	});

	it('applies `active` after committing the rest: a refusal leaves a partial update', async () => {
		const res = await updateUser(asSelf('alice'), 'alice', { name: 'Partly Saved', active: false });
		expect(res.body).toEqual({
			success: false,
			error: 'Not allowed [error-not-allowed]',
			errorType: 'error-not-allowed',
			details: { method: 'setUserActiveStatus' },
		});
		expect(server.getUser('alice')).toMatchObject({ name: 'Partly Saved', active: true });
	});

	it('deactivates (logging out) and reactivates with edit-other-user-active-status', async () => {
		const beaSession = authAs(server, 'bea');
		expect((await updateUser(asAdmin(), 'bea', { active: false })).status).toBe(200);
		expect(server.getUser('bea')?.active).toBe(false);
		expect((await api.get('me', {}, beaSession)).status).toBe(401);
		expect((await updateUser(asAdmin(), 'bea', { active: true })).status).toBe(200);
		expect((await updateUser(asAdmin(), 'bea', { active: null })).body).toEqual({
			success: false,
			error: 'Match error: Expected boolean, got null',
		});
	});

	it('does not deactivate the last active admin', async () => {
		const res = await updateUser(asAdmin(), 'admin', { active: false });
		expect(res.body.error).toBe(
			'Leaving the app without an active admin is not allowed [error-action-not-allowed]',
		);
	});
});

describe('unknown userId', () => {
	it('without e-mail fails on the e-mail check', async () => {
		const res = await api.post('users.update', { userId: 'nope', data: { name: 'x' } }, asAdmin());
		expect(res.body).toMatchObject({
			success: false,
			error: 'Invalid email undefined [error-invalid-email]',
			errorType: 'error-invalid-email',
		});
	});

	it('with e-mail creates a new user, then answers "User not found"', async () => {
		const res = await api.post(
			'users.update',
			{ userId: 'nope', data: { email: 'ghost@example.com', username: 'ghost' } },
			asAdmin(),
		);
		expect(res.body).toEqual({ success: false, error: 'User not found' });
		expect(server.getUser('ghost')?._id).not.toBe('nope');
	});
});

describe('two-factor', () => {
	it('an admin without bypass must prove the password first', async () => {
		const headers = authAs(server, 'admin');
		expect((await updateUser(headers, 'bea', { bio: 'b' })).body.errorType).toBe('totp-required');
		expect(
			(await updateUser({ ...headers, 'x-2fa-code': sha256Hex('admin-pass') }, 'bea', { bio: 'b' }))
				.status,
		).toBe(200);
	});
});
