import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { ClaimStore } from '../../handlers/kernel/claims';
import { PersistenceStore, toAssociation } from '../../tools/host/state/PersistenceStore';

const APP = 'app';

/** A few turns of the event loop's microtask queue, a random number of them: other contenders run meanwhile. */
async function yieldRandomly(): Promise<void> {
	for (let turns = Math.floor(Math.random() * 4); turns > 0; turns--) {
		await Promise.resolve();
	}
}

/**
 * App persistence as the engine gives it: each call atomic, nothing more; every call lets the other contenders
 * run before and after it, in a random order, so a few hundred races cover the interleavings of write and read.
 */
function racingPersistence(store: PersistenceStore): {
	reader: IPersistenceRead;
	writer: IPersistence;
} {
	const atomically = async <T>(operation: () => T): Promise<T> => {
		await yieldRandomly();
		const result = operation();
		await yieldRandomly();
		return result;
	};
	const reader = {
		readByAssociation: (association: unknown) =>
			atomically(() => store.findDataContainingAll(APP, [toAssociation(association)])),
		readByAssociations: (associations: unknown[]) =>
			atomically(() => store.findDataContainingAll(APP, associations.map(toAssociation))),
	} as unknown as IPersistenceRead;
	const writer = {
		updateByAssociations: (associations: unknown[], data: object, upsert: boolean) =>
			atomically(() =>
				store.replaceDataOfExactMatch(APP, associations.map(toAssociation), data, upsert),
			),
		removeByAssociations: (associations: unknown[]) =>
			atomically(() => store.removeContainingAll(APP, associations.map(toAssociation))),
	} as unknown as IPersistence;
	return { reader, writer };
}

/** `backOff` in event-loop turns instead of milliseconds: one round takes about ten turns here. */
async function quickPause(attempt: number): Promise<void> {
	for (let turns = Math.floor(Math.random() * 80 * 2 ** (attempt - 1)); turns > 0; turns--) {
		await Promise.resolve();
	}
}

describe('claims on a pending record (handlers/kernel/claims.ts)', () => {
	it.each([2, 3, 5])(
		'%i contenders at once: never two winners, and (holding on) exactly one',
		async (contenders) => {
			for (let race = 0; race < 300; race++) {
				const store = new PersistenceStore();
				const claims = Array.from({ length: contenders }, () => {
					const { reader, writer } = racingPersistence(store);
					return new ClaimStore(reader, writer, quickPause);
				});
				const won = (await Promise.all(claims.map((claim) => claim.claim('nonce')))).filter(
					Boolean,
				);
				// Nobody releases here, so a lone winner's claim stays: at most one, and a tie is retried.
				expect(won.length).toBeLessThanOrEqual(1);
				expect(won.length).toBe(1);
			}
		},
	);

	it('a released claim lets the next submission win; a held one does not', async () => {
		const store = new PersistenceStore();
		const { reader, writer } = racingPersistence(store);
		const claims = new ClaimStore(reader, writer, quickPause);
		const first = await claims.claim('nonce');
		expect(first).toBeDefined();
		await expect(claims.claim('nonce')).resolves.toBeUndefined();
		await claims.release(first as NonNullable<typeof first>);
		await expect(claims.claim('nonce')).resolves.toBeDefined();
		await expect(claims.claim('other')).resolves.toBeDefined();
	});

	it('forgetting a record removes all its claims', async () => {
		const store = new PersistenceStore();
		const { reader, writer } = racingPersistence(store);
		const claims = new ClaimStore(reader, writer, quickPause);
		await claims.claim('nonce');
		await claims.forget('nonce');
		expect(store.records()).toEqual([]);
	});
});
