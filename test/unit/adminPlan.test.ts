import {
	AdminUpdate,
	hiddenCustomFields,
	hiddenFieldsRefusal,
	isActiveStepRefusal,
	planActiveUpdate,
	planAdminFieldUpdate,
	planPasswordUpdate,
	planRolesUpdate,
	planVerifyUpdate,
	preservedFields,
} from '../../lib/adminPlan';
import type { FieldChange } from '../../lib/args';
import type { FieldRef, StandardField } from '../../lib/fields';
import type { ProfileSnapshot } from '../../lib/profile';

const std = (field: StandardField): FieldRef => ({ kind: 'standard', field });
const custom = (field: string): FieldRef => ({ kind: 'custom', field });
const change = (ref: FieldRef, value: string): FieldChange => ({ ref, value });

function snapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
	return {
		id: 'bob-id',
		name: 'Bob Builder',
		username: 'bob',
		nickname: 'bobby',
		bio: 'Can we fix it?',
		status: 'online',
		statusText: 'Building',
		email: 'bob@example.com',
		emailVerified: false,
		customFields: { Department: 'Sales' },
		roles: ['user'],
		active: true,
		requirePasswordChange: false,
		...overrides,
	};
}

/** users.update erases bio and nickname when absent (docs/server-rules.md#usersupdate): every plan carries them back. */
function expectPreserved(update: AdminUpdate, snap: ProfileSnapshot) {
	expect(update.data).toHaveProperty('bio');
	expect(update.data).toHaveProperty('nickname');
	expect(typeof update.data.bio).toBe('string');
	expect(typeof update.data.nickname).toBe('string');
	expect(update.userId).toBe(snap.id);
}

describe('preservedFields', () => {
	test('bio and nickname, as they are', () => {
		expect(preservedFields(snapshot())).toEqual({ bio: 'Can we fix it?', nickname: 'bobby' });
		expect(preservedFields(snapshot({ bio: '', nickname: '' }))).toEqual({ bio: '', nickname: '' });
	});
});

describe('planAdminFieldUpdate', () => {
	test('a name change still carries bio and nickname back', () => {
		const snap = snapshot();
		const update = planAdminFieldUpdate(snap, [change(std('name'), 'Robert')]);
		expect(update).toEqual({
			userId: 'bob-id',
			data: { bio: 'Can we fix it?', nickname: 'bobby', name: 'Robert' },
			lines: [{ field: 'name', custom: false, old: 'Bob Builder', new: 'Robert' }],
		});
		expectPreserved(update, snap);
	});

	test('changing bio or nickname overrides the preserved value', () => {
		const update = planAdminFieldUpdate(snapshot(), [
			change(std('bio'), 'New bio'),
			change(std('nickname'), ''),
		]);
		expect(update.data).toEqual({ bio: 'New bio', nickname: '' });
		expect(update.lines).toEqual([
			{ field: 'bio', custom: false, old: 'Can we fix it?', new: 'New bio' },
			{ field: 'nickname', custom: false, old: 'bobby', new: '' },
		]);
	});

	test('every admin field maps to its users.update key', () => {
		const update = planAdminFieldUpdate(snapshot(), [
			change(std('name'), 'Robert'),
			change(std('username'), 'rob'),
			change(std('statusText'), 'Away'),
			change(std('email'), 'rob@example.com'),
			change(std('verified'), 'yes'),
			change(std('requirePasswordChange'), 'true'),
		]);
		expect(update.data).toEqual({
			bio: 'Can we fix it?',
			nickname: 'bobby',
			name: 'Robert',
			username: 'rob',
			statusText: 'Away',
			email: 'rob@example.com',
			verified: true,
			requirePasswordChange: true,
		});
	});

	test('yes/no values become booleans and read yes/no in the lines', () => {
		const snap = snapshot({ emailVerified: true, requirePasswordChange: true });
		const update = planAdminFieldUpdate(snap, [
			change(std('verified'), 'off'),
			change(std('requirePasswordChange'), 'N'),
		]);
		expect(update.data).toMatchObject({ verified: false, requirePasswordChange: false });
		expect(update.lines).toEqual([
			{ field: 'verified', custom: false, old: 'yes', new: 'no' },
			{ field: 'requirePasswordChange', custom: false, old: 'yes', new: 'no' },
		]);
	});

	test('unchanged fields are left out, bio and nickname still carried', () => {
		const snap = snapshot();
		const update = planAdminFieldUpdate(snap, [
			change(std('name'), 'Bob Builder'),
			change(std('email'), 'BOB@example.com'),
			change(std('verified'), 'no'),
		]);
		expect(update).toEqual({
			userId: 'bob-id',
			data: { bio: 'Can we fix it?', nickname: 'bobby' },
			lines: [],
		});
	});

	test('custom fields: all current custom fields plus the change', () => {
		const update = planAdminFieldUpdate(snapshot(), [
			change(custom('Department'), 'R&D'),
			change(custom('Office'), 'Paris'),
		]);
		expect(update.data).toEqual({
			bio: 'Can we fix it?',
			nickname: 'bobby',
			customFields: { Department: 'R&D', Office: 'Paris' },
		});
		expect(update.lines).toEqual([
			{ field: 'Department', custom: true, old: 'Sales', new: 'R&D' },
			{ field: 'Office', custom: true, old: '', new: 'Paris' },
		]);
	});

	test('no customFields key when no custom field changes', () => {
		expect(
			planAdminFieldUpdate(snapshot(), [change(custom('Department'), 'Sales')]).data,
		).not.toHaveProperty('customFields');
	});

	test('status is not a users.update field and is never sent', () => {
		const update = planAdminFieldUpdate(snapshot(), [change(std('status'), 'away')]);
		expect(update.data).toEqual({ bio: 'Can we fix it?', nickname: 'bobby' });
	});

	test('empty bio and nickname on the user are carried back as empty strings', () => {
		const snap = snapshot({ bio: '', nickname: '' });
		const update = planAdminFieldUpdate(snap, [change(std('name'), 'X')]);
		expect(update.data).toEqual({ bio: '', nickname: '', name: 'X' });
	});
});

describe('planActiveUpdate', () => {
	test.each([
		[true, false, 'yes', 'no'],
		[false, true, 'no', 'yes'],
	])('active %s → %s', (from, to, oldWord, newWord) => {
		const snap = snapshot({ active: from });
		const update = planActiveUpdate(snap, to);
		expect(update).toEqual({
			userId: 'bob-id',
			data: { bio: 'Can we fix it?', nickname: 'bobby', active: to },
			lines: [{ field: 'active', custom: false, old: oldWord, new: newWord }],
		});
		expectPreserved(update, snap);
	});
});

describe('planRolesUpdate', () => {
	test('sends the full role list and carries bio and nickname', () => {
		const snap = snapshot({ roles: ['user', 'bot'] });
		const update = planRolesUpdate(snap, ['user', 'moderator']);
		expect(update).toEqual({
			userId: 'bob-id',
			data: { bio: 'Can we fix it?', nickname: 'bobby', roles: ['user', 'moderator'] },
			lines: [{ field: 'roles', custom: false, old: 'user, bot', new: 'user, moderator' }],
		});
		expectPreserved(update, snap);
	});

	test('from no roles', () => {
		expect(planRolesUpdate(snapshot({ roles: [] }), ['user']).lines).toEqual([
			{ field: 'roles', custom: false, old: '', new: 'user' },
		]);
	});
});

describe('planVerifyUpdate', () => {
	test('sets verified and carries bio and nickname', () => {
		const snap = snapshot();
		const update = planVerifyUpdate(snap);
		expect(update).toEqual({
			userId: 'bob-id',
			data: { bio: 'Can we fix it?', nickname: 'bobby', verified: true },
			lines: [{ field: 'verified', custom: false, old: 'no', new: 'yes' }],
		});
		expectPreserved(update, snap);
	});

	test('already verified reads yes → yes', () => {
		expect(planVerifyUpdate(snapshot({ emailVerified: true })).lines[0]).toMatchObject({
			old: 'yes',
			new: 'yes',
		});
	});
});

describe('planPasswordUpdate', () => {
	test('a typed password travels in data only, never in the lines', () => {
		const snap = snapshot();
		const update = planPasswordUpdate(snap, {
			password: 'N3w-Secret!',
			random: false,
			requireChange: true,
			welcomeEmail: false,
		});
		expect(update).toEqual({
			userId: 'bob-id',
			data: {
				bio: 'Can we fix it?',
				nickname: 'bobby',
				requirePasswordChange: true,
				password: 'N3w-Secret!',
			},
			lines: [],
		});
		expect(JSON.stringify(update.lines)).not.toContain('N3w-Secret!');
		expectPreserved(update, snap);
	});

	test('a random password sends setRandomPassword and no password', () => {
		const update = planPasswordUpdate(snapshot(), {
			password: 'ignored',
			random: true,
			requireChange: false,
			welcomeEmail: true,
		});
		expect(update.data).toEqual({
			bio: 'Can we fix it?',
			nickname: 'bobby',
			requirePasswordChange: false,
			setRandomPassword: true,
			sendWelcomeEmail: true,
		});
		expect(update.data).not.toHaveProperty('password');
		expect(update.lines).toEqual([]);
	});

	test('no welcome e-mail key unless asked', () => {
		expect(
			planPasswordUpdate(snapshot(), {
				password: 'x',
				random: false,
				requireChange: false,
				welcomeEmail: false,
			}).data,
		).not.toHaveProperty('sendWelcomeEmail');
	});
});

describe('isActiveStepRefusal (refused after the rest was saved)', () => {
	test.each([
		['error-not-allowed', { method: 'setUserActiveStatus' }, true],
		['error-not-allowed', { method: 'saveUserProfile' }, false],
		['error-not-allowed', undefined, false],
		['error-not-allowed', null, false],
		['error-action-not-allowed', { method: 'setUserActiveStatus' }, false],
		[undefined, { method: 'setUserActiveStatus' }, false],
	])('%s with %j → %s', (errorType, details, expected) => {
		expect(isActiveStepRefusal(errorType, details)).toBe(expected);
	});
});

describe('custom fields users.info hid (saved as a whole set, so they would be erased)', () => {
	const definitions = {
		Department: { type: 'text', public: true },
		Salary: { type: 'text' },
	};

	test('with canViewAllInfo nothing is hidden; without it, every non-public field', () => {
		expect(hiddenCustomFields(snapshot({ canViewAllInfo: true }), definitions)).toEqual([]);
		expect(hiddenCustomFields(snapshot({ canViewAllInfo: false }), definitions)).toEqual([
			'Salary',
		]);
		expect(hiddenCustomFields(snapshot(), definitions)).toEqual(['Salary']);
	});

	test('a custom-field change is refused when fields were hidden; other changes are not', () => {
		const hidden = snapshot({ canViewAllInfo: false });
		const customChange = planAdminFieldUpdate(hidden, [change(custom('Department'), 'Ops')]);
		expect(hiddenFieldsRefusal(hidden, customChange, definitions)).toEqual({
			key: 'admin_custom_fields_hidden',
			params: { username: 'bob', fields: 'Salary' },
		});
		const nameChange = planAdminFieldUpdate(hidden, [change(std('name'), 'Robert')]);
		expect(hiddenFieldsRefusal(hidden, nameChange, definitions)).toBeUndefined();
		const full = snapshot({ canViewAllInfo: true });
		expect(
			hiddenFieldsRefusal(
				full,
				planAdminFieldUpdate(full, [change(custom('Department'), 'Ops')]),
				definitions,
			),
		).toBeUndefined();
	});
});
