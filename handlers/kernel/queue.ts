import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext } from '@rocket.chat/apps-engine/definition/scheduler';

import { bypassesRateLimit, expectedWaitMs, waitWords } from '../../lib/budget';
import { QUEUE_PROCESSOR_ID } from '../../lib/ids';
import type { FieldRef } from '../../lib/fields';
import { inArrivalOrder, placeOf, planOwnChange, withoutField } from '../../lib/queueOrder';
import type { RateLimited } from '../../lib/restOutcome';
import { drainMarks, noteServerTime, scheduleQueueJob, serverTime, SharedBudget } from './budget';
import { admit, guard, tellUnexpected } from './guard';
import { Invocation, InvocationApp } from './Invocation';
import { lastPermissionRoles } from './permissions';
import { QueuedChange, QueuedOperation, QueueStore } from './queueStore';
import { reply } from './replies';

type AppLike = Parameters<typeof Invocation.create>[0];

/** At most this many changes are replayed by one run of the job (the next run follows at once). */
const CHANGES_PER_RUN = 50;

/**
 * Queues a change the server refused (429) or the shared budget kept back, and tells the user its place and when
 * it should land. A user's newer own change joins their queued one, which keeps its place (lib/queueOrder.ts
 * planOwnChange). A change the queue job is replaying goes back to its place, silently.
 */
export async function enqueue(
	inv: Invocation,
	roomId: string,
	operation: QueuedOperation,
	wait: number | RateLimited,
	attempts = 0,
): Promise<void> {
	const limited: RateLimited =
		typeof wait === 'number' ? { kind: 'rate-limited', retryAfterSeconds: wait } : wait;
	const budget = inv.budget();
	const now = await budget.serverNow();
	const retryAt = limited.retryAt ?? now + limited.retryAfterSeconds * 1000;
	const route = limited.route ?? '';
	const store = new QueueStore(inv.read.getPersistenceReader(), inv.persis);
	const replaying = inv.queueContext?.change;
	if (replaying) {
		await store.put({
			...replaying,
			operation,
			route,
			notBefore: new Date(retryAt).toISOString(),
			attempts: replaying.attempts + 1,
		});
		await scheduleQueueJob(inv.read.getPersistenceReader(), inv.persis, inv.modify, retryAt, now);
		return;
	}
	let entry: QueuedChange | undefined;
	let key: 'queued' | 'queued_replaced' | 'queued_joined' = 'queued';
	if (operation.type === 'own') {
		const plan = planOwnChange(await store.ofUser(inv.user.id), inv.user.id, operation.changes);
		await Promise.all(plan.removed.map((removed) => store.remove(removed.id)));
		if (plan.joined) {
			entry = { ...plan.joined, roomId };
			key = plan.replacedField ? 'queued_replaced' : 'queued_joined';
			await store.put(entry);
		}
	}
	entry ??= await store.add(inv.user.id, roomId, operation, route, new Date(retryAt), attempts);
	const place = placeOf(await store.line(entry.route), entry.id);
	const waitMs = Math.max(
		expectedWaitMs(place, await budget.budget(entry.route), now),
		Date.parse(entry.notBefore) - now,
	);
	const { amount, unit } = waitWords(waitMs);
	await reply(inv, roomId, {
		key,
		params: { place, wait: `${amount} ${unit}` },
	});
	await scheduleQueueJob(
		inv.read.getPersistenceReader(),
		inv.persis,
		inv.modify,
		Math.max(retryAt, Date.parse(entry.notBefore)),
		now,
	);
}

/** Replays a queued operation for its user (`inv.queueContext` says which change and since when it is due). */
export type Replay = (inv: Invocation, change: QueuedChange) => Promise<void>;

/**
 * The queue job: replays queued changes first in, first out, each endpoint's line as far as its budget allows,
 * and schedules itself again for what is left. Whoever takes a change out of the queue replays it, so a job
 * that runs twice finds nothing the second time; a change refused again goes back to its place.
 */
export async function applyQueuedChange(
	app: AppLike,
	job: IJobContext,
	read: IRead,
	modify: IModify,
	http: IHttp,
	persis: IPersistence,
	replay: Record<QueuedChange['operation']['type'], Replay>,
): Promise<void> {
	const dueAt = Number(job.at) || 0;
	const reader = read.getPersistenceReader();
	// One job for the whole queue: changes queued at the same moment may each have scheduled one, and this run
	// does their work; it schedules the next run itself.
	await modify.getScheduler().cancelJob(QUEUE_PROCESSOR_ID);
	await drainMarks(reader, persis).remove('next');
	await noteServerTime(reader, persis, dueAt);
	// The server's time: at least when this job was due, later once an answer's Date says so.
	const now = () => serverTime(reader);
	const store = new QueueStore(read.getPersistenceReader(), persis);
	// The queue is read once a run, in arrival order; changes queued meanwhile wait for the next run.
	const line = inArrivalOrder(await store.all());
	/** Routes found spent (or whose first change is not due yet) in this run, with when to try them again. */
	const blocked = new Map<string, number>();
	for (let done = 0; done < CHANGES_PER_RUN; done++) {
		const change = await nextReady(read, persis, line, blocked, await now(), app);
		if (!change) {
			break;
		}
		line.splice(line.indexOf(change), 1);
		const taken = await takeWithTheUsersOthers(store, line, change);
		const user = taken && (await read.getUserReader().getById(taken.userId));
		if (!taken || !user) {
			continue;
		}
		const inv = await Invocation.create(app, read, modify, http, persis, user, {
			userIsCurrent: true,
		});
		inv.queueContext = { change: taken, dueAt, queuedAhead: aheadOf(line, taken) };
		await guard(
			app.getLogger(),
			'queued job',
			async () => {
				// What the command checked, checked again now: an admin change needs the role gate as it stands.
				const admission = await admit(inv, taken.operation.type === 'admin' ? 'admin' : 'linked');
				if (!admission.ok) {
					await (admission.reason === 'not-linked'
						? reply(inv, taken.roomId, { key: 'queued_dropped_unlinked' })
						: admission.tell(taken.roomId));
					return;
				}
				await replay[taken.operation.type](inv, taken);
			},
			() => tellUnexpected(inv, taken.roomId),
		);
		const back = await store.get(taken.id);
		if (back) {
			// Back in its place (maybe in another endpoint's line): the rest of this run knows it.
			line.push(back);
			line.splice(0, line.length, ...inArrivalOrder(line));
			blocked.set(back.route, Date.parse(back.notBefore));
		}
	}
	const left = await store.all();
	const waiting = new Set(left.map((entry) => entry.route));
	const seen = new Set([...line.map((entry) => entry.route), ...blocked.keys()]);
	await Promise.all(
		[...seen].filter((route) => !waiting.has(route)).map((route) => store.clearIfEmpty(route)),
	);
	if (left.length) {
		const at = Math.min(
			...left.map((entry) => Math.max(Date.parse(entry.notBefore), blocked.get(entry.route) ?? 0)),
		);
		const current = await now();
		await scheduleQueueJob(reader, persis, modify, Math.max(at, current), current);
	}
}

/**
 * Takes `change` out of the queue with the user's other own changes in the run's line (queued at the same moment
 * by commands that ran side by side, or before joining held): one request then carries them all, which costs the
 * shared budget nothing and lets everyone behind them land sooner. They go back to the queue as one change if the
 * replay is refused again.
 */
async function takeWithTheUsersOthers(
	store: QueueStore,
	line: QueuedChange[],
	change: QueuedChange,
): Promise<QueuedChange | undefined> {
	const taken = await store.take(change.id);
	if (!taken || taken.operation.type !== 'own') {
		return taken;
	}
	const others: QueuedChange[] = [];
	for (const other of line.filter(
		(entry) => entry.userId === taken.userId && entry.operation.type === 'own',
	)) {
		line.splice(line.indexOf(other), 1);
		const took = await store.take(other.id);
		if (took) {
			others.push(took);
		}
	}
	return others.length
		? planOwnChange([taken, ...others], taken.userId, []).joined ?? taken
		: taken;
}

/**
 * For a change being replayed: whether a line of the queue the job read holds a change queued before it. A
 * change of two requests (a nickname: GET /me, then the write) so keeps its place in both lines.
 */
function aheadOf(line: QueuedChange[], change: QueuedChange): (route: string) => boolean {
	return (route) =>
		line.some(
			(entry) =>
				entry.route === route &&
				inArrivalOrder([entry, change])[0] === entry &&
				entry.id !== change.id,
		);
}

/**
 * The oldest queued change that is due and whose endpoint has budget now: the first of its line (a line whose
 * first change is not due, or whose endpoint is spent, waits as a whole, so nothing overtakes in a line).
 */
async function nextReady(
	read: IRead,
	persis: IPersistence,
	line: QueuedChange[],
	blocked: Map<string, number>,
	now: number,
	app: Pick<InvocationApp, 'instanceKey' | 'budgets'>,
): Promise<QueuedChange | undefined> {
	const permissionLists = await lastPermissionRoles(read.getPersistenceReader());
	for (const entry of line) {
		if (blocked.has(entry.route)) {
			continue;
		}
		if (Date.parse(entry.notBefore) > now) {
			// First in, first out: the changes behind it in its line wait until it is due (else they would count it
			// as queued ahead, be kept back "until now", and the job would wake at the same moment forever).
			blocked.set(entry.route, Date.parse(entry.notBefore));
			continue;
		}
		const user = await read.getUserReader().getById(entry.userId);
		if (!user) {
			return entry; // taken and dropped by the caller
		}
		const budget = new SharedBudget(read.getPersistenceReader(), persis, undefined, {
			bypass: async () => bypassesRateLimit(user.roles, permissionLists),
			instance: app.instanceKey ?? '',
			budgets: app.budgets,
			queuedAhead: aheadOf(line, entry),
			now: () => now,
		});
		const refusal = entry.route ? await budget.check(entry.route) : undefined;
		if (!refusal) {
			return entry;
		}
		blocked.set(entry.route, refusal.retryAt ?? now);
	}
	return undefined;
}

/** A user's own queued changes, first in, first out, each with its place in its line. */
export async function ownQueue(
	inv: Invocation,
): Promise<Array<{ change: QueuedChange; place: number; waitMs: number }>> {
	const store = new QueueStore(inv.read.getPersistenceReader());
	const mine = inArrivalOrder(await store.ofUser(inv.user.id));
	const lines = new Map<string, Promise<QueuedChange[]>>();
	const lineOf = (route: string) => {
		const known = lines.get(route) ?? store.line(route);
		lines.set(route, known);
		return known;
	};
	const budget = inv.budget();
	const now = await budget.serverNow();
	return Promise.all(
		mine.map(async (change) => {
			const place = placeOf(await lineOf(change.route), change.id);
			const waitMs = Math.max(
				expectedWaitMs(place, await budget.budget(change.route), now),
				Date.parse(change.notBefore) - now,
			);
			return { change, place, waitMs };
		}),
	);
}

/** Cancels queued changes of the user; returns how many were removed. */
export async function cancelQueued(inv: Invocation, ids: string[]): Promise<number> {
	const store = new QueueStore(inv.read.getPersistenceReader(), inv.persis);
	const routes = new Set<string>();
	let removed = 0;
	for (const id of ids) {
		const change = await store.get(id);
		if (change?.userId === inv.user.id) {
			await store.remove(id);
			routes.add(change.route);
			removed++;
		}
	}
	await Promise.all([...routes].map((route) => store.clearIfEmpty(route)));
	return removed;
}

/**
 * Takes one field out of the user's queued own changes (a change left with nothing is removed); returns whether
 * a queued change held it.
 */
export async function cancelQueuedField(inv: Invocation, field: FieldRef): Promise<boolean> {
	const store = new QueueStore(inv.read.getPersistenceReader(), inv.persis);
	const routes = new Set<string>();
	let found = false;
	for (const change of await store.ofUser(inv.user.id)) {
		if (change.operation.type !== 'own') {
			continue;
		}
		const left = withoutField(change.operation.changes, field);
		if (left.length === change.operation.changes.length) {
			continue;
		}
		found = true;
		if (left.length) {
			await store.put({ ...change, operation: { type: 'own', changes: left } });
		} else {
			await store.remove(change.id);
			routes.add(change.route);
		}
	}
	await Promise.all([...routes].map((route) => store.clearIfEmpty(route)));
	return found;
}
