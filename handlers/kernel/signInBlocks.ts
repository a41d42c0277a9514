import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { ADDRESS_BLOCK_KEY, activeBlock, type SignInBlock } from '../../lib/signIn';
import { RecordStore } from './storage';

/**
 * The app's record of the server's failed-login blocks: one per user, one for the server's address (which every
 * sign-in through the app shares). Kept in persistence so every server instance sees it.
 */
export class SignInBlockStore {
	private readonly store: RecordStore<SignInBlock>;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<SignInBlock>('signin-block', reader, writer);
	}

	/** The block that stops a sign-in of this user now, if any. */
	public async active(
		userId: string,
		now = Date.now(),
	): Promise<{ block: SignInBlock; minutes: number } | undefined> {
		const [own, address] = await Promise.all([
			this.store.get(userId),
			this.store.get(ADDRESS_BLOCK_KEY),
		]);
		return activeBlock([own, address], now);
	}

	public async save(userId: string, block: SignInBlock): Promise<void> {
		await this.store.put(block.scope === 'address' ? ADDRESS_BLOCK_KEY : userId, block);
	}

	/** A successful sign-in ends the user's own record (the server resets its count too). */
	public async clear(userId: string): Promise<void> {
		await this.store.remove(userId);
	}
}
