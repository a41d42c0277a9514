import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import type { Credential } from './restClient';
import { RecordStore } from './storage';

interface CredentialRecord extends Credential {
	linkedAt: string;
	/** The server origin that issued the token: it is never sent anywhere else. */
	origin?: string;
}

/** How long the password's digest waits for the second factor of a sign-in. */
export const SIGN_IN_STEP_TTL_MS = 10 * 60 * 1000;

/** Between a sign-in's password and its second factor: the digest that was accepted, for one link modal only. */
interface SignInStepRecord {
	userId: string;
	/** The link modal (its pending interaction) this step belongs to. */
	nonce: string;
	digest: string;
	expiresAt: number;
}

/**
 * The one place a secret is kept: each user's link to the server (login token or personal access token), and,
 * for the minutes between the password and the second factor of a sign-in, the password's SHA-256 digest (the
 * server asks for both again with the code; keeping the digest spares the user typing the password twice).
 * It is never shown, logged or put in a message. A credential is bound to the origin of the server that issued
 * it: when the "Server URL" setting points elsewhere, it is not used (the user is asked to link again).
 */
export class CredentialStore {
	private readonly store: RecordStore<CredentialRecord>;
	private readonly steps: RecordStore<SignInStepRecord>;

	/** `origin`: where the app sends requests now (originOf the configured base URL), asked only when needed. */
	constructor(
		reader: IPersistenceRead,
		writer: IPersistence | undefined,
		private readonly origin: () => Promise<string>,
	) {
		this.store = new RecordStore<CredentialRecord>('credential', reader, writer);
		this.steps = new RecordStore<SignInStepRecord>('credential-signin', reader, writer);
	}

	public async get(userId: string): Promise<Credential | undefined> {
		const record = await this.store.get(userId);
		if (!record || record.userId !== userId) {
			return undefined;
		}
		// Each field read once: the record is the engine's object, every read of it a trip across vm2.
		const token = record.token;
		if (typeof token !== 'string' || !token) {
			return undefined;
		}
		const origin = await this.origin();
		if (!origin || record.origin !== origin) {
			return undefined;
		}
		return { userId, token, kind: record.kind === 'pat' ? 'pat' : 'login' };
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
		await this.dropSignInStep(userId);
	}

	/** Keeps the accepted password's digest until the code of this link modal is entered (or the step ends). */
	public async holdSignInStep(
		userId: string,
		nonce: string,
		digest: string,
		now = Date.now(),
	): Promise<void> {
		await this.steps.put(userId, { userId, nonce, digest, expiresAt: now + SIGN_IN_STEP_TTL_MS });
	}

	/** The digest held for this user's link modal, unless it expired (then it is dropped). */
	public async signInStep(
		userId: string,
		nonce: string,
		now = Date.now(),
	): Promise<string | undefined> {
		const step = await this.steps.get(userId);
		if (
			!step ||
			step.userId !== userId ||
			step.nonce !== nonce ||
			typeof step.digest !== 'string'
		) {
			return undefined;
		}
		if (!(step.expiresAt > now)) {
			await this.dropSignInStep(userId);
			return undefined;
		}
		return step.digest;
	}

	/** The sign-in step ended (linked, refused, cancelled): the digest goes. */
	public async dropSignInStep(userId: string): Promise<void> {
		await this.steps.remove(userId);
	}
}
