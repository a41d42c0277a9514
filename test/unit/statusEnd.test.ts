import {
	describeEnd,
	formatZone,
	MAX_STATUS_DAYS,
	parseDuration,
	parseTimeOfDay,
	resolveStatusEnd,
	splitStatusEnd,
	StatusEndSpec,
} from '../../lib/statusEnd';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** 2026-12-02 14:30 UTC. */
const NOW = Date.UTC(2026, 11, 2, 14, 30);

const words = (line: string) => line.split(' ');

describe('splitStatusEnd', () => {
	test.each([
		['In a meeting for 1h', 'In a meeting', HOUR],
		['In a meeting for 30m', 'In a meeting', 30 * MIN],
		['Lunch for 1h30', 'Lunch', 90 * MIN],
		['Lunch for 1h 30min', 'Lunch', 90 * MIN],
		['Off for 2 days', 'Off', 2 * 24 * HOUR],
		['Reunião por 45 minutos', 'Reunião', 45 * MIN],
		['Besprechung für 2 Stunden', 'Besprechung', 2 * HOUR],
		['Besprechung FUR 1,5 h', 'Besprechung', 90 * MIN],
		['Reunión durante 1 hora', 'Reunión', HOUR],
		['for 1h', '', HOUR],
	])('%s → text %j, %d ms', (line, text, ms) => {
		const split = splitStatusEnd(words(line));
		expect(split).toEqual({
			ok: true,
			words: text ? words(text) : [],
			end: { kind: 'for', ms, typed: expect.any(String) },
		});
	});

	test.each([
		['until 17:00', 17, 0, false],
		['till 5pm', 17, 0, false],
		['until 5:30 pm', 17, 30, false],
		['bis 17 Uhr', 17, 0, false],
		['bis 17.30 Uhr', 17, 30, false],
		['até 17h', 17, 0, false],
		['até 17h30', 17, 30, false],
		['hasta mañana 9:00', 9, 0, true],
		['until tomorrow 9am', 9, 0, true],
		['bis morgen 8', 8, 0, true],
		['até amanhã 9h', 9, 0, true],
	])('%s → %d:%d tomorrow=%s', (line, hour, minute, tomorrow) => {
		const split = splitStatusEnd(['Away', ...words(line)]);
		expect(split).toMatchObject({
			ok: true,
			words: ['Away'],
			end: { kind: 'until', hour, minute, tomorrow },
		});
	});

	test.each(['Working for the team', 'Waiting until later', 'Out for lunch', 'for'])(
		'%j is plain text',
		(line) => {
			expect(splitStatusEnd(words(line))).toEqual({ ok: true, words: words(line) });
		},
	);

	test('a quoted tail is text, not an end', () => {
		expect(splitStatusEnd(['“Back', 'for', '2h”'])).toEqual({
			ok: true,
			words: ['“Back', 'for', '2h”'],
		});
	});

	test.each([
		['Meeting for 90 minuets', 'error_status_duration'],
		['Meeting for 90', 'error_status_duration'],
		['Meeting for 1h and a bit', 'error_status_duration'],
		['Meeting until 25:00', 'error_status_time'],
		['Meeting until 17:75', 'error_status_time'],
		['Meeting until 13pm', 'error_status_time'],
		['Meeting until tomorrow', 'error_status_time'],
	])('%s → %s', (line, key) => {
		const split = splitStatusEnd(words(line));
		expect(split.ok).toBe(false);
		expect(!split.ok && split.error.key).toBe(key);
	});

	test('attack-style input: long digit runs and control characters are refused, not thrown', () => {
		for (const tail of ['9'.repeat(400) + 'h', '1h\u0000', '1e309h', '١h']) {
			const split = splitStatusEnd(['x', 'for', tail]);
			expect(split.ok === false || split.end === undefined || split.end.kind === 'for').toBe(true);
		}
		expect(parseDuration(['9'.repeat(400) + 'h'])?.ms).toBe(Infinity);
	});
});

describe('parseDuration / parseTimeOfDay', () => {
	test('units in four languages', () => {
		expect(parseDuration(['3', 'Tage'])?.ms).toBe(3 * 24 * HOUR);
		expect(parseDuration(['2', 'semanas'])?.ms).toBe(14 * 24 * HOUR);
		expect(parseDuration(['1', 'día'])?.ms).toBe(24 * HOUR);
		expect(parseDuration(['0m'])).toBeUndefined();
	});
	test('12 am is midnight, 12 pm noon', () => {
		expect(parseTimeOfDay(['12am'])).toMatchObject({ hour: 0 });
		expect(parseTimeOfDay(['12pm'])).toMatchObject({ hour: 12 });
		expect(parseTimeOfDay(['0pm'])).toBeUndefined();
	});
});

describe('resolveStatusEnd', () => {
	const until = (hour: number, minute = 0, tomorrow = false): StatusEndSpec => ({
		kind: 'until',
		hour,
		minute,
		tomorrow,
		typed: `${hour}:${minute}`,
	});

	test('a duration adds to now', () => {
		expect(resolveStatusEnd({ kind: 'for', ms: HOUR, typed: '1h' }, NOW, 0)).toEqual({
			ok: true,
			endsAt: NOW + HOUR,
		});
	});

	test('until a time today, in the user’s zone (utcOffset in hours)', () => {
		// 14:30 UTC is 16:30 at UTC+2: 17:00 there is 15:00 UTC.
		expect(resolveStatusEnd(until(17), NOW, 2)).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 2, 15, 0),
		});
		// 14:30 UTC is 11:30 at UTC-3: 17:00 there is 20:00 UTC.
		expect(resolveStatusEnd(until(17), NOW, -3)).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 2, 20, 0),
		});
		// UTC+5:30: 14:30 UTC is 20:00 there; 21:15 there is 15:45 UTC.
		expect(resolveStatusEnd(until(21, 15), NOW, 5.5)).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 2, 15, 45),
		});
	});

	test('the user’s day, not the server’s: 01:00 at UTC+13 is tomorrow in UTC', () => {
		// 14:30 UTC is 03:30 on 3 December at UTC+13; 09:00 there is 20:00 UTC on 2 December.
		expect(resolveStatusEnd(until(9), NOW, 13)).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 2, 20, 0),
		});
	});

	test('a time already past today is refused with what to type', () => {
		const result = resolveStatusEnd(until(9), NOW, 0);
		expect(result).toEqual({
			ok: false,
			error: {
				key: 'error_status_time_past',
				params: { time: { text: '09:00' }, now: { text: '14:30' }, zone: { text: 'UTC' } },
			},
		});
		expect(resolveStatusEnd(until(9, 0, true), NOW, 0)).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 3, 9, 0),
		});
	});

	test('under a minute or over the maximum is refused', () => {
		expect(resolveStatusEnd({ kind: 'for', ms: 30_000, typed: '0.5m' }, NOW, 0)).toMatchObject({
			ok: false,
			error: { key: 'error_status_duration' },
		});
		expect(
			resolveStatusEnd(
				{ kind: 'for', ms: (MAX_STATUS_DAYS + 1) * 24 * HOUR, typed: '31d' },
				NOW,
				0,
			),
		).toMatchObject({ ok: false, error: { key: 'error_status_too_long' } });
		expect(resolveStatusEnd({ kind: 'for', ms: Infinity, typed: '9…h' }, NOW, 0)).toMatchObject({
			ok: false,
			error: { key: 'error_status_too_long' },
		});
	});

	test('a nonsense utcOffset counts as UTC', () => {
		expect(resolveStatusEnd(until(17), NOW, 'x')).toEqual({
			ok: true,
			endsAt: Date.UTC(2026, 11, 2, 17, 0),
		});
		expect(formatZone(99)).toBe('UTC');
	});
});

describe('describeEnd', () => {
	test('today, tomorrow or a date, in the user’s zone', () => {
		expect(describeEnd(NOW + HOUR, NOW, 2)).toEqual({
			time: '17:30',
			zone: 'UTC+2',
			daysAhead: 0,
			date: '2026-12-02',
		});
		expect(describeEnd(NOW + 12 * HOUR, NOW, -3)).toMatchObject({ time: '23:30', daysAhead: 0 });
		expect(describeEnd(NOW + 12 * HOUR, NOW, 0)).toMatchObject({ time: '02:30', daysAhead: 1 });
		expect(describeEnd(NOW + 3 * 24 * HOUR, NOW, 5.5)).toMatchObject({
			zone: 'UTC+5:30',
			daysAhead: 3,
			date: '2026-12-05',
		});
	});
});
