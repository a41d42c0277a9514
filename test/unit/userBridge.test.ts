import type { FieldChange } from '../../lib/args';
import type { StandardField } from '../../lib/fields';
import { snapshotOfReaderUser, withNickname } from '../../lib/profile';
import {
	bridgeRefusal,
	planBridgeUpdate,
	ProfileSwitches,
	splitChanges,
} from '../../lib/userBridge';

const change = (field: StandardField, value: string): FieldChange => ({
	ref: { kind: 'standard', field },
	value,
});
const custom = (field: string, value: string): FieldChange => ({
	ref: { kind: 'custom', field },
	value,
});

const reader = snapshotOfReaderUser({
	id: 'u1',
	username: 'bea',
	name: 'Bea Bio',
	emails: [{ address: 'bea@example.com', verified: true }],
	bio: 'I build rockets',
	status: 'online',
	statusText: 'Working',
	customFields: { team: 'red', level: 3 },
	roles: ['user'],
	isEnabled: true,
});

const allOn: ProfileSwitches = {
	profileChange: true,
	statusTextChange: true,
	invisibleStatus: true,
};

describe('snapshotOfReaderUser', () => {
	test('reads the engine IUser; the nickname is unknown until /me adds it', () => {
		expect(reader).toMatchObject({
			id: 'u1',
			username: 'bea',
			email: 'bea@example.com',
			emailVerified: true,
			bio: 'I build rockets',
			customFields: { team: 'red', level: '3' },
			active: true,
			nickname: '',
			nicknameUnknown: true,
		});
		const full = withNickname(reader, { nickname: 'Bee' });
		expect(full.nickname).toBe('Bee');
		expect(full.nicknameUnknown).toBeUndefined();
	});
});

describe('splitChanges', () => {
	test('status, status text and bio go to the bridge; everything else to REST, in typed order', () => {
		const changes = [
			change('name', 'B'),
			change('bio', 'x'),
			custom('team', 'blue'),
			change('status', 'away'),
			change('statusText', 'y'),
			change('nickname', 'n'),
		];
		const { bridge, rest } = splitChanges(changes);
		expect(bridge.map((c) => c.ref.field)).toEqual(['bio', 'status', 'statusText']);
		expect(rest.map((c) => c.ref.field)).toEqual(['name', 'team', 'nickname']);
	});
});

describe('planBridgeUpdate', () => {
	test('only what changes, trimmed as the server stores it', () => {
		const plan = planBridgeUpdate(reader, [
			change('bio', '  I build rockets  '),
			change('status', 'away'),
			change('statusText', ' Lunch '),
		]);
		expect(plan).toEqual({
			status: 'away',
			statusText: 'Lunch',
			lines: [
				{ field: 'status', custom: false, old: 'online', new: 'away' },
				{ field: 'statusText', custom: false, old: 'Working', new: 'Lunch' },
			],
		});
	});

	test('clearing', () => {
		expect(planBridgeUpdate(reader, [change('bio', '')]).bio).toBe('');
	});
});

describe('bridgeRefusal', () => {
	const plan = (...changes: FieldChange[]) => planBridgeUpdate(reader, changes);

	test('nothing to write is never refused', () => {
		expect(bridgeRefusal(plan(), { ...allOn, profileChange: false })).toBeUndefined();
	});

	test('Accounts_AllowUserProfileChange off refuses every field', () => {
		for (const c of [change('bio', 'x'), change('status', 'away'), change('statusText', 'x')]) {
			expect(bridgeRefusal(plan(c), { ...allOn, profileChange: false })).toEqual({
				key: 'error_not_allowed_profile',
			});
		}
	});

	test('Accounts_AllowUserStatusMessageChange off refuses the text, not the status alone', () => {
		const off = { ...allOn, statusTextChange: false };
		expect(bridgeRefusal(plan(change('statusText', 'x')), off)?.key).toBe(
			'error_not_allowed_status',
		);
		expect(bridgeRefusal(plan(change('status', 'away')), off)).toBeUndefined();
		expect(bridgeRefusal(plan(change('bio', 'x')), off)).toBeUndefined();
	});

	test('Accounts_AllowInvisibleStatusOption off refuses offline only', () => {
		const off = { ...allOn, invisibleStatus: false };
		expect(bridgeRefusal(plan(change('status', 'offline')), off)?.key).toBe(
			'error_invisible_disabled',
		);
		expect(bridgeRefusal(plan(change('status', 'busy')), off)).toBeUndefined();
	});

	test('lengths: bio 260, status text 120', () => {
		expect(bridgeRefusal(plan(change('bio', 'b'.repeat(260))), allOn)).toBeUndefined();
		expect(bridgeRefusal(plan(change('bio', 'b'.repeat(261))), allOn)).toMatchObject({
			key: 'error_too_long',
			params: { field: 'bio', max: 260, length: 261 },
		});
		expect(bridgeRefusal(plan(change('statusText', 't'.repeat(121))), allOn)).toMatchObject({
			key: 'error_too_long',
			params: { field: 'statusText', max: 120 },
		});
	});
});
