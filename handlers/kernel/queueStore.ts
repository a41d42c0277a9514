import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { newNonce } from '../../lib/ids';
import type { FieldChange } from '../../lib/args';
import { RecordStore } from './storage';

/**
 * A change the server rate-limited: only non-secret changes (no proof) are queued. It is replayed when its turn
 * comes, reading the profile again, so the reply says what really changed then and nothing newer is reverted.
 */
export type QueuedOperation =
	| { type: 'own'; changes: FieldChange[] }
	| { type: 'admin'; words: string[]; confirmed?: boolean };

export interface QueuedChange {
	id: string;
	userId: string;
	roomId: string;
	operation: QueuedOperation;
	/** The endpoint whose budget the change waits for ('' when unknown). */
	route: string;
	/** Not tried before this time (the server's clock when it came from X-RateLimit-Reset). */
	notBefore: string;
	createdAt: string;
	attempts: number;
}

/** Marks an endpoint whose line may hold queued changes (see QueueStore.mayHoldLine). */
interface LineMark {
	route: string;
}

/**
 * The queued changes, each readable through the server's index on associations: by endpoint (its line) and by
 * user. A request reads only its endpoint's line mark, never the queue, so a long queue does not make every
 * request slower.
 */
export class QueueStore {
	private readonly store: RecordStore<QueuedChange>;
	private readonly marks: RecordStore<LineMark>;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<QueuedChange>('queue', reader, writer);
		this.marks = new RecordStore<LineMark>('queue-line', reader, writer);
	}

	public async add(
		userId: string,
		roomId: string,
		operation: QueuedOperation,
		route: string,
		notBefore: Date,
		attempts = 0,
		now = new Date(),
	): Promise<QueuedChange> {
		const change: QueuedChange = {
			id: newNonce(),
			userId,
			roomId,
			operation,
			route,
			notBefore: notBefore.toISOString(),
			createdAt: now.toISOString(),
			attempts,
		};
		await this.put(change);
		return change;
	}

	/** Every queued change (the queue job reads them once a run). */
	public async all(): Promise<QueuedChange[]> {
		return (await this.store.all()).map((change) => ({ ...change, route: change.route ?? '' }));
	}

	/** The changes waiting for one endpoint. */
	public line(route: string): Promise<QueuedChange[]> {
		return this.store.inGroup(`route:${route}`);
	}

	/** One user's queued changes. */
	public ofUser(userId: string): Promise<QueuedChange[]> {
		return this.store.inGroup(`user:${userId}`);
	}

	public async get(id: string): Promise<QueuedChange | undefined> {
		return this.store.get(id);
	}

	/**
	 * Writes a change (back in its place: the line is ordered by `createdAt`), then marks its line: whoever
	 * clears a mark reads the line after clearing it (clearIfEmpty), so a change is never left unmarked.
	 */
	public async put(change: QueuedChange): Promise<void> {
		await this.store.put(change.id, change, [`route:${change.route}`, `user:${change.userId}`]);
		await this.marks.put(change.route, { route: change.route });
	}

	/**
	 * Whether a line may hold changes: one record read, whatever the queue's length. True for a line that was
	 * emptied a moment ago (its mark is cleared by the queue job or a cancel); never false for one that holds any.
	 */
	public async mayHoldLine(route: string): Promise<boolean> {
		return (await this.marks.get(route)) !== undefined;
	}

	/** Clears the mark of a line found empty: the mark first, then the line is read again (see put). */
	public async clearIfEmpty(route: string): Promise<void> {
		if ((await this.line(route)).length) {
			return;
		}
		await this.marks.remove(route);
		const late = await this.line(route);
		if (late.length) {
			await this.marks.put(route, { route });
		}
	}

	public async remove(id: string): Promise<void> {
		await this.store.remove(id);
	}

	/**
	 * Takes a queued change out of the queue. Whoever takes it applies it, so a job that runs twice (or on two
	 * instances) finds nothing the second time and nothing is applied twice.
	 */
	public async take(id: string): Promise<QueuedChange | undefined> {
		const change = await this.store.get(id);
		if (change) {
			await this.store.remove(id);
		}
		return change;
	}
}
