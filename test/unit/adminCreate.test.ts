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
	customFields: {},
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

describe('planCreate: custom fields (users.create checks them only when sent, then every one)', () => {
	const DEFINITIONS = {
		team: { type: 'select', options: ['red', 'blue'] },
		badge: { type: 'text', maxLength: 5 },
		floor: { type: 'text', minLength: 2 },
	};

	test('none sent while every field is empty and none is required', () => {
		const plan = planCreate({ ...FORM, customFields: { team: '', badge: ' ' } }, DEFINITIONS);
		expect(plan.ok && plan.body.customFields).toBeUndefined();
	});

	test('one typed: every defined field is sent, trimmed', () => {
		const plan = planCreate(
			{ ...FORM, customFields: { team: 'red', badge: ' ok ', floor: '' } },
			DEFINITIONS,
		);
		expect(plan.ok && plan.body.customFields).toEqual({ team: 'red', badge: 'ok', floor: '' });
	});

	test.each([
		[
			{ badge: 'ok' },
			'team',
			{ key: 'error_custom_option', params: { field: 'team', options: 'red, blue' } },
		],
		[
			{ team: 'green' },
			'team',
			{ key: 'error_custom_option', params: { field: 'team', options: 'red, blue' } },
		],
		[
			{ team: 'red', badge: 'toolong' },
			'badge',
			{ key: 'error_too_long', params: { field: 'badge', max: 5, length: 7 } },
		],
		[
			{ team: 'red', floor: '1' },
			'floor',
			{ key: 'error_custom_too_short', params: { field: 'floor', min: 2 } },
		],
	])('%j is answered under the field %s, as the server would refuse it', (typed, name, error) => {
		expect(planCreate({ ...FORM, customFields: typed }, DEFINITIONS)).toEqual({
			ok: false,
			field: `custom-field:${name}`,
			error,
		});
	});

	test('a required field left empty is asked for even when nothing else is typed', () => {
		expect(
			planCreate({ ...FORM, customFields: {} }, { team: { type: 'text', required: true } }),
		).toEqual({
			ok: false,
			field: 'custom-field:team',
			error: { key: 'error_custom_required', params: { field: 'team' } },
		});
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
		[
			{
				error: 'Value for field team is invalid [error-user-registration-custom-field]',
				errorType: 'error-user-registration-custom-field',
			},
			'custom-field:team',
		],
		[
			{
				error: 'Max length of field badge 5 [error-user-registration-custom-field]',
				errorType: 'error-user-registration-custom-field',
			},
			'custom-field:badge',
		],
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
