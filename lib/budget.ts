/**
 * The REST rate limiter's budget as the app sees it, one per endpoint. Every request the app makes reaches the
 * server from one client address (the server's own), so all users without `api-bypass-rate-limit` share one
 * budget per endpoint (route + method). Plain functions: the handlers keep the budget in persistence.
 *
 * Rocket.Chat (`apps/meteor/app/api/server/api.ts`, `enforceRateLimit`) increments, then checks Meteor's
 * `RateLimiter` (`meteor/meteor` `packages/rate-limit/rate-limit.js`) and answers every limited route with
 *   X-RateLimit-Limit     = the rule's `numRequestsAllowed`,
 *   X-RateLimit-Remaining = `numInvocationsLeft` (0 on the last allowed call and on refused ones),
 *   X-RateLimit-Reset     = server time + `timeToReset`, in epoch ms: the end of the rule's current window, the
 *                           same number for every answer of one window (allowed or refused);
 * and refuses the (limit + 1)th call of a window with 429 `error-too-many-requests`. Windows are fixed: the rule
 * resets its counters at the first call after the window ended.
 */

import { rolesHold } from './permissions';

export interface RateLimitHeaders {
	limit: number;
	remaining: number;
	/** End of the current window, server clock, epoch ms. */
	resetAt: number;
}

export type RouteBudget =
	| { kind: 'limited'; route: string; limit: number; remaining: number; resetAt: number }
	/** `seenAt`: when an answer first showed the limiter off (kept while it stays off: no write per answer). */
	| { kind: 'unlimited'; route: string; seenAt: number };

export type SendDecision = { send: true } | { send: false; retryAt: number };

/** Rocket.Chat skips the limiter for users holding it (apps/meteor/app/api/server/api.ts `shouldVerifyRateLimit`). */
export const BYPASS_PERMISSION = 'api-bypass-rate-limit';

/**
 * Roles holding `api-bypass-rate-limit` on a new workspace
 * (`apps/meteor/app/authorization/server/constant/permissions.ts`): what the app assumes until it has read the
 * server's own permission lists.
 */
export const DEFAULT_BYPASS_ROLES = ['admin', 'bot', 'app'];

/** Length of a window when the app must guess it: `API_Enable_Rate_Limiter_Limit_Time_Default` and 8.5+ rules. */
export const DEFAULT_WINDOW_MS = 60_000;

/** How long to wait before trying again while another request is learning an unknown budget. */
export const PROBE_WAIT_MS = 2_000;

/** Two answers whose resets differ by less than this belong to the same window (ms rounding, instances). */
const SAME_WINDOW_MS = 1_000;

function header(headers: Record<string, unknown>, name: string): number | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	const raw = key === undefined ? undefined : headers[key];
	const value = Number(Array.isArray(raw) ? raw[0] : raw);
	return raw === undefined || raw === '' || !Number.isFinite(value) ? undefined : value;
}

/** The budget an answer announces, or undefined when the route is not limited for this request. */
export function readRateLimitHeaders(
	headers: Record<string, unknown> = {},
): RateLimitHeaders | undefined {
	const limit = header(headers, 'x-ratelimit-limit');
	const remaining = header(headers, 'x-ratelimit-remaining');
	const resetAt = header(headers, 'x-ratelimit-reset');
	if (limit === undefined || remaining === undefined || resetAt === undefined) {
		return undefined;
	}
	return { limit, remaining: Math.max(0, remaining), resetAt };
}

/**
 * Whether a user's requests skip the limiter (their answers then carry no budget): one of their roles holds
 * `api-bypass-rate-limit` in the server's permission lists (`permissions.listAll`), or, before the app has read
 * them, in the server's default grant.
 */
export function bypassesRateLimit(
	roles: readonly string[] | undefined,
	permissionRoles: Record<string, string[]> | undefined,
): boolean {
	return rolesHold(
		permissionRoles ?? { [BYPASS_PERMISSION]: DEFAULT_BYPASS_ROLES },
		roles ?? [],
		BYPASS_PERMISSION,
	);
}

/**
 * The budget after an answer. Answers of one window keep the lowest remaining count (answers of concurrent
 * requests arrive in any order); a later window replaces an earlier one; an older window's answer is ignored.
 * A successful answer without headers to a user who is limited means the limiter is off for the route. An
 * answer for a bypassing user says nothing about the shared budget.
 */
export function budgetAfterAnswer(
	stored: RouteBudget | undefined,
	route: string,
	answer: { status: number; headers?: RateLimitHeaders; bypass: boolean },
	now: number,
): RouteBudget | undefined {
	if (answer.bypass) {
		return stored;
	}
	const seen = answer.headers;
	if (!seen) {
		if (answer.status < 200 || answer.status >= 300) {
			return stored;
		}
		return stored?.kind === 'unlimited' ? stored : { kind: 'unlimited', route, seenAt: now };
	}
	const fresh: RouteBudget = { kind: 'limited', route, ...seen };
	if (stored?.kind !== 'limited' || seen.resetAt > stored.resetAt + SAME_WINDOW_MS) {
		return fresh;
	}
	if (seen.resetAt < stored.resetAt - SAME_WINDOW_MS) {
		return stored;
	}
	return { ...stored, limit: seen.limit, remaining: Math.min(stored.remaining, seen.remaining) };
}

/** Calls the budget allows now, before counting requests in flight. */
function available(budget: RouteBudget & { kind: 'limited' }, now: number): number {
	return now >= budget.resetAt ? budget.limit : budget.remaining;
}

/**
 * Whether a request may go out now. `othersInFlight`: requests to the route sent and not yet answered;
 * `queuedAhead`: queued changes waiting for the route (first in, first out: a new change never overtakes them).
 * An unknown budget is learned by one request at a time, so a burst costs at most the answers of one window.
 */
export function decideSend(input: {
	budget?: RouteBudget;
	othersInFlight: number;
	queuedAhead: number;
	now: number;
}): SendDecision {
	const { budget, othersInFlight, queuedAhead, now } = input;
	if (budget?.kind === 'unlimited') {
		return queuedAhead > 0 ? { send: false, retryAt: now } : { send: true };
	}
	if (!budget) {
		return queuedAhead === 0 && othersInFlight === 0
			? { send: true }
			: { send: false, retryAt: now + PROBE_WAIT_MS };
	}
	const room = available(budget, now) - othersInFlight;
	if (room > 0) {
		// With changes queued ahead, this one joins them and the queue job runs at once.
		return queuedAhead === 0 ? { send: true } : { send: false, retryAt: now };
	}
	// Spent: wait for the window's end; once it is over, the answers in flight tell the new budget.
	return { send: false, retryAt: now >= budget.resetAt ? now + PROBE_WAIT_MS : budget.resetAt };
}

/**
 * Whether a request that the requests in flight kept back should look again rather than give up: the requests
 * that wrote their in-flight record before it (`aheadInFlight`) still leave room, so some of the others counted
 * are later ones, which give up in turn (each counts this one ahead of it), or requests about to be answered.
 * Without this, N requests meeting a budget of fewer than N calls at the same moment would each count all the
 * others and all give up, and an unknown budget would have no probe at all. Sending still needs the safe count
 * (decideSend with every other request in flight), so looking again never overspends.
 */
export function mayLookAgain(input: {
	budget?: RouteBudget;
	aheadInFlight: number;
	queuedAhead: number;
	now: number;
}): boolean {
	const { budget, aheadInFlight, queuedAhead, now } = input;
	if (queuedAhead > 0 || budget?.kind === 'unlimited') {
		return false;
	}
	if (!budget) {
		// The earliest request probes an unknown budget; the others wait for its answer.
		return aheadInFlight === 0;
	}
	return available(budget, now) - aheadInFlight > 0;
}

/** When the change at `place` (1 = next) of a route's queue should land, in ms from now. */
export function expectedWaitMs(
	place: number,
	budget: RouteBudget | undefined,
	now: number,
	windowMs = DEFAULT_WINDOW_MS,
): number {
	if (budget?.kind !== 'limited') {
		return 0;
	}
	const windowOver = now >= budget.resetAt;
	const slots = available(budget, now);
	if (place <= slots) {
		return 0;
	}
	const windows = Math.ceil((place - slots) / Math.max(1, budget.limit));
	const firstReset = windowOver ? now + windowMs : budget.resetAt;
	return firstReset - now + (windows - 1) * windowMs;
}

/** A wait as the replies show it: seconds under a minute and a half, else minutes (rounded up). */
export function waitWords(ms: number): { amount: number; unit: 's' | 'min' } {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	return seconds < 90
		? { amount: seconds, unit: 's' }
		: { amount: Math.ceil(seconds / 60), unit: 'min' };
}
