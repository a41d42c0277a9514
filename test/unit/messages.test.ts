import { MessageKey, translate } from '../../lib/i18n';
import { en } from '../../lib/locales/en';
import {
	aboutQueuedChange,
	fieldName,
	formatChanges,
	formatProfile,
	Translator,
} from '../../lib/messages';
import type { ProfileSnapshot } from '../../lib/profile';

const t: Translator = (key, params) => translate('en', key, params);

function snapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
	return {
		id: 'u1',
		name: 'Alice Liddell',
		username: 'alice',
		nickname: 'ali',
		bio: 'Down the rabbit hole',
		status: 'away',
		statusText: 'Curiouser',
		email: 'alice@example.com',
		emailVerified: true,
		customFields: {},
		roles: ['user', 'moderator'],
		active: true,
		requirePasswordChange: false,
		...overrides,
	};
}

describe('fieldName', () => {
	test.each([
		['name', 'name'],
		['username', 'username'],
		['nickname', 'nickname'],
		['bio', 'bio'],
		['status', 'status'],
		['statusText', 'status text'],
		['email', 'e-mail'],
		['verified', 'e-mail verified'],
		['requirePasswordChange', 'must change password'],
		['password', 'password'],
		['active', 'active'],
		['roles', 'roles'],
	])('standard %s reads %j', (field, shown) => {
		expect(fieldName(t, field, false)).toBe(shown);
	});

	test('every field a change line can name has a translation', () => {
		for (const field of [
			'name',
			'username',
			'nickname',
			'bio',
			'status',
			'statusText',
			'email',
			'verified',
			'requirePasswordChange',
			'password',
			'active',
			'roles',
		]) {
			expect(Object.keys(en)).toContain(`field_${field}`);
		}
	});

	test('custom fields keep their own name', () => {
		expect(fieldName(t, 'Department', true)).toBe('Department');
	});

	test('the translator is asked for field_<name>', () => {
		const calls: MessageKey[] = [];
		const spy: Translator = (key) => {
			calls.push(key);
			return 'x';
		};
		fieldName(spy, 'bio', false);
		fieldName(spy, 'Department', true);
		expect(calls).toEqual(['field_bio']);
	});
});

describe('formatChanges', () => {
	test('title, then one line per change, old → new', () => {
		expect(
			formatChanges(t, 'Profile updated:', [
				{ field: 'bio', custom: false, old: 'Old', new: 'New' },
				{ field: 'statusText', custom: false, old: '', new: 'Lunch' },
				{ field: 'nickname', custom: false, old: 'ali', new: '' },
				{ field: 'Department', custom: true, old: 'Sales', new: 'R&D' },
			]),
		).toBe(
			[
				'Profile updated:',
				'• bio: “Old” → “New”',
				'• status text: (empty) → “Lunch”',
				'• nickname: “ali” → (empty)',
				'• Department: “Sales” → “R&D”',
			].join('\n'),
		);
	});

	test('no lines, only the title', () => {
		expect(formatChanges(t, 'Updated @bob:', [])).toBe('Updated @bob:');
	});

	test('values are shown verbatim (blanks count as a value)', () => {
		expect(formatChanges(t, 'T', [{ field: 'name', custom: false, old: ' ', new: 'A {b}' }])).toBe(
			'T\n• name: “ ” → `A {b}`',
		);
	});
});

describe('formatProfile', () => {
	test('own profile', () => {
		expect(formatProfile(t, snapshot(), false)).toBe(
			[
				'*Your profile*',
				'Name: Alice Liddell',
				'Username: @alice',
				'Nickname: ali',
				'E-mail: `alice@example.com` (verified)',
				'Bio: Down the rabbit hole',
				'Status: away',
				'Status text: Curiouser',
			].join('\n'),
		);
	});

	test('empty fields read (empty); no e-mail reads (none); unverified', () => {
		const text = formatProfile(
			t,
			snapshot({ name: '', nickname: '', bio: '', status: '', statusText: '', email: '' }),
			false,
		);
		expect(text.split('\n')).toEqual([
			'*Your profile*',
			'Name: (empty)',
			'Username: @alice',
			'Nickname: (empty)',
			'E-mail: (none)',
			'Bio: (empty)',
			'Status: (empty)',
			'Status text: (empty)',
		]);
		expect(formatProfile(t, snapshot({ emailVerified: false }), false)).toContain(
			'E-mail: `alice@example.com` (not verified)',
		);
	});

	test('custom fields, empty ones read (empty)', () => {
		const lines = formatProfile(
			t,
			snapshot({ customFields: { Department: 'Sales', Office: '' } }),
			false,
		).split('\n');
		expect(lines.slice(-2)).toEqual(['Department: Sales', 'Office: (empty)']);
	});

	test('admin view adds roles, active state and password-change flag', () => {
		expect(formatProfile(t, snapshot(), true).split('\n')).toEqual([
			'*Profile of* @alice',
			'Name: Alice Liddell',
			'Username: @alice',
			'Nickname: ali',
			'E-mail: `alice@example.com` (verified)',
			'Bio: Down the rabbit hole',
			'Status: away',
			'Status text: Curiouser',
			'Roles: user, moderator',
			'Active: yes',
			'Must change password at next login: no',
		]);
	});

	test('admin view of a deactivated user without roles', () => {
		const lines = formatProfile(
			t,
			snapshot({ roles: [], active: false, requirePasswordChange: true }),
			true,
		).split('\n');
		expect(lines.slice(-3)).toEqual([
			'Roles: (empty)',
			'Active: no',
			'Must change password at next login: yes',
		]);
	});

	test('the own view never shows admin-only lines', () => {
		const text = formatProfile(t, snapshot(), false);
		expect(text).not.toContain('Roles:');
		expect(text).not.toContain('Active:');
	});
});

describe('aboutQueuedChange', () => {
	it('frames a refusal heard long after the command as about the queued change', () => {
		expect(aboutQueuedChange(t, '“all” cannot be used as a username.')).toBe(
			'Your queued change could not be applied: “all” cannot be used as a username.',
		);
	});

	it('keeps receipts and the queue’s own replies as they are', () => {
		for (const text of [
			t('queued_applied'),
			`${t('changed_title')}\n• Nickname: “a” → “b”`,
			t('changed_title_other', { username: 'bea' }),
			t('queued_dropped_unlinked'),
		]) {
			expect(aboutQueuedChange(t, text)).toBe(text);
		}
	});

	it('frames in the user’s language', () => {
		const de: Translator = (key, params) => translate('de', key, params);
		expect(aboutQueuedChange(de, 'Nein.')).toMatch(
			/^Deine Änderung aus der Warteschlange konnte nicht/,
		);
	});
});
