import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import {
	RocketChatAssociationModel,
	RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';

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

	private associations(key: string): RocketChatAssociationRecord[] {
		return [
			new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `profile-app:${this.kind}`),
			new RocketChatAssociationRecord(
				RocketChatAssociationModel.MISC,
				`profile-app:${this.kind}:${key}`,
			),
		];
	}

	/** Every record of this kind (reads match associations as a subset). */
	public async all(): Promise<T[]> {
		const [kind] = this.associations('');
		return (await this.reader.readByAssociation(kind)) as T[];
	}

	public async get(key: string): Promise<T | undefined> {
		const [record] = await this.reader.readByAssociations(this.associations(key));
		return record ? (record as T) : undefined;
	}

	public async put(key: string, data: T): Promise<void> {
		await this.requireWriter().updateByAssociations(this.associations(key), data, true);
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
