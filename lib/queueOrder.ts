/**
 * Order of the queue of rate-limited changes: first in, first out across users, one line per endpoint (a change
 * waits for the budget of the endpoint that refused it). Plain functions over the queued records.
 */
import type { FieldChange } from './args';

export interface QueueEntry {
	id: string;
	userId: string;
	/** The endpoint whose budget the change waits for. */
	route: string;
	createdAt: string;
	operation: { type: 'own'; changes: FieldChange[] } | { type: 'admin'; words: string[] };
}

/** First in, first out; entries of the same millisecond keep a stable order by id. */
export function inArrivalOrder<T extends QueueEntry>(entries: readonly T[]): T[] {
	return [...entries].sort(
		(a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
	);
}

/** 1-based place of an entry in its endpoint's line; 0 when it is not queued. */
export function placeOf(entries: readonly QueueEntry[], id: string): number {
	const entry = entries.find((candidate) => candidate.id === id);
	if (!entry) {
		return 0;
	}
	const line = inArrivalOrder(entries.filter((candidate) => candidate.route === entry.route));
	return line.findIndex((candidate) => candidate.id === id) + 1;
}

/** How many changes wait for a route (a new change would come after all of them). */
export function waitingFor(entries: readonly QueueEntry[], route: string): number {
	return entries.filter((entry) => entry.route === route).length;
}

function sameField(a: FieldChange, b: FieldChange): boolean {
	return a.ref.kind === b.ref.kind && a.ref.field === b.ref.field;
}

/** What to write so that a user's newer own change replaces their queued change of the same fields. */
export interface OwnQueuePlan<T extends QueueEntry> {
	/** The entry that now holds the change: an existing one (keeping its place) or undefined for a new one. */
	replaced?: T;
	/** Entries whose overlapping fields moved into `replaced`: rewritten with what is left, or removed. */
	trimmed: T[];
	removed: T[];
}

/**
 * A newer change of a field replaces the queued one: the user's earliest queued own change that touches one of
 * the new fields takes the new values (and keeps its place in the line); the same fields leave their later
 * entries (an entry left with nothing is removed). Without an overlap the change joins the end of the line.
 */
export function planOwnChange<T extends QueueEntry>(
	entries: readonly T[],
	userId: string,
	changes: FieldChange[],
): OwnQueuePlan<T> {
	const mine = inArrivalOrder(
		entries.filter((entry) => entry.userId === userId && entry.operation.type === 'own'),
	);
	const overlaps = (entry: T) =>
		entry.operation.type === 'own' &&
		entry.operation.changes.some((old) => changes.some((change) => sameField(old, change)));
	const [first, ...later] = mine.filter(overlaps);
	if (!first) {
		return { trimmed: [], removed: [] };
	}
	const keep = (entry: T) =>
		entry.operation.type === 'own'
			? entry.operation.changes.filter((old) => !changes.some((change) => sameField(old, change)))
			: [];
	const replaced = {
		...first,
		operation: { type: 'own', changes: [...keep(first), ...changes] },
	} as T;
	const trimmed: T[] = [];
	const removed: T[] = [];
	for (const entry of later) {
		const left = keep(entry);
		if (left.length) {
			trimmed.push({ ...entry, operation: { type: 'own', changes: left } } as T);
		} else {
			removed.push(entry);
		}
	}
	return { replaced, trimmed, removed };
}
