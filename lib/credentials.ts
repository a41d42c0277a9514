import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import type { Credential } from './restClient';
import { RecordStore } from './storage';

interface CredentialRecord extends Credential {
	linkedAt: string;
}

/**
 * The one place a secret is kept: each user's link to the server (login token or personal access token).
 * It is never shown, logged or put in a message.
 */
export class CredentialStore {
	private readonly store: RecordStore<CredentialRecord>;

	constructor(reader: IPersistenceRead, writer?: IPersistence) {
		this.store = new RecordStore<CredentialRecord>('credential', reader, writer);
	}

	public async get(userId: string): Promise<Credential | undefined> {
		const record = await this.store.get(userId);
		if (!record || record.userId !== userId || typeof record.token !== 'string' || !record.token) {
			return undefined;
		}
		return {
			userId: record.userId,
			token: record.token,
			kind: record.kind === 'pat' ? 'pat' : 'login',
		};
	}

	public async save(credential: Credential, now = new Date()): Promise<void> {
		await this.store.put(credential.userId, { ...credential, linkedAt: now.toISOString() });
	}

	public async forget(userId: string): Promise<void> {
		await this.store.remove(userId);
	}
}
