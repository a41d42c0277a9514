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
	| { type: 'admin'; words: string[] };

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

export class QueueStore {
	private readonly store: RecordStore<QueuedChange>;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<QueuedChange>('queue', reader, writer);
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
		await this.store.put(change.id, change);
		return change;
	}

	public async all(): Promise<QueuedChange[]> {
		return (await this.store.all()).map((change) => ({ ...change, route: change.route ?? '' }));
	}

	public async get(id: string): Promise<QueuedChange | undefined> {
		return this.store.get(id);
	}

	/** Writes a change back (in its place: the line is ordered by `createdAt`). */
	public async put(change: QueuedChange): Promise<void> {
		await this.store.put(change.id, change);
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
