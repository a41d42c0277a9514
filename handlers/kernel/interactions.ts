import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { isViewKind, newNonce, ViewKind } from '../../lib/ids';
import type { PayloadOf } from './payloads';
import { Claim, ClaimStore } from './claims';
import { RecordStore } from './storage';

/** How long a modal or a confirmation button stays usable. */
export const INTERACTION_TTL_MS = 30 * 60 * 1000;

/**
 * What the app must remember between a command and the modal submission that finishes it: who, which room
 * (submissions carry none), and the non-secret part of the pending change (its type depends on the kind of modal,
 * see handlers/kernel/payloads.ts). Never a password or a code.
 */
export interface PendingOf<K extends ViewKind> {
	nonce: string;
	kind: K;
	userId: string;
	roomId: string;
	createdAt: string;
	payload: PayloadOf[K];
}

/** A pending interaction of any kind: its `kind` tells its payload's type. */
export type PendingInteraction = { [K in ViewKind]: PendingOf<K> }[ViewKind];

export class InteractionStore {
	private readonly store: RecordStore<PendingInteraction>;
	private readonly claims: ClaimStore;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<PendingInteraction>('interaction', reader, writer);
		this.claims = new ClaimStore(reader, writer);
	}

	/**
	 * Claims the pending interaction for one submission, before any request: a second submission of the same
	 * modal meanwhile gets undefined (see handlers/kernel/claims.ts). The holder must `find` the record again.
	 */
	public claim(nonce: string): Promise<Claim | undefined> {
		return this.claims.claim(nonce);
	}

	public release(claim: Claim): Promise<void> {
		return this.claims.release(claim);
	}

	public async create<K extends ViewKind>(
		kind: K,
		userId: string,
		roomId: string,
		payload: PayloadOf[K],
		now = new Date(),
	): Promise<PendingOf<K>> {
		await this.purgeExpired(now.getTime());
		const record: PendingOf<K> = {
			nonce: newNonce(),
			kind,
			userId,
			roomId,
			createdAt: now.toISOString(),
			payload,
		};
		await this.put(record);
		return record;
	}

	/**
	 * The pending interaction, if it exists, belongs to this user and has not expired. Its kind (not the view id's)
	 * says what comes next: an edit form becomes a second-factor step under the same view id.
	 */
	public async find(
		nonce: string,
		userId: string,
		now = Date.now(),
	): Promise<PendingInteraction | undefined> {
		const record = await this.store.get(nonce);
		// A kind this version does not know (left by an older one) is no interaction it can finish.
		if (!record || record.userId !== userId || !isViewKind(record.kind)) {
			return undefined;
		}
		if (now - Date.parse(record.createdAt) > INTERACTION_TTL_MS) {
			await this.remove(nonce).catch(() => undefined);
			return undefined;
		}
		return record;
	}

	/** Modals abandoned without a close event would stay forever: each new interaction sweeps the expired ones. */
	public async purgeExpired(now = Date.now()): Promise<void> {
		const expired = (await this.store.all()).filter(
			(record) => !(now - Date.parse(record.createdAt) <= INTERACTION_TTL_MS),
		);
		await Promise.all(expired.map((record) => this.remove(record.nonce)));
	}

	public async update<K extends ViewKind>(record: PendingOf<K>): Promise<void> {
		await this.put(record);
	}

	/** A record of one kind is one member of the union; TypeScript cannot follow a generic kind that far. */
	private async put<K extends ViewKind>(record: PendingOf<K>): Promise<void> {
		await this.store.put(record.nonce, record as PendingInteraction);
	}

	/** The record first, then its claims: a contender that wins once they are gone finds no record. */
	public async remove(nonce: string): Promise<void> {
		await this.store.remove(nonce);
		await this.claims.forget(nonce);
	}
}
