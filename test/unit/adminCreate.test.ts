import { createRefusalField, CreateForm, planCreate } from '../../lib/adminCreate';
import { looksLikeAddress, parseInviteWords } from '../../lib/adminInvite';
import { parseAdminCommand } from '../../lib/adminArgs';

const FORM: CreateForm = {
	name: ' Ann ',
	username: '@ann',
	email: 'ann@example.org',
	password: 'pw',
	random: false,
	roles: 'user, livechat-agent,user',
	options: ['verified', 'welcome'],
};

describe('planCreate', () => {
	test('the users.create body', () => {
		expect(planCreate(FORM)).toEqual({
			ok: true,
			username: 'ann',
			body: {
				name: 'Ann',
				username: 'ann',
				email: 'ann@example.org',
				password: 'pw',
				roles: ['user', 'livechat-agent'],
				verified: true,
				requirePasswordChange: false,
				joinDefaultChannels: false,
				sendWelcomeEmail: true,
			},
		});
	});

	test('random: an empty password, setRandomPassword, a change required; roles default to user', () => {
		const plan = planCreate({ ...FORM, password: '', random: true, roles: ' ' });
		expect(plan.ok && plan.body).toMatchObject({
			password: '',
			setRandomPassword: true,
			requirePasswordChange: true,
			roles: ['user'],
		});
	});

	test.each([
		[{ username: ' @ ' }, 'username', 'admin_create_need_username'],
		[{ email: '' }, 'email', 'admin_create_need_email'],
		[{ random: true }, 'new-password', 'admin_password_random_typed'],
		[{ password: '  ' }, 'new-password', 'admin_password_need_value'],
	])('%j is answered under %s', (change, field, key) => {
		expect(planCreate({ ...FORM, ...change })).toEqual({ ok: false, field, error: { key } });
	});
});

describe('createRefusalField', () => {
	test.each([
		[{ error: 'x', errorType: 'error-field-unavailable', details: { field: 'ann' } }, 'username'],
		[{ error: 'x', errorType: 'error-field-unavailable', details: { field: 'a@b.c' } }, 'email'],
		[
			{ error: 'x', errorType: 'error-the-field-is-required', details: { field: 'Password' } },
			'new-password',
		],
		[{ error: 'x', errorType: 'error-input-is-not-a-valid-field' }, 'username'],
		[{ error: 'x', errorType: 'error-email-domain-blacklisted' }, 'email'],
		[{ error: 'Name contains invalid characters' }, 'name'],
		[{ error: 'The field Roles consist invalid role id [error-action-not-allowed]' }, 'roles'],
		[{ error: 'Adding user is not allowed', errorType: 'error-action-not-allowed' }, undefined],
	])('%j → %s', (failure, field) => {
		expect(createRefusalField(failure)).toBe(field);
	});
});

describe('invite words', () => {
	test('split on spaces, commas and semicolons, each once', () => {
		expect(parseInviteWords(['a@x.org,b@y.org;', 'A@X.org', 'mailto:c@z.org'])).toEqual({
			ok: true,
			value: ['a@x.org', 'b@y.org', 'c@z.org'],
		});
		expect(parseInviteWords([])).toEqual({ ok: false, error: { key: 'admin_invite_usage' } });
		expect(parseAdminCommand(['invite', 'a@x.org'], {})).toEqual({
			ok: true,
			value: { kind: 'invite', emails: ['a@x.org'] },
		});
		expect(parseAdminCommand(['create'], {})).toEqual({ ok: true, value: { kind: 'create' } });
	});

	test.each([
		['a@x.org', true],
		['@all', false],
		['<script>@x.org', false],
		['a@x', false],
		['a b@x.org', false],
	])('%s looks like an address: %s', (address, expected) => {
		expect(looksLikeAddress(address)).toBe(expected);
	});
});
