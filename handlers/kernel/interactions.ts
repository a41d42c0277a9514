import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { newNonce, ViewKind } from '../../lib/ids';
import { RecordStore } from './storage';

/** How long a modal or a confirmation button stays usable. */
export const INTERACTION_TTL_MS = 30 * 60 * 1000;

/**
 * What the app must remember between a command and the modal submission that finishes it: who, which room
 * (submissions carry none), and the non-secret part of the pending change. Never a password or a code.
 */
export interface PendingInteraction<P = unknown> {
	nonce: string;
	kind: ViewKind;
	userId: string;
	roomId: string;
	createdAt: string;
	payload: P;
}

export class InteractionStore {
	private readonly store: RecordStore<PendingInteraction>;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<PendingInteraction>('interaction', reader, writer);
	}

	public async create<P extends object>(
		kind: ViewKind,
		userId: string,
		roomId: string,
		payload: P,
		now = new Date(),
	): Promise<PendingInteraction<P>> {
		await this.purgeExpired(now.getTime());
		const record = {
			nonce: newNonce(),
			kind,
			userId,
			roomId,
			createdAt: now.toISOString(),
			payload,
		};
		await this.store.put(record.nonce, record as PendingInteraction);
		return record;
	}

	/**
	 * The pending interaction, if it exists, belongs to this user and has not expired. Its kind (not the view id's)
	 * says what comes next: an edit form becomes a second-factor step under the same view id.
	 */
	public async find<P = unknown>(
		nonce: string,
		userId: string,
		now = Date.now(),
	): Promise<PendingInteraction<P> | undefined> {
		const record = await this.store.get(nonce);
		if (!record || record.userId !== userId) {
			return undefined;
		}
		if (now - Date.parse(record.createdAt) > INTERACTION_TTL_MS) {
			await this.store.remove(nonce).catch(() => undefined);
			return undefined;
		}
		return record as PendingInteraction<P>;
	}

	/** Modals abandoned without a close event would stay forever: each new interaction sweeps the expired ones. */
	public async purgeExpired(now = Date.now()): Promise<void> {
		const expired = (await this.store.all()).filter(
			(record) => !(now - Date.parse(record.createdAt) <= INTERACTION_TTL_MS),
		);
		await Promise.all(expired.map((record) => this.store.remove(record.nonce)));
	}

	public async update(record: PendingInteraction): Promise<void> {
		await this.store.put(record.nonce, record);
	}

	public async remove(nonce: string): Promise<void> {
		await this.store.remove(nonce);
	}
}
