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

const update = (username: string, body: unknown, extraHeaders: Record<string, string> = {}) =>
	api.post('users.updateOwnBasicInfo', body, authAs(server, username, extraHeaders));
const failure = (error: string, errorType?: string, details?: unknown) => ({
	success: false,
	error,
	...(errorType ? { errorType } : {}),
	...(details ? { details } : {}),
});
const withPassword = (data: Record<string, unknown>, password = 'alice-pass') => ({
	data: { ...data, currentPassword: sha256Hex(password) },
});

describe('params', () => {
	it.each([
		[{ data: { realname: 'x' } }, 'must NOT have additional properties'],
		[{ name: 'x' }, "must have required property 'data'"],
		[{ data: 'x' }, 'must be object'],
		[{ data: {}, extra: 1 }, 'must NOT have additional properties'],
	])('rejects %j', async (body, message) => {
		expect((await update('alice', body)).body).toEqual(
			failure(`${message} [invalid-params]`, 'invalid-params'),
		);
	});

	it('VN reports schema errors without the suffix', async () => {
		server.setProfile('vn');
		expect((await update('alice', { data: { realname: 'x' } })).body).toEqual({
			success: false,
			errorType: 'invalid-params',
			error: 'must NOT have additional properties',
		});
	});
});

describe('plain fields', () => {
	it('sets bio and nickname (trimmed), clears them with empty strings', async () => {
		const res = await update('alice', { data: { bio: '  I fly  ', nickname: ' Ace ' } });
		expect(res.status).toBe(200);
		expect(server.getUser('alice')).toMatchObject({ bio: 'I fly', nickname: 'Ace' });
		await update('alice', { data: { bio: '' } });
		expect(server.getUser('alice')?.bio).toBeUndefined();
		// V7 only handles a truthy nickname, so '' leaves it; VN clears it.
		await update('alice', { data: { nickname: '' } });
		expect(server.getUser('alice')?.nickname).toBe('Ace');
		server.setProfile('vn');
		await update('alice', { data: { nickname: '' } });
		expect(server.getUser('alice')?.nickname).toBeUndefined();
	});

	it('enforces bio and nickname sizes, and rejects a null bio in V7', async () => {
		expect((await update('alice', { data: { bio: 'b'.repeat(261) } })).body).toEqual(
			failure(
				'Bio size exceeds 260 characters [error-bio-size-exceeded]',
				'error-bio-size-exceeded',
				{ method: 'saveUserProfile' },
			),
		);
		expect((await update('alice', { data: { nickname: 'n'.repeat(121) } })).body).toEqual(
			failure(
				'Nickname size exceeds 120 characters [error-nickname-size-exceeded]',
				'error-nickname-size-exceeded',
				{ method: 'saveUserProfile' },
			),
		);
		expect((await update('alice', { data: { bio: null } })).body).toEqual(
			failure('bio [error-invalid-field]', 'error-invalid-field', { method: 'saveUserProfile' }),
		);
		expect((await update('alice', { data: { bio: 'b'.repeat(260) } })).status).toBe(200);
	});

	it('silently cuts the status text to 120 characters and sets statusType', async () => {
		expect(
			(await update('alice', { data: { statusText: `  ${'s'.repeat(130)}`, statusType: 'busy' } }))
				.status,
		).toBe(200);
		expect(server.getUser('alice')).toMatchObject({
			statusText: 's'.repeat(120),
			status: 'busy',
			statusDefault: 'busy',
		});
	});

	it('refuses invisible status and status text when disabled', async () => {
		server.settings.set('Accounts_AllowInvisibleStatusOption', false);
		expect((await update('alice', { data: { statusType: 'offline' } })).body).toEqual(
			failure(
				'Invisible status is disabled [error-status-not-allowed]',
				'error-status-not-allowed',
				{ method: 'setUserStatus' },
			),
		);
		server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		expect((await update('alice', { data: { statusText: 'hi' } })).body).toEqual(
			failure(
				'Edit user status is not allowed [error-action-not-allowed]',
				'error-action-not-allowed',
				{ method: 'insertOrUpdateUser', action: 'Update_user' },
			),
		);
	});

	it('applies earlier steps even when a later one fails (no transaction)', async () => {
		const res = await update('alice', { data: { name: 'Alice Changed', bio: 'b'.repeat(300) } });
		expect(res.body.errorType).toBe('error-bio-size-exceeded');
		expect(server.getUser('alice')?.name).toBe('Alice Changed');
	});

	it('V7 answers with the raw user, services included; VN with getUserInfo', async () => {
		const raw = await update('tom', { data: { nickname: 'T' } });
		expect(raw.body.user.services.totp.secret).toBeDefined();
		expect(raw.body.user.services.password.bcrypt).toMatch(/^\$2/);
		expect(raw.body.user.createdAt).toBeDefined();
		server.setProfile('vn');
		const reduced = await update('tom', { data: { nickname: 'T2' } });
		expect(reduced.body.user.services).toEqual({
			totp: { enabled: true },
			password: { exists: true },
		});
		expect(reduced.body.user.settings).toEqual({ profile: {}, calendar: {} });
		expect(reduced.body.user).toMatchObject({
			email: 'tom@example.com',
			avatarUrl: 'http://localhost:3000/avatar/tom',
			isOAuthUser: false,
		});
	});

	it('obeys Accounts_AllowUserProfileChange', async () => {
		server.settings.set('Accounts_AllowUserProfileChange', false);
		expect((await update('alice', { data: { bio: 'x' } })).body).toEqual(
			failure('Not allowed [error-not-allowed]', 'error-not-allowed', {
				method: 'saveUserProfile',
			}),
		);
	});
});

describe('identity', () => {
	const identityError = failure(
		'Could not save user identity [error-could-not-save-identity]',
		'error-could-not-save-identity',
		{ method: 'saveUserProfile' },
	);

	it('renames and changes the username (own case change allowed)', async () => {
		expect((await update('alice', { data: { name: 'Alice B', username: 'Alice' } })).status).toBe(
			200,
		);
		expect(server.getUser('alice')).toMatchObject({ name: 'Alice B', username: 'Alice' });
	});

	it.each([
		['a reserved username', { username: 'administrator' }],
		['a taken username (any case)', { username: 'TOM' }],
		['an invalid username', { username: 'bad name!' }],
		['a blank name', { name: '   ' }],
	])('refuses %s', async (_, data) => {
		expect((await update('alice', { data })).body).toEqual(identityError);
	});

	it('blocks all, here and Accounts_BlockedUsernameList with their own error', async () => {
		expect((await update('alice', { data: { username: 'here' } })).body).toEqual(
			failure(
				"here is blocked and can't be used! [error-blocked-username]",
				'error-blocked-username',
				{ method: 'checkUsernameAvailability', field: 'here' },
			),
		);
		server.settings.set('Accounts_BlockedUsernameList', 'boss, chief');
		expect((await update('alice', { data: { username: 'Chief' } })).body.errorType).toBe(
			'error-blocked-username',
		);
	});

	it('honours a custom UTF8_User_Names_Validation', async () => {
		server.settings.set('UTF8_User_Names_Validation', '[a-z]+');
		expect((await update('alice', { data: { username: 'alice2' } })).body).toEqual(identityError);
		expect((await update('alice', { data: { username: 'alicia' } })).status).toBe(200);
	});

	it('refuses invalid name characters before anything else', async () => {
		for (const name of ['<b>', 'a/b', 'a\\b', '%']) {
			expect((await update('alice', { data: { name } })).body).toEqual({
				success: false,
				error: 'Name contains invalid characters',
			});
		}
	});

	it('refuses edits the settings forbid', async () => {
		server.settings.set('Accounts_AllowUsernameChange', false);
		server.settings.set('Accounts_AllowRealNameChange', false);
		const details = { method: 'insertOrUpdateUser', action: 'Update_user' };
		expect((await update('alice', { data: { username: 'alicia' } })).body).toEqual(
			failure(
				'Edit username is not allowed [error-action-not-allowed]',
				'error-action-not-allowed',
				details,
			),
		);
		expect((await update('alice', { data: { name: 'New' } })).body).toEqual(
			failure(
				'Edit user real name is not allowed [error-action-not-allowed]',
				'error-action-not-allowed',
				details,
			),
		);
		expect((await update('alice', { data: { name: 'Alice Anders' } })).status).toBe(200);
	});
});

describe('e-mail', () => {
	it('needs the second factor for any e-mail (V7), and replaces emails[0] unverified', async () => {
		const missing = await update('alice', { data: { email: 'alice@example.com' } });
		expect(missing.body).toEqual(
			failure('TOTP Required [totp-required]', 'totp-required', {
				method: 'password',
				codeGenerated: false,
				availableMethods: [],
			}),
		);
		const res = await update('alice', withPassword({ email: 'new@example.org' }));
		expect(res.status).toBe(200);
		expect(server.getUser('alice')?.emails).toEqual([
			{ address: 'new@example.org', verified: false },
		]);
		expect(server.outbox.map((mail) => mail.to)).toEqual(['alice@example.com', 'new@example.org']);
	});

	it('reports syntax, availability and domain problems', async () => {
		// setEmail allows one call a minute per user (function limiter, on in production): a minute between tries.
		const tryEmail = async (email: string) => {
			server.clock.advance(61_000);
			return (await update('alice', withPassword({ email }))).body;
		};
		expect(await tryEmail('not-an-email')).toEqual(
			failure('Invalid email not-an-email [error-invalid-email]', 'error-invalid-email', {
				function: 'RocketChat.validateEmailDomain',
				email: 'not-an-email',
			}),
		);
		expect(await tryEmail('TOM@example.com')).toEqual(
			failure(
				'TOM@example.com is already in use :( [error-field-unavailable]',
				'error-field-unavailable',
				{ function: '_setEmail', field: 'TOM@example.com' },
			),
		);
		expect(await tryEmail('x@mailinator.com')).toEqual(
			failure(
				'The email domain is blacklisted [error-email-domain-blacklisted]',
				'error-email-domain-blacklisted',
				{ function: 'RocketChat.validateEmailDomain' },
			),
		);
		server.settings.set('Accounts_AllowedDomainsList', 'corp.example');
		expect(await tryEmail('x@other.example')).toEqual(
			failure(
				'The email domain is not in whitelist [error-invalid-domain]',
				'error-invalid-domain',
				{ function: 'RocketChat.validateEmailDomain' },
			),
		);
		server.settings.set('Accounts_AllowEmailChange', false);
		expect((await tryEmail('x@corp.example')).error).toBe(
			'Edit user email is not allowed [error-action-not-allowed]',
		);
	});

	it('reaches setEmail for users without an e-mail, where AllowEmailChange and blank values are checked', async () => {
		await server.seedUser({ username: 'noemail', password: 'noemail-pass' });
		const tryEmail = async (email: string) =>
			(await update('noemail', withPassword({ email }, 'noemail-pass'))).body;
		expect(await tryEmail('   ')).toEqual(
			failure('Invalid email [error-invalid-email]', 'error-invalid-email', {
				function: '_setEmail',
			}),
		);
		server.settings.set('Accounts_AllowEmailChange', false);
		expect(await tryEmail('n@example.com')).toEqual(
			failure(
				'Changing email is not allowed [error-action-not-allowed]',
				'error-action-not-allowed',
				{ method: 'setEmail', action: 'Changing_email' },
			),
		);
	});

	it('checks currentPassword as a TOTP code for TOTP users (quirk); headers work instead', async () => {
		const quirk = await update('tom', withPassword({ email: 'tom2@example.com' }, 'tom-pass'));
		expect(quirk.body).toMatchObject({ errorType: 'totp-invalid', details: { method: 'totp' } });
		const ok = await update(
			'tom',
			{ data: { email: 'tom2@example.com' } },
			{ 'x-2fa-code': server.totpCode('tom'), 'x-2fa-method': 'totp' },
		);
		expect(ok.status).toBe(200);
		const codeOnly = await update(
			'tom',
			{ data: { email: 'tom3@example.com' } },
			{ 'x-2fa-code': server.totpCode('tom') },
		);
		expect(codeOnly.body.errorType).toBe('totp-required');
	});

	it('sends an e-mail code as a side effect of currentPassword for e-mail 2FA users', async () => {
		const res = await update('erin', withPassword({ email: 'erin2@example.com' }, 'erin-pass'));
		expect(res.body).toMatchObject({
			errorType: 'totp-invalid',
			details: { method: 'email', codeGenerated: true, emailOrUsername: 'erin' },
		});
		const code = server.lastEmailCode('erin') as string;
		expect(
			(
				await update(
					'erin',
					{ data: { email: 'erin2@example.com' } },
					{ 'x-2fa-code': code, 'x-2fa-method': 'email' },
				)
			).status,
		).toBe(200);
	});

	it('VN asks for 2FA only when the user already has an e-mail', async () => {
		server.setProfile('vn');
		await server.seedUser({ username: 'noemail', password: 'p' });
		expect((await update('noemail', { data: { email: 'first@example.com' } })).status).toBe(200);
		expect((await update('alice', { data: { email: 'a2@example.com' } })).body.errorType).toBe(
			'totp-required',
		);
	});
});

describe('new password', () => {
	it('changes the password, keeps the current session and PATs, drops other sessions', async () => {
		const current = authAs(server, 'alice');
		const other = authAs(server, 'alice');
		const id = userId(server, 'alice');
		const pat = { 'x-user-id': id, 'x-auth-token': server.createPersonalAccessToken(id, 'ci') };
		const res = await api.post(
			'users.updateOwnBasicInfo',
			withPassword({ newPassword: 'Another-pass1' }),
			current,
		);
		expect(res.status).toBe(200);
		expect((await api.get('me', {}, current)).status).toBe(200);
		expect((await api.get('me', {}, other)).status).toBe(401);
		expect((await api.get('me', {}, pat)).status).toBe(200);
		expect((await api.post('login', { user: 'alice', password: 'Another-pass1' })).status).toBe(
			200,
		);
	});

	it('refuses the current password, history entries and policy violations', async () => {
		expect((await update('alice', withPassword({ newPassword: 'alice-pass' }))).body).toEqual(
			failure(
				'Entered password same as current password [error-password-same-as-current]',
				'error-password-same-as-current',
				{ method: 'saveUserProfile' },
			),
		);
		expect((await update('alice', withPassword({ newPassword: '   ' }))).body).toEqual(
			failure(
				"The password provided does not meet the server's password policy. [error-password-policy-not-met]",
				'error-password-policy-not-met',
			),
		);
		server.settings.set('Accounts_Password_Policy_Enabled', true);
		const policy = await update('alice', withPassword({ newPassword: 'aaaa' }));
		expect(policy.body.errorType).toBe('error-password-policy-not-met');
		expect(policy.body.details.map((reason: { error: string }) => reason.error)).toEqual([
			'error-password-policy-not-met-minLength',
			'error-password-policy-not-met-repeatingCharacters',
			'error-password-policy-not-met-oneUppercase',
			'error-password-policy-not-met-oneNumber',
			'error-password-policy-not-met-oneSpecial',
		]);
		expect(policy.body.details[0].message).toBe(
			'The password does not meet the minimum length password policy.',
		);
		server.settings.set('Accounts_Password_History_Enabled', true);
		expect((await update('alice', withPassword({ newPassword: 'Second-pass1' }))).status).toBe(200);
		const back = await update('alice', withPassword({ newPassword: 'alice-pass' }, 'Second-pass1'));
		expect(back.body.errorType).toBe('error-password-in-history');
	});

	it('obeys Accounts_AllowPasswordChange', async () => {
		server.settings.set('Accounts_AllowPasswordChange', false);
		expect((await update('alice', withPassword({ newPassword: 'Other-pass1' }))).body).toEqual(
			failure(
				'Edit user password is not allowed [error-action-not-allowed]',
				'error-action-not-allowed',
				{ method: 'insertOrUpdateUser', action: 'Update_user' },
			),
		);
	});

	it('needs the second factor, and is silently ignored for users without a password', async () => {
		expect((await update('alice', { data: { newPassword: 'x-Pass-12' } })).body.errorType).toBe(
			'totp-required',
		);
		server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
		expect((await update('sso', { data: { newPassword: 'x-Pass-12' } })).status).toBe(200);
		expect(server.getUser('sso')?.services.password).toBeUndefined();
	});
});

describe('custom fields', () => {
	beforeEach(() => {
		server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({
				team: { type: 'select', options: ['red', 'blue'], required: true, public: true },
				badge: { type: 'text', maxLength: 5 },
			}),
		);
	});

	it('validates and stores them', async () => {
		expect(
			(await update('alice', { data: {}, customFields: { team: 'red', badge: 'ok' } })).status,
		).toBe(200);
		expect(server.getUser('alice')?.customFields).toEqual({ team: 'red', badge: 'ok' });
	});

	// saveCustomFieldsWithoutValidation.ts: the configured set replaces customFields as a whole.
	it('saves the configured set as a whole: a configured key left out is emptied, unknown keys dropped', async () => {
		await update('alice', { data: {}, customFields: { team: 'red', badge: 'ok' } });
		expect(
			(await update('alice', { data: {}, customFields: { team: 'blue', extra: 'x' } })).status,
		).toBe(200);
		expect(server.getUser('alice')?.customFields).toEqual({ team: 'blue' });
	});

	it.each([
		[{ badge: 'ok' }, 'Field team is required'],
		[{ team: 'green' }, 'Value for field team is invalid'],
		[{ team: 'blue', badge: 'toolong' }, 'Max length of field badge 5'],
	])('refuses %j', async (customFields, reason) => {
		expect((await update('alice', { data: {}, customFields })).body).toEqual(
			failure(
				`${reason} [error-user-registration-custom-field]`,
				'error-user-registration-custom-field',
				{ method: 'registerUser' },
			),
		);
	});
});
