import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import {
	RocketChatAssociationModel,
	RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';

/** Read once: each read of the engine's enum from inside the sandbox is a trip across vm2. */
const MISC = RocketChatAssociationModel.MISC;

/** An association of the app's records (each is built by the engine's class, from inside the sandbox). */
function association(id: string): RocketChatAssociationRecord {
	return new RocketChatAssociationRecord(MISC, id);
}

/**
 * One kind of record in app persistence, keyed by a string. The server matches updateByAssociations on the exact
 * association array, so the array is built in exactly one place (here).
 */
export class RecordStore<T extends object> {
	constructor(
		private readonly kind: string,
		private readonly reader: IPersistenceRead,
		private readonly writer?: IPersistence,
	) {}

	/**
	 * `groups`: further keys that several records share, to be read together (`inGroup`) through the server's
	 * index on associations, without reading every record of the kind.
	 */
	private associations(key: string, groups: readonly string[] = []): RocketChatAssociationRecord[] {
		return [
			association(`profile-app:${this.kind}`),
			this.keyAssociation(key),
			...groups.map((group) => this.groupAssociation(group)),
		];
	}

	private keyAssociation(key: string): RocketChatAssociationRecord {
		return association(`profile-app:${this.kind}:${key}`);
	}

	private groupAssociation(group: string): RocketChatAssociationRecord {
		return association(`profile-app:${this.kind}@${group}`);
	}

	/** Every record of this kind (reads match associations as a subset). */
	public async all(): Promise<T[]> {
		return (await this.reader.readByAssociation(association(`profile-app:${this.kind}`))) as T[];
	}

	public async get(key: string): Promise<T | undefined> {
		// The key's own association names one record of this kind: reading by it alone matches the same record
		// (reads match associations as a subset) and hands the engine one object to carry out of the sandbox
		// instead of two, which is most of what a read costs under vm2.
		// Indexing, not destructuring: destructuring walks the engine's array with an iterator, and each new iterator
		// is another object for vm2 to wrap.
		const records = await this.reader.readByAssociation(this.keyAssociation(key));
		return records.length ? (records[0] as T) : undefined;
	}

	/**
	 * Writes the record of `key`; a record put in groups is always put with the same groups, in the same order
	 * (an update matches the exact association array).
	 */
	public async put(key: string, data: T, groups?: string | readonly string[]): Promise<void> {
		const list = groups === undefined ? [] : typeof groups === 'string' ? [groups] : groups;
		await this.requireWriter().updateByAssociations(this.associations(key, list), data, true);
	}

	/** Every record put in `group`. */
	public async inGroup(group: string): Promise<T[]> {
		return (await this.reader.readByAssociation(this.groupAssociation(group))) as T[];
	}

	public async remove(key: string): Promise<void> {
		await this.requireWriter().removeByAssociations(this.associations(key));
	}

	private requireWriter(): IPersistence {
		if (!this.writer) {
			throw new Error(`The ${this.kind} store was opened read-only`);
		}
		return this.writer;
	}
}
