import {
	budgetAfterAnswer,
	decideSend,
	mayLookAgain,
	expectedWaitMs,
	bypassesRateLimit,
	PROBE_WAIT_MS,
	readRateLimitHeaders,
	RouteBudget,
	waitWords,
} from '../../lib/budget';

const ROUTE = 'users.updateOwnBasicInfo';
const NOW = 1_000_000;

function limited(remaining: number, resetAt = NOW + 30_000, limit = 10): RouteBudget {
	return { kind: 'limited', route: ROUTE, limit, remaining, resetAt };
}

describe('readRateLimitHeaders', () => {
	test('reads the three headers whatever their case (epoch ms reset)', () => {
		expect(
			readRateLimitHeaders({
				'x-ratelimit-limit': '10',
				'X-RateLimit-Remaining': '9',
				'x-ratelimit-reset': String(NOW + 60_000),
			}),
		).toEqual({ limit: 10, remaining: 9, resetAt: NOW + 60_000 });
	});

	test('no budget without all three, or with garbage', () => {
		expect(readRateLimitHeaders({})).toBeUndefined();
		expect(readRateLimitHeaders({ 'x-ratelimit-limit': '10' })).toBeUndefined();
		expect(
			readRateLimitHeaders({
				'x-ratelimit-limit': 'ten',
				'x-ratelimit-remaining': '1',
				'x-ratelimit-reset': '5',
			}),
		).toBeUndefined();
	});
});

describe('budgetAfterAnswer', () => {
	const answer = (remaining: number, resetAt: number, status = 200) => ({
		status,
		bypass: false,
		headers: { limit: 10, remaining, resetAt },
	});

	test('the first answer sets the budget', () => {
		expect(budgetAfterAnswer(undefined, ROUTE, answer(9, NOW + 60_000), NOW)).toEqual(
			limited(9, NOW + 60_000),
		);
	});

	test('answers of one window keep the lowest remaining count, whatever their order', () => {
		const stored = limited(4, NOW + 60_000);
		expect(budgetAfterAnswer(stored, ROUTE, answer(6, NOW + 60_000), NOW)).toEqual(stored);
		expect(budgetAfterAnswer(stored, ROUTE, answer(3, NOW + 60_001), NOW)).toMatchObject({
			remaining: 3,
		});
	});

	test('a later window replaces the stored one; an earlier one is ignored', () => {
		const stored = limited(0, NOW + 60_000);
		expect(budgetAfterAnswer(stored, ROUTE, answer(9, NOW + 125_000), NOW)).toEqual(
			limited(9, NOW + 125_000),
		);
		expect(budgetAfterAnswer(stored, ROUTE, answer(9, NOW - 10_000), NOW)).toBe(stored);
	});

	test('a refused answer (429) carries the same window: remaining 0', () => {
		expect(
			budgetAfterAnswer(limited(2, NOW + 60_000), ROUTE, answer(0, NOW + 60_000, 429), NOW),
		).toEqual(limited(0, NOW + 60_000));
	});

	test('a success without headers means the limiter is off for the route', () => {
		expect(budgetAfterAnswer(limited(0), ROUTE, { status: 200, bypass: false }, NOW)).toEqual({
			kind: 'unlimited',
			route: ROUTE,
			seenAt: NOW,
		});
		// Once known to be off, the budget stays as it was stored (nothing to write again).
		const off = { kind: 'unlimited' as const, route: ROUTE, seenAt: NOW - 5_000 };
		expect(budgetAfterAnswer(off, ROUTE, { status: 200, bypass: false }, NOW)).toBe(off);
		// A failure without headers (a 429 of a function-level limiter, a 401 before the limiter) says nothing.
		const stored = limited(3);
		expect(budgetAfterAnswer(stored, ROUTE, { status: 429, bypass: false }, NOW)).toBe(stored);
		expect(
			budgetAfterAnswer(undefined, ROUTE, { status: 401, bypass: false }, NOW),
		).toBeUndefined();
	});

	test('a bypassing user’s answer says nothing about the shared budget', () => {
		const stored = limited(0);
		expect(budgetAfterAnswer(stored, ROUTE, { status: 200, bypass: true }, NOW)).toBe(stored);
	});
});

describe('decideSend', () => {
	test('an unknown budget is learned by one request at a time', () => {
		expect(decideSend({ othersInFlight: 0, queuedAhead: 0, now: NOW })).toEqual({ send: true });
		expect(decideSend({ othersInFlight: 1, queuedAhead: 0, now: NOW })).toEqual({
			send: false,
			retryAt: NOW + PROBE_WAIT_MS,
		});
	});

	test('requests in flight count against what is left', () => {
		expect(decideSend({ budget: limited(3), othersInFlight: 2, queuedAhead: 0, now: NOW })).toEqual(
			{ send: true },
		);
		expect(decideSend({ budget: limited(3), othersInFlight: 3, queuedAhead: 0, now: NOW })).toEqual(
			{ send: false, retryAt: NOW + 30_000 },
		);
	});

	test('a spent budget waits for the end of the window, without a request', () => {
		expect(decideSend({ budget: limited(0), othersInFlight: 0, queuedAhead: 0, now: NOW })).toEqual(
			{ send: false, retryAt: NOW + 30_000 },
		);
	});

	test('once the window is over the whole limit is available again', () => {
		const spent = limited(0, NOW - 1);
		expect(decideSend({ budget: spent, othersInFlight: 9, queuedAhead: 0, now: NOW })).toEqual({
			send: true,
		});
		expect(decideSend({ budget: spent, othersInFlight: 10, queuedAhead: 0, now: NOW })).toEqual({
			send: false,
			retryAt: NOW + PROBE_WAIT_MS,
		});
	});

	test('first in, first out: a new change never overtakes queued ones', () => {
		expect(decideSend({ budget: limited(5), othersInFlight: 0, queuedAhead: 1, now: NOW })).toEqual(
			{ send: false, retryAt: NOW },
		);
		expect(
			decideSend({
				budget: { kind: 'unlimited', route: ROUTE, seenAt: NOW },
				othersInFlight: 0,
				queuedAhead: 2,
				now: NOW,
			}),
		).toEqual({ send: false, retryAt: NOW });
		expect(decideSend({ othersInFlight: 0, queuedAhead: 1, now: NOW }).send).toBe(false);
	});

	test('the limiter off: everything goes', () => {
		expect(
			decideSend({
				budget: { kind: 'unlimited', route: ROUTE, seenAt: NOW },
				othersInFlight: 50,
				queuedAhead: 0,
				now: NOW,
			}),
		).toEqual({ send: true });
	});
});

describe('expectedWaitMs', () => {
	test('places within what is left land at once', () => {
		expect(expectedWaitMs(3, limited(3), NOW)).toBe(0);
	});

	test('later places land window after window', () => {
		// 10 a window, 30 s left in this one, none left: places 1-10 at the reset, 11-20 a window later.
		expect(expectedWaitMs(1, limited(0), NOW)).toBe(30_000);
		expect(expectedWaitMs(10, limited(0), NOW)).toBe(30_000);
		expect(expectedWaitMs(11, limited(0), NOW)).toBe(90_000);
		// 8.5+: one a minute.
		expect(expectedWaitMs(3, limited(0, NOW + 30_000, 1), NOW)).toBe(150_000);
	});

	test('unknown or unlimited budgets: no wait to announce', () => {
		expect(expectedWaitMs(4, undefined, NOW)).toBe(0);
	});
});

test('waitWords: seconds, then minutes', () => {
	expect(waitWords(0)).toEqual({ amount: 1, unit: 's' });
	expect(waitWords(30_000)).toEqual({ amount: 30, unit: 's' });
	expect(waitWords(150_000)).toEqual({ amount: 3, unit: 'min' });
});

test('bypassesRateLimit: the permission api-bypass-rate-limit as the server lists it, its default grant until read', () => {
	expect(bypassesRateLimit(['user', 'admin'], undefined)).toBe(true);
	expect(bypassesRateLimit(['user'], undefined)).toBe(false);
	expect(bypassesRateLimit(undefined, undefined)).toBe(false);
	// An admin granted it to `user` (the doctor's fix) and took it from `admin`.
	const lists = { 'api-bypass-rate-limit': ['user', 'bot'], 'edit-other-user-password': ['admin'] };
	expect(bypassesRateLimit(['user'], lists)).toBe(true);
	expect(bypassesRateLimit(['admin'], lists)).toBe(false);
	expect(bypassesRateLimit(['admin'], {})).toBe(false);
});

describe('mayLookAgain', () => {
	test('a request kept back by others looks again while those ahead of it leave room', () => {
		// 36 requests meet 9 calls at once: each counts 35 others, so decideSend keeps every one back; the 9
		// earliest look again (fewer than 9 ahead), the later ones give up.
		for (let ahead = 0; ahead < 36; ahead++) {
			expect(
				decideSend({ budget: limited(9), othersInFlight: 35, queuedAhead: 0, now: NOW }).send,
			).toBe(false);
			expect(
				mayLookAgain({ budget: limited(9), aheadInFlight: ahead, queuedAhead: 0, now: NOW }),
			).toBe(ahead < 9);
		}
	});

	test('an unknown budget: the earliest request probes, the others wait', () => {
		expect(mayLookAgain({ aheadInFlight: 0, queuedAhead: 0, now: NOW })).toBe(true);
		expect(mayLookAgain({ aheadInFlight: 1, queuedAhead: 0, now: NOW })).toBe(false);
	});

	test('never with changes queued ahead, a spent window or the limiter off', () => {
		expect(mayLookAgain({ budget: limited(5), aheadInFlight: 0, queuedAhead: 1, now: NOW })).toBe(
			false,
		);
		expect(mayLookAgain({ budget: limited(0), aheadInFlight: 0, queuedAhead: 0, now: NOW })).toBe(
			false,
		);
		expect(
			mayLookAgain({
				budget: { kind: 'unlimited', route: ROUTE, seenAt: NOW },
				aheadInFlight: 0,
				queuedAhead: 0,
				now: NOW,
			}),
		).toBe(false);
	});

	test('a window that is over offers the whole limit again', () => {
		expect(
			mayLookAgain({ budget: limited(0, NOW - 1), aheadInFlight: 9, queuedAhead: 0, now: NOW }),
		).toBe(true);
	});
});
