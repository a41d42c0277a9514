import { customStatusChanges, customStatusesOf, findCustomStatus } from '../../lib/customStatus';
import { previousFor, stillAsSet, StatusRestore } from '../../lib/statusRestore';

const statuses = customStatusesOf({
	statuses: [
		{ _id: '1', name: 'On holiday', statusType: 'away' },
		{ _id: '2', name: 'Working remotely', statusType: '' },
		{ _id: '3', name: 'Café', statusType: 'busy' },
		{ _id: '4', statusType: 'busy' },
		'junk',
	],
});

describe('custom statuses', () => {
	test('entries without a name are skipped', () => {
		expect(statuses.map((status) => status.name)).toEqual([
			'On holiday',
			'Working remotely',
			'Café',
		]);
		expect(customStatusesOf({})).toEqual([]);
	});

	test('chosen by name without case, accents or doubled spaces', () => {
		expect(findCustomStatus('on  HOLIDAY', statuses)).toEqual({ found: statuses[0] });
		expect(findCustomStatus('cafe', statuses)).toEqual({ found: statuses[2] });
		expect(findCustomStatus('On holidya', statuses)).toEqual({ suggestion: 'On holiday' });
		expect(findCustomStatus('Lunch', statuses)).toEqual({ suggestion: undefined });
	});

	test('its status type becomes the status and its name the text (Rocket.Chat’s status menu)', () => {
		expect(customStatusChanges(statuses[0])).toEqual([
			{ ref: { kind: 'standard', field: 'status' }, value: 'away' },
			{ ref: { kind: 'standard', field: 'statusText' }, value: 'On holiday' },
		]);
		expect(customStatusChanges(statuses[1])).toEqual([
			{ ref: { kind: 'standard', field: 'statusText' }, value: 'Working remotely' },
		]);
	});
});

describe('status restore decisions', () => {
	const record: StatusRestore = {
		userId: 'u1',
		roomId: 'r1',
		token: 't',
		previous: { status: 'online', statusText: 'Hi' },
		set: { status: 'busy', statusText: 'In a meeting' },
		endsAt: '2026-12-02T15:00:00.000Z',
	};

	test('still as the app set it, or changed meanwhile', () => {
		expect(stillAsSet(record.set, { status: 'busy', statusText: 'In a meeting' })).toBe(true);
		expect(stillAsSet(record.set, { status: 'away', statusText: 'In a meeting' })).toBe(false);
		expect(stillAsSet(record.set, { status: 'busy', statusText: 'Other' })).toBe(false);
	});

	test('a user with no client connected reads offline: only the text is compared then', () => {
		const away = { status: 'offline', statusText: 'In a meeting', statusConnection: 'offline' };
		expect(stillAsSet(record.set, away)).toBe(true);
		expect(stillAsSet(record.set, { ...away, statusConnection: 'online' })).toBe(false);
	});

	test('a timed status over a timed status keeps what was there before the first', () => {
		expect(previousFor(record, { status: 'busy', statusText: 'In a meeting' })).toEqual(
			record.previous,
		);
		expect(previousFor(record, { status: 'away', statusText: 'Lunch' })).toEqual({
			status: 'away',
			statusText: 'Lunch',
		});
		expect(previousFor(undefined, {})).toEqual({ status: 'online', statusText: '' });
	});
});
