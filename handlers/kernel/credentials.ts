import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import type { Credential } from './restClient';
import { RecordStore } from './storage';

interface CredentialRecord extends Credential {
	linkedAt: string;
	/** The server origin that issued the token: it is never sent anywhere else. */
	origin?: string;
}

/**
 * The one place a secret is kept: each user's link to the server (login token or personal access token).
 * It is never shown, logged or put in a message. A credential is bound to the origin of the server that issued
 * it: when the "Server URL" setting points elsewhere, it is not used (the user is asked to link again).
 */
export class CredentialStore {
	private readonly store: RecordStore<CredentialRecord>;

	/** `origin`: where the app sends requests now (originOf the configured base URL), asked only when needed. */
	constructor(
		reader: IPersistenceRead,
		writer: IPersistence | undefined,
		private readonly origin: () => Promise<string>,
	) {
		this.store = new RecordStore<CredentialRecord>('credential', reader, writer);
	}

	public async get(userId: string): Promise<Credential | undefined> {
		const record = await this.store.get(userId);
		if (!record || record.userId !== userId || typeof record.token !== 'string' || !record.token) {
			return undefined;
		}
		const origin = await this.origin();
		if (!origin || record.origin !== origin) {
			return undefined;
		}
		return {
			userId: record.userId,
			token: record.token,
			kind: record.kind === 'pat' ? 'pat' : 'login',
		};
	}

	/** The origin of a stored credential that is not bound to the current server, if there is one. */
	public async boundElsewhere(userId: string): Promise<string | undefined> {
		const record = await this.store.get(userId);
		if (!record || record.userId !== userId) {
			return undefined;
		}
		const origin = await this.origin();
		if (origin && record.origin === origin) {
			return undefined;
		}
		return record.origin ?? '';
	}

	public async save(credential: Credential, now = new Date()): Promise<void> {
		await this.store.put(credential.userId, {
			userId: credential.userId,
			token: credential.token,
			kind: credential.kind,
			linkedAt: now.toISOString(),
			origin: await this.origin(),
		});
	}

	public async forget(userId: string): Promise<void> {
		await this.store.remove(userId);
	}
}
