import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { newNonce } from '../../lib/ids';
import { RecordStore } from './storage';

interface ClaimRecord {
	nonce: string;
	claimId: string;
	/** Set by the winner once it has won: a contender that sees it gives up at once. */
	won: boolean;
}

/** A won claim on a pending interaction: whoever holds it is the only one submitting it. */
export interface Claim {
	nonce: string;
	claimId: string;
}

/** How often a contender tries after a tie (every contender saw another one) before it gives up. */
const ATTEMPTS = 6;

/**
 * The pause after the `attempt`th tie: random, in a window many times one round (write and read) long and
 * doubling with each tie, so that contenders soon run one after the other; capped to stay well within the
 * client's 5 s.
 */
export function backOff(attempt: number, roundMs: number): Promise<void> {
	const window = Math.min(Math.max(roundMs, 5) * 8 * 2 ** (attempt - 1), 500);
	return new Promise((resolve) => setTimeout(resolve, Math.random() * window));
}

/**
 * Claims on pending interactions, so that two submissions of the same modal (a double click, a replayed request,
 * two server instances) cannot both send its write. App persistence has no transaction and no compare-and-swap:
 * each write and each read is atomic on its own, nothing more. So each contender:
 *
 *   1. writes a claim record of its own (the interaction's nonce + a random claim id), then
 *   2. reads every claim on that nonce, and
 *   3. wins only if it sees its own claim and no other; otherwise it removes its claim and loses (or, when no
 *      other claim is marked won, tries again after a random pause: a tie, see below).
 *
 * No two winners. Take contenders A and B, each writing (wA, wB) before reading (rA, rB). Either rA comes before
 * wB, then wA < rA < wB < rB and B's read sees A's claim; or wB comes before rA, and A's read sees B's claim. So of
 * any two, the later reader sees the other's claim, unless that claim was removed before: a loser removes its
 * claim only after it lost (it won nothing), a winner only after its submission is over (then the two did not
 * overlap, and the record was re-read after winning: a closed modal's record is gone, see below). A contender
 * that sees only itself therefore wins rightly: everyone else either lost already or will see its claim.
 *
 * Not always a winner at once: when both see both (a tie), both withdraw; then each tries again after a random
 * pause (`backOff`), and the first to find the field clear wins. No rule of one write and one read can always
 * pick a winner (consensus cannot be reached with plain reads and writes alone), so the pause is what makes a
 * tie rare and a second one rarer. The winner marks its claim won, so that later contenders stop at once.
 *
 * The record must be read again after winning (it may have been used and removed meanwhile); removing the record
 * removes its claims after it (InteractionStore.remove), so a contender that wins only because the claims were
 * cleared finds no record. A claim left by a crash blocks only its own record, which expires (INTERACTION_TTL_MS).
 */
export class ClaimStore {
	private readonly store: RecordStore<ClaimRecord>;

	constructor(
		reader: IPersistenceRead,
		writer?: IPersistence,
		/** How a contender waits after a tie (a test passes one that counts turns, not milliseconds). */
		private readonly pause: (attempt: number, roundMs: number) => Promise<void> = backOff,
	) {
		this.store = new RecordStore<ClaimRecord>('claim', reader, writer);
	}

	/** The claim on `nonce`, or undefined when another contender holds it (or kept winning every tie). */
	public async claim(nonce: string): Promise<Claim | undefined> {
		for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
			const claimId = newNonce();
			const key = `${nonce}:${claimId}`;
			const startedAt = Date.now();
			await this.store.put(key, { nonce, claimId, won: false }, nonce);
			const claims = await this.store.inGroup(nonce);
			const roundMs = Date.now() - startedAt;
			if (claims.length === 1 && claims[0].claimId === claimId) {
				await this.store.put(key, { nonce, claimId, won: true }, nonce);
				return { nonce, claimId };
			}
			await this.store.remove(key);
			if (claims.some((claim) => claim.won && claim.claimId !== claimId)) {
				return undefined;
			}
			if (attempt < ATTEMPTS) {
				await this.pause(attempt, roundMs);
			}
		}
		return undefined;
	}

	/** The submission is over and its record lives on (the modal stays open): the next submission may claim it. */
	public async release(claim: Claim): Promise<void> {
		await this.store.remove(`${claim.nonce}:${claim.claimId}`);
	}

	/**
	 * Every claim on a record that is gone, each by its own key: some server versions remove only one record per
	 * removeByAssociations (docs/server-rules.md#persistence).
	 */
	public async forget(nonce: string): Promise<void> {
		const claims = await this.store.inGroup(nonce);
		await Promise.all(claims.map((claim) => this.store.remove(`${nonce}:${claim.claimId}`)));
	}
}
