import type { FieldChange } from '../../lib/args';
import type { FieldRef, StandardField } from '../../lib/fields';
import {
	currentValue,
	isUnchanged,
	ownUpdateBody,
	planOwnUpdate,
	ProfileSnapshot,
	snapshotOf,
	snapshotOfReaderUser,
} from '../../lib/profile';

const std = (field: StandardField): FieldRef => ({ kind: 'standard', field });
const custom = (field: string): FieldRef => ({ kind: 'custom', field });
const change = (ref: FieldRef, value: string): FieldChange => ({ ref, value });

function snapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
	return {
		id: 'u1',
		name: 'Alice Liddell',
		username: 'alice',
		nickname: 'ali',
		bio: 'Down the rabbit hole',
		status: 'online',
		statusText: 'Curiouser',
		email: 'alice@example.com',
		emailVerified: true,
		customFields: { Department: 'Sales', Team: 'Red' },
		roles: ['user'],
		active: true,
		requirePasswordChange: false,
		...overrides,
	};
}

describe('snapshotOf', () => {
	test('reads a users.info / me user', () => {
		expect(
			snapshotOf({
				_id: 'u1',
				name: 'Alice',
				username: 'alice',
				nickname: 'ali',
				bio: 'Hi',
				status: 'away',
				statusText: 'Lunch',
				emails: [
					{ address: 'alice@example.com', verified: true },
					{ address: 'other@example.com', verified: false },
				],
				customFields: { Department: 'Sales', Level: 3, Empty: null, Missing: undefined },
				roles: ['user', 'admin'],
				active: true,
				requirePasswordChange: true,
			}),
		).toEqual({
			id: 'u1',
			name: 'Alice',
			username: 'alice',
			nickname: 'ali',
			bio: 'Hi',
			status: 'away',
			statusText: 'Lunch',
			email: 'alice@example.com',
			emailVerified: true,
			customFields: { Department: 'Sales', Level: '3', Empty: '', Missing: '' },
			roles: ['user', 'admin'],
			active: true,
			requirePasswordChange: true,
		});
	});

	test('an empty object gives empty defaults; active unless said otherwise', () => {
		expect(snapshotOf({})).toEqual({
			id: '',
			name: '',
			username: '',
			nickname: '',
			bio: '',
			status: '',
			statusText: '',
			email: '',
			emailVerified: false,
			customFields: {},
			roles: [],
			active: true,
			requirePasswordChange: false,
		});
	});

	test('only `active: false` means inactive', () => {
		expect(snapshotOf({ active: false }).active).toBe(false);
		expect(snapshotOf({ active: undefined }).active).toBe(true);
		expect(snapshotOf({ active: null }).active).toBe(true);
	});

	test('the first e-mail is the one shown; verified only when literally true', () => {
		expect(snapshotOf({ emails: [{ address: 'a@b.co', verified: false }] })).toMatchObject({
			email: 'a@b.co',
			emailVerified: false,
		});
		expect(snapshotOf({ emails: [{ address: 'a@b.co', verified: 'true' }] })).toMatchObject({
			emailVerified: false,
		});
		expect(snapshotOf({ emails: [{ address: 'a@b.co' }] })).toMatchObject({
			emailVerified: false,
		});
	});

	test('without `emails`, the top-level `email` of /me is used', () => {
		expect(snapshotOf({ email: 'me@example.com' })).toMatchObject({
			email: 'me@example.com',
			emailVerified: false,
		});
	});

	test('an empty `emails` array falls back to `email`', () => {
		expect(snapshotOf({ emails: [], email: 'me@example.com' }).email).toBe('me@example.com');
	});

	test('wrong types are read as empty', () => {
		expect(
			snapshotOf({
				_id: 5,
				name: null,
				username: ['x'],
				bio: { a: 1 },
				emails: 'a@b.co',
				roles: 'admin',
				customFields: 'x',
				requirePasswordChange: 'yes',
			}),
		).toMatchObject({
			id: '',
			name: '',
			username: '',
			bio: '',
			email: '',
			roles: [],
			customFields: {},
			requirePasswordChange: false,
		});
	});

	test('roles are stringified', () => {
		expect(snapshotOf({ roles: ['user', 1] }).roles).toEqual(['user', '1']);
	});
});

describe('currentValue', () => {
	const snap = snapshot({ emailVerified: false, requirePasswordChange: true });

	test.each([
		['name', 'Alice Liddell'],
		['username', 'alice'],
		['nickname', 'ali'],
		['bio', 'Down the rabbit hole'],
		['status', 'online'],
		['statusText', 'Curiouser'],
		['email', 'alice@example.com'],
		['verified', 'no'],
		['requirePasswordChange', 'yes'],
	] as const)('%s → %j', (field, value) => {
		expect(currentValue(snap, std(field))).toBe(value);
	});

	test('custom fields, missing ones empty', () => {
		expect(currentValue(snap, custom('Department'))).toBe('Sales');
		expect(currentValue(snap, custom('Ghost'))).toBe('');
	});
});

describe('isUnchanged', () => {
	const snap = snapshot();

	test('same text is unchanged, case matters', () => {
		expect(isUnchanged(snap, change(std('name'), 'Alice Liddell'))).toBe(true);
		expect(isUnchanged(snap, change(std('name'), 'alice liddell'))).toBe(false);
		expect(isUnchanged(snap, change(std('bio'), 'Down the rabbit hole'))).toBe(true);
		expect(isUnchanged(snap, change(std('bio'), ''))).toBe(false);
	});

	test('the e-mail compares case-insensitively and trimmed', () => {
		expect(isUnchanged(snap, change(std('email'), 'ALICE@example.com'))).toBe(true);
		expect(isUnchanged(snap, change(std('email'), ' alice@example.com '))).toBe(true);
		expect(isUnchanged(snap, change(std('email'), 'alice@example.org'))).toBe(false);
	});

	test('yes/no fields compare as booleans', () => {
		expect(isUnchanged(snap, change(std('verified'), 'yes'))).toBe(true);
		expect(isUnchanged(snap, change(std('verified'), 'TRUE'))).toBe(true);
		expect(isUnchanged(snap, change(std('verified'), 'no'))).toBe(false);
		expect(isUnchanged(snap, change(std('requirePasswordChange'), 'off'))).toBe(true);
		expect(isUnchanged(snap, change(std('requirePasswordChange'), 'y'))).toBe(false);
	});

	test('custom fields', () => {
		expect(isUnchanged(snap, change(custom('Department'), 'Sales'))).toBe(true);
		expect(isUnchanged(snap, change(custom('Department'), 'R&D'))).toBe(false);
		expect(isUnchanged(snap, change(custom('Ghost'), ''))).toBe(true);
	});

	test('empty stays empty', () => {
		expect(isUnchanged(snapshot({ nickname: '' }), change(std('nickname'), ''))).toBe(true);
	});
});

describe('planOwnUpdate', () => {
	test('maps fields to users.updateOwnBasicInfo data keys', () => {
		const plan = planOwnUpdate(snapshot(), [
			change(std('name'), 'Alice L.'),
			change(std('username'), 'alice2'),
			change(std('nickname'), 'al'),
			change(std('bio'), 'New bio'),
			change(std('status'), 'busy'),
			change(std('statusText'), 'Meeting'),
			change(std('email'), 'new@example.com'),
		]);
		expect(plan.data).toEqual({
			name: 'Alice L.',
			username: 'alice2',
			nickname: 'al',
			bio: 'New bio',
			statusType: 'busy',
			statusText: 'Meeting',
			email: 'new@example.com',
		});
		expect(plan.customFields).toBeUndefined();
		expect(plan.lines).toEqual([
			{ field: 'name', custom: false, old: 'Alice Liddell', new: 'Alice L.' },
			{ field: 'username', custom: false, old: 'alice', new: 'alice2' },
			{ field: 'nickname', custom: false, old: 'ali', new: 'al' },
			{ field: 'bio', custom: false, old: 'Down the rabbit hole', new: 'New bio' },
			{ field: 'status', custom: false, old: 'online', new: 'busy' },
			{ field: 'statusText', custom: false, old: 'Curiouser', new: 'Meeting' },
			{ field: 'email', custom: false, old: 'alice@example.com', new: 'new@example.com' },
		]);
	});

	test('only fields that really change are sent and reported', () => {
		const plan = planOwnUpdate(snapshot(), [
			change(std('name'), 'Alice Liddell'),
			change(std('bio'), 'Changed'),
			change(std('email'), 'ALICE@example.com'),
		]);
		expect(plan.data).toEqual({ bio: 'Changed' });
		expect(plan.lines).toEqual([
			{ field: 'bio', custom: false, old: 'Down the rabbit hole', new: 'Changed' },
		]);
	});

	test('nothing changes → empty plan', () => {
		const plan = planOwnUpdate(snapshot(), [change(std('status'), 'online')]);
		expect(plan).toEqual({ data: {}, customFields: undefined, lines: [] });
	});

	test('clearing the bio and the status text sends empty strings', () => {
		const plan = planOwnUpdate(snapshot(), [change(std('bio'), ''), change(std('statusText'), '')]);
		expect(plan.data).toEqual({ bio: '', statusText: '' });
		expect(plan.lines).toEqual([
			{ field: 'bio', custom: false, old: 'Down the rabbit hole', new: '' },
			{ field: 'statusText', custom: false, old: 'Curiouser', new: '' },
		]);
	});

	test('clearing the nickname sends a single space (7.x skips a falsy nickname), the line says empty', () => {
		const plan = planOwnUpdate(snapshot(), [change(std('nickname'), '')]);
		expect(plan.data).toEqual({ nickname: ' ' });
		expect(plan.lines).toEqual([{ field: 'nickname', custom: false, old: 'ali', new: '' }]);
	});

	test('custom fields go top-level with all current custom fields', () => {
		const plan = planOwnUpdate(snapshot(), [
			change(custom('Department'), 'R&D'),
			change(custom('Office'), 'Paris'),
			change(std('name'), 'Al'),
		]);
		expect(plan.data).toEqual({ name: 'Al' });
		expect(plan.customFields).toEqual({ Department: 'R&D', Team: 'Red', Office: 'Paris' });
		expect(plan.lines).toEqual([
			{ field: 'Department', custom: true, old: 'Sales', new: 'R&D' },
			{ field: 'Office', custom: true, old: '', new: 'Paris' },
			{ field: 'name', custom: false, old: 'Alice Liddell', new: 'Al' },
		]);
	});

	test('an unchanged custom field sends no customFields', () => {
		const plan = planOwnUpdate(snapshot(), [change(custom('Team'), 'Red')]);
		expect(plan.customFields).toBeUndefined();
	});

	test('admin-only fields are never put in users.updateOwnBasicInfo data', () => {
		const plan = planOwnUpdate(snapshot(), [
			change(std('verified'), 'no'),
			change(std('requirePasswordChange'), 'yes'),
		]);
		expect(plan.data).toEqual({});
		expect(plan.customFields).toBeUndefined();
	});

	test('does not mutate the snapshot', () => {
		const snap = snapshot();
		planOwnUpdate(snap, [change(custom('Department'), 'R&D')]);
		expect(snap.customFields).toEqual({ Department: 'Sales', Team: 'Red' });
	});
});

describe('ownUpdateBody', () => {
	test('data only', () => {
		expect(ownUpdateBody({ data: { bio: 'x' } })).toEqual({ data: { bio: 'x' } });
	});

	test('with custom fields', () => {
		expect(ownUpdateBody({ data: {}, customFields: { Department: 'R&D' } })).toEqual({
			data: {},
			customFields: { Department: 'R&D' },
		});
	});

	test('with the password proof inside data', () => {
		expect(ownUpdateBody({ data: { email: 'new@example.com' } }, 'abc123')).toEqual({
			data: { email: 'new@example.com', currentPassword: 'abc123' },
		});
	});

	test('an empty proof adds nothing', () => {
		expect(ownUpdateBody({ data: { email: 'a@b.co' } }, '')).toEqual({
			data: { email: 'a@b.co' },
		});
	});

	test('does not mutate the planned data', () => {
		const data = { email: 'a@b.co' };
		ownUpdateBody({ data }, 'abc');
		expect(data).toEqual({ email: 'a@b.co' });
	});
});

describe('snapshotOfReaderUser: the engine user read field by field, when used', () => {
	const readerUser = {
		id: 'u1',
		username: 'alice',
		name: 'Alice',
		emails: [{ address: 'alice@example.com', verified: true }],
		bio: 'hi',
		status: 'away',
		statusText: 'lunch',
		customFields: { team: 'Blue', floor: 3 },
		roles: ['user', 'admin'],
		isEnabled: true,
	};

	/** The user behind a Proxy that counts reads, as vm2 crossings would be. */
	function counted(user: Record<string, unknown>) {
		const reads: string[] = [];
		const proxy = new Proxy(user, {
			get(target, key) {
				reads.push(String(key));
				return Reflect.get(target, key);
			},
		});
		return { proxy, reads };
	}

	test('a copy holds every field, as snapshotOf reads the same user', () => {
		expect({ ...snapshotOfReaderUser(readerUser) }).toEqual({
			...snapshotOf({ ...readerUser, _id: readerUser.id, active: readerUser.isEnabled }),
			nicknameUnknown: true,
		});
		// JSON (as persistence stores a snapshot) holds the accessors' values too.
		expect(JSON.parse(JSON.stringify(snapshotOfReaderUser({ id: 'u2' })))).toEqual({
			...snapshotOf({ _id: 'u2' }),
			nicknameUnknown: true,
		});
	});

	test('only the fields used are read, each once; a field set is kept', () => {
		const { proxy, reads } = counted(readerUser);
		const snapshot = snapshotOfReaderUser(proxy as typeof readerUser);
		expect(reads).toEqual([]);
		expect(snapshot.name).toBe('Alice');
		expect(snapshot.name).toBe('Alice');
		expect(snapshot.email).toBe('alice@example.com');
		expect(snapshot.emailVerified).toBe(true);
		expect(reads).toEqual(['name', 'emails', 'emails']);
		snapshot.name = 'Bea';
		expect(snapshot.name).toBe('Bea');
		expect(
			planOwnUpdate(snapshotOfReaderUser(readerUser), [
				change({ kind: 'standard', field: 'name' }, 'Alice'),
			]).lines,
		).toEqual([]);
	});
});
