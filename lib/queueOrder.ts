/**
 * Order of the queue of rate-limited changes: first in, first out across users, one line per endpoint (a change
 * waits for the budget of the endpoint that refused it). Plain functions over the queued records.
 */
import type { FieldChange } from './args';
import type { FieldRef } from './fields';

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

/** The changes without the one of `field` (`/profile queue cancel <field>`). */
export function withoutField(changes: readonly FieldChange[], field: FieldRef): FieldChange[] {
	return changes.filter(
		(change) => !(change.ref.kind === field.kind && change.ref.field === field.field),
	);
}

/** What to write so that a user's newer own change joins their queued one. */
export interface OwnQueuePlan<T extends QueueEntry> {
	/** The user's queued entry that now holds every change (keeping its place), or undefined for a new entry. */
	joined?: T;
	/** Whether a newer value replaced a queued value of the same field. */
	replacedField: boolean;
	/** The user's later entries, whose changes moved into `joined`. */
	removed: T[];
}

/**
 * A user has at most one queued own change: a newer one joins it (a newer value of a field replaces the queued
 * one), and it keeps its place in the line. Every own change is one `users.updateOwnBasicInfo` request, so
 * joining costs the shared budget nothing and the users queued behind wait one request less, never more.
 * Entries queued before this rule held (several of one user) are joined into the earliest.
 */
export function planOwnChange<T extends QueueEntry>(
	entries: readonly T[],
	userId: string,
	changes: FieldChange[],
): OwnQueuePlan<T> {
	const mine = inArrivalOrder(
		entries.filter((entry) => entry.userId === userId && entry.operation.type === 'own'),
	);
	const [first, ...later] = mine;
	if (!first) {
		return { replacedField: false, removed: [] };
	}
	const queued = mine.flatMap((entry) =>
		entry.operation.type === 'own' ? entry.operation.changes : [],
	);
	const merged: FieldChange[] = [];
	for (const change of [...queued, ...changes]) {
		const index = merged.findIndex((old) => sameField(old, change));
		if (index >= 0) {
			merged.splice(index, 1);
		}
		merged.push(change);
	}
	const joined = { ...first, operation: { type: 'own', changes: merged } } as T;
	return {
		joined,
		replacedField: queued.some((old) => changes.some((change) => sameField(old, change))),
		removed: later,
	};
}
