import type {
	IModify,
	IPersistence,
	IPersistenceRead,
} from '@rocket.chat/apps-engine/definition/accessors';

import {
	budgetAfterAnswer,
	decideSend,
	mayLookAgain,
	readRateLimitHeaders,
	RouteBudget,
	SendDecision,
} from '../../lib/budget';
import { newNonce, QUEUE_PROCESSOR_ID } from '../../lib/ids';
import type { RateLimited } from '../../lib/restOutcome';
import { backOff } from './claims';
import { QueueStore } from './queueStore';
import type { RequestBudget } from './restClient';
import { RecordStore } from './storage';

/** A request sent and not yet answered: it counts against the budget until its answer arrives. */
interface InFlight {
	id: string;
	route: string;
	at: number;
}

/** How many times a request kept back by others in flight looks again before it gives up (see mayLookAgain). */
const LOOKS = 3;

/** A request unanswered after this long (an instance that stopped) no longer holds budget. */
const IN_FLIGHT_EXPIRY_MS = 60_000;

/**
 * How far the server's clock (the one of X-RateLimit-Reset and of the scheduler) is known to be ahead of this
 * instance's: a queue job due at `at` that runs now proves the server's time has reached `at`.
 */
interface ClockNote {
	aheadMs: number;
}

function clockNotes(reader: IPersistenceRead, persis?: IPersistence): RecordStore<ClockNote> {
	return new RecordStore<ClockNote>('clock', reader, persis);
}

/** Notes that the server's clock has reached `at`; returns how far it is known to be ahead now. */
export async function noteServerTime(
	reader: IPersistenceRead,
	persis: IPersistence,
	at: number,
): Promise<number> {
	const notes = clockNotes(reader, persis);
	const aheadMs = at - Date.now();
	const known = (await notes.get('server'))?.aheadMs ?? 0;
	if (aheadMs > known) {
		await notes.put('server', { aheadMs });
		return aheadMs;
	}
	return known;
}

function timeAhead(aheadMs: number): number {
	return Date.now() + Math.max(0, aheadMs);
}

/** The server's time as far as this instance knows it: its own clock, or later when the server said so. */
export async function serverTime(reader: IPersistenceRead): Promise<number> {
	const note = await clockNotes(reader).get('server');
	return timeAhead(note?.aheadMs ?? 0);
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

/** When the queue job is due; a job due long ago that never cleared it no longer counts. */
interface DrainMark {
	at: number;
}
const STALE_MARK_MS = 5 * 60_000;

export function drainMarks(reader: IPersistenceRead, persis: IPersistence): RecordStore<DrainMark> {
	return new RecordStore<DrainMark>('queue-job', reader, persis);
}

/**
 * Makes sure the queue job runs at `at` (server time) or earlier: one job for the whole queue. It also runs
 * when the queue is empty, at the end of a window that refused something, so the app learns the window passed.
 */
export async function scheduleQueueJob(
	reader: IPersistenceRead,
	persis: IPersistence,
	modify: IModify,
	at: number,
	now: number,
): Promise<void> {
	const marks = drainMarks(reader, persis);
	const mark = await marks.get('next');
	if (mark && mark.at <= at && mark.at > now - STALE_MARK_MS) {
		return;
	}
	await marks.put('next', { at });
	await modify
		.getScheduler()
		.scheduleOnce({ id: QUEUE_PROCESSOR_ID, when: new Date(at), data: { at } });
}

/**
 * What this server instance knows of each endpoint's budget, by endpoint. The server counts per client address,
 * and each instance has its own, so a budget belongs to one instance: the app object keeps it in memory
 * (ProfileApp.budgets), where reading it costs no trip through the engine. A new app object (a restart, an
 * update) starts knowing nothing, and learns the budget from its first answer (lib/budget.ts).
 */
export type BudgetMemory = Map<string, RouteBudget>;

/**
 * The budget per endpoint that all users of this instance share. Each request first
 * writes its own in-flight record (in its endpoint's group, in app persistence), then counts the others of that endpoint: of two
 * requests racing for the last call, the later one always sees the earlier, so the budget is never overspent by
 * this app (the server's 429 stays the safety net for requests of other clients from the same address). A request
 * that the others kept back looks again while those written before it leave room (lib/budget.ts mayLookAgain),
 * so that a burst uses the budget instead of every request giving up.
 */
export class SharedBudget implements RequestBudget {
	private readonly inFlight: RecordStore<InFlight>;
	/** How far the server's clock was ahead when this budget last read the clock note (it only ever grows). */
	private aheadMs?: number;
	private readonly lines = new Map<string, Promise<boolean>>();
	/** Endpoints this budget sent to without an in-flight record: their limiter was off, and nothing was queued. */
	private readonly sentUnlimited = new Set<string>();

	constructor(
		private readonly reader: IPersistenceRead,
		private readonly persis: IPersistence,
		private readonly modify: IModify | undefined,
		private readonly who: {
			/**
			 * Whether the server lets this user skip the limiter (handlers/kernel/permissions.ts skipsRateLimit);
			 * `refresh` when the budget is about to keep a request back.
			 */
			bypass(refresh: boolean): Promise<boolean>;
			/** The server instance: each meets its own limiter (its own client address). */
			instance?: string;
			/** This instance's budgets (see BudgetMemory). */
			budgets: BudgetMemory;
			/**
			 * Set for a queued change the queue job replays: whether its endpoint's line holds a change queued
			 * before it (the job knows the queue it read; changes queued since are all younger).
			 */
			queuedAhead?: (route: string) => boolean;
			now(): number;
		},
	) {
		this.inFlight = new RecordStore<InFlight>('in-flight', reader, persis);
	}

	public async budget(route: string): Promise<RouteBudget | undefined> {
		return this.who.budgets.get(route);
	}

	private key(route: string): string {
		return `${this.who.instance ?? ''}/${route}`;
	}

	/**
	 * The server's time as far as this instance knows it (never before a running queue job was due). The clock note
	 * is read once per budget (one invocation: milliseconds); what this budget learns from answers updates it.
	 */
	public async serverNow(): Promise<number> {
		if (this.aheadMs === undefined) {
			const note = await clockNotes(this.reader).get('server');
			this.aheadMs = note?.aheadMs ?? 0;
		}
		return Math.max(timeAhead(this.aheadMs), this.who.now());
	}

	/**
	 * Whether the endpoint's line holds a change this request must wait behind, read once per budget: the
	 * admission that follows the first look (beforeSend) re-reads what can overspend (budget, requests in flight),
	 * not the line, where a change queued a moment later is younger anyway.
	 */
	private lineAhead(route: string): Promise<boolean> {
		let known = this.lines.get(route);
		if (!known) {
			// A replayed change waits only for changes queued before it; a new request for any queued change.
			known = this.who.queuedAhead
				? Promise.resolve(this.who.queuedAhead(route))
				: new QueueStore(this.reader).mayHoldLine(route);
			this.lines.set(route, known);
		}
		return known;
	}

	/**
	 * Would a request to `route` be kept back now? Asked before a change starts, so it spends nothing; it reads the
	 * budget and the line's mark only (beforeSend counts the requests in flight).
	 */
	public async check(route: string): Promise<RateLimited | undefined> {
		if (await this.who.bypass(false)) {
			return undefined;
		}
		const decision = await this.decide(route);
		if (decision.send || (await this.who.bypass(true))) {
			return undefined;
		}
		return this.refuse(route, decision);
	}

	/**
	 * Admits a request or keeps it back. A request the budget and the line already refuse is kept back at once;
	 * otherwise it writes its in-flight record, then counts the others of its endpoint (so only requests that might
	 * go count each other, and a burst that meets a spent budget reads one record per request).
	 */
	public async beforeSend(route: string): Promise<{ ticket?: string } | { refused: RateLimited }> {
		const known = this.who.budgets.get(route);
		const lineAhead = await this.lineAhead(route);
		if (known?.kind === 'unlimited' && !lineAhead) {
			// The limiter is off for this endpoint and nothing waits in its line: no count can be overspent, so the
			// request needs no in-flight record, nor the user's exemption. Should the limiter come back, the
			// answer's headers say so (and a 429 of requests sent meanwhile is queued like any other).
			this.sentUnlimited.add(route);
			return {};
		}
		if (await this.who.bypass(false)) {
			return {};
		}
		let decision = await this.decide(route, undefined, known);
		if (decision.send) {
			const mine: InFlight = { id: newNonce(), route: this.key(route), at: Date.now() };
			await this.inFlight.put(mine.id, mine, this.key(route));
			for (let look = 1; ; look++) {
				decision = await this.decide(route, mine);
				if (decision.send) {
					return { ticket: mine.id };
				}
				if (!decision.lookAgain || look >= LOOKS) {
					break;
				}
				// Random, growing pauses: the later requests give up meanwhile, or answers arrive.
				await backOff(look, Date.now() - mine.at);
			}
			await this.inFlight.remove(mine.id);
		}
		if (await this.who.bypass(true)) {
			return {};
		}
		return { refused: await this.refuse(route, decision) };
	}

	public async afterAnswer(
		route: string,
		ticket: string | undefined,
		answer?: { statusCode: number; headers?: Record<string, string> },
	): Promise<void> {
		const headers = answer && readRateLimitHeaders(answer.headers);
		if (!ticket && !headers && this.sentUnlimited.has(route)) {
			// Sent while the limiter was off, and the answer shows it still is: the stored budget already says so,
			// and the server's clock only matters for windows.
			return;
		}
		const dated = Date.parse(answer?.headers ? headerOf(answer.headers, 'date') ?? '' : '');
		// The answer's Date is the server's clock (whole seconds): the clock of X-RateLimit-Reset. The note only
		// grows, so an answer no further ahead than this request's own decision read it needs no note, nor a read;
		// else noting reads it, and that serves for the server's time below.
		const seenAhead = dated - Date.now();
		const aheadMs = !Number.isFinite(dated)
			? undefined
			: this.aheadMs !== undefined && seenAhead <= this.aheadMs
			? this.aheadMs
			: await noteServerTime(this.reader, this.persis, dated);
		if (aheadMs !== undefined) {
			this.aheadMs = aheadMs;
		}
		// An answer with the headers met the limiter, whatever the app believed; one without says nothing about the
		// shared budget when the user skips the limiter.
		if (answer && (headers || !(await this.who.bypass(false)))) {
			const serverNow =
				aheadMs === undefined
					? await this.serverNow()
					: Math.max(timeAhead(aheadMs), this.who.now());
			// Read after the await: answers of concurrent requests update the same memory.
			const stored = this.who.budgets.get(route);
			const next = budgetAfterAnswer(
				stored,
				route,
				{ status: answer.statusCode, headers, bypass: false },
				serverNow,
			);
			if (next) {
				this.who.budgets.set(route, next);
			}
		}
		if (ticket) {
			await this.inFlight.remove(ticket);
		}
	}

	/**
	 * Reads what the decision needs, each through an index, whatever the number of users and queued changes: the
	 * endpoint's line mark, and with `mine` (the request's own in-flight record, written first) the requests in
	 * flight to that endpoint (its group); the budget is this instance's memory (unless `known`, just read).
	 */
	private async decide(
		route: string,
		mine?: InFlight,
		known?: RouteBudget,
	): Promise<SendDecision & { now: number; lookAgain?: boolean }> {
		const [now, flights, lineAhead] = await Promise.all([
			this.serverNow(),
			mine === undefined ? Promise.resolve<InFlight[]>([]) : this.inFlight.inGroup(this.key(route)),
			this.lineAhead(route),
		]);
		// After the reads: the memory holds what answers taught meanwhile.
		const budget = known ?? this.who.budgets.get(route);
		const others = flights.filter(
			(flight) => flight.id !== mine?.id && Date.now() - flight.at < IN_FLIGHT_EXPIRY_MS,
		);
		const queuedAhead = lineAhead ? 1 : 0;
		const decision = decideSend({ budget, now, othersInFlight: others.length, queuedAhead });
		if (decision.send || !mine) {
			return { ...decision, now };
		}
		const aheadInFlight = others.filter(
			(flight) => flight.at < mine.at || (flight.at === mine.at && flight.id < mine.id),
		).length;
		return {
			...decision,
			now,
			lookAgain: mayLookAgain({ budget, aheadInFlight, queuedAhead, now }),
		};
	}

	/** A request kept back: the queue job wakes at the window's end (to apply the queue, or just to note it). */
	private async refuse(
		route: string,
		decision: { send: false; retryAt: number; now: number },
	): Promise<RateLimited> {
		if (this.modify) {
			await scheduleQueueJob(this.reader, this.persis, this.modify, decision.retryAt, decision.now);
		}
		return {
			kind: 'rate-limited',
			retryAfterSeconds: Math.max(1, Math.ceil((decision.retryAt - decision.now) / 1000)),
			retryAt: decision.retryAt,
			route,
			notSent: true,
		};
	}
}
