import { objectId } from '../ids';
import { toPlain } from '../plain';

/** How Rocket.Chat stores a RocketChatAssociationRecord: a `{model, id}` sub-document. */
export interface Association {
	model: string;
	id: string;
}

/** A document of Rocket.Chat's app persistence collection. */
export interface PersistenceRecord {
	_id: string;
	appId: string;
	associations?: Association[];
	data: object;
}

/** Accepts the app's RocketChatAssociationRecord instances (from the sandbox) as well as plain `{model, id}`. */
export function toAssociation(record: unknown): Association {
	const candidate = record as {
		getModel?: () => string;
		getID?: () => string;
		model?: string;
		id?: string;
	};
	const model = typeof candidate.getModel === 'function' ? candidate.getModel() : candidate.model;
	const id = typeof candidate.getID === 'function' ? candidate.getID() : candidate.id;
	if (typeof model !== 'string' || typeof id !== 'string') {
		throw new Error(`Invalid association record: ${JSON.stringify(record)}`);
	}
	return { model, id };
}

const sameAssociation = (a: Association, b: Association): boolean =>
	a.model === b.model && a.id === b.id;

/**
 * In-memory copy of Rocket.Chat's app persistence with the same matching rules as its MongoDB queries
 * (apps/meteor/app/apps/server/bridges/persistence.ts, 6.x): reads and removes use
 * `associations: {$all: [...]}` (every given association present, any order, extra ones allowed; an empty
 * list matches nothing), while updates query `associations: [...]`, i.e. the exact array, order included,
 * and touch only the first match.
 *
 * Records are indexed by (app, association), as the server's collection is indexed on `associations`, so a
 * query costs the size of its smallest association's bucket, not the size of the collection: otherwise every
 * read of the one credential a user has would scan every linked user's records, and load figures would
 * measure this store rather than the app.
 */
export class PersistenceStore {
	/** Every record by id, in insertion order (a Map keeps it; removal is O(1)). */
	private documents = new Map<string, PersistenceRecord>();
	/** Records carrying an association, by `indexKey(appId, association)`; each bucket in insertion order. */
	private byAssociation = new Map<string, Set<PersistenceRecord>>();

	insert(appId: string, data: object, associations?: Association[]): string {
		assertStorable(data);
		const record: PersistenceRecord = { _id: objectId(), appId, data: toPlain(data) };
		if (associations) {
			record.associations = associations.map((association) => ({ ...association }));
		}
		this.documents.set(record._id, record);
		for (const association of record.associations ?? []) {
			const key = indexKey(appId, association);
			let bucket = this.byAssociation.get(key);
			if (!bucket) {
				bucket = new Set();
				this.byAssociation.set(key, bucket);
			}
			bucket.add(record);
		}
		return record._id;
	}

	/** Like Rocket.Chat's `findOneById`, this does not filter by app. */
	findDataById(id: string): object | undefined {
		const record = this.documents.get(id);
		return record && toPlain(record.data);
	}

	findDataContainingAll(appId: string, associations: Association[]): object[] {
		return this.matchingAll(appId, associations).map((record) => toPlain(record.data));
	}

	removeById(appId: string, id: string): object | undefined {
		const record = this.documents.get(id);
		if (!record || record.appId !== appId) {
			return undefined;
		}
		this.delete(record);
		return toPlain(record.data);
	}

	/** Returns the removed documents' data, or undefined when nothing matched (6.x behaviour). */
	removeContainingAll(appId: string, associations: Association[]): object[] | undefined {
		const removed = this.matchingAll(appId, associations);
		if (!removed.length) {
			return undefined;
		}
		for (const record of removed) {
			this.delete(record);
		}
		return removed.map((record) => toPlain(record.data));
	}

	/**
	 * `updateOne({appId, associations}, {$set: {data}}, {upsert})`. Returns the record's id, or undefined
	 * when nothing matched and upsert is off. (Rocket.Chat's own return value differs per version and is
	 * unreliable; apps should ignore it.)
	 */
	replaceDataOfExactMatch(
		appId: string,
		associations: Association[],
		data: object,
		upsert: boolean,
	): string | undefined {
		assertStorable(data);
		// An exact match carries every one of these associations, so the smallest of their buckets holds every
		// candidate, in insertion order; only the (unusual) empty array needs a full scan.
		const candidates = associations.length
			? this.smallestBucket(appId, associations) ?? []
			: this.documents.values();
		let record: PersistenceRecord | undefined;
		for (const candidate of candidates) {
			if (
				candidate.appId === appId &&
				candidate.associations?.length === associations.length &&
				candidate.associations.every((association, index) =>
					sameAssociation(association, associations[index]),
				)
			) {
				record = candidate;
				break;
			}
		}
		if (record) {
			record.data = toPlain(data);
			return record._id;
		}
		return upsert ? this.insert(appId, data, associations) : undefined;
	}

	purge(appId: string): void {
		for (const record of [...this.documents.values()]) {
			if (record.appId === appId) {
				this.delete(record);
			}
		}
	}

	/** Copies of every stored document, oldest first. */
	records(): PersistenceRecord[] {
		return [...this.documents.values()].map((record) => toPlain(record));
	}

	clear(): void {
		this.documents.clear();
		this.byAssociation.clear();
	}

	/** `$all`: the smallest bucket among the wanted associations, filtered by the others; insertion order. */
	private matchingAll(appId: string, associations: Association[]): PersistenceRecord[] {
		if (!associations.length) {
			return [];
		}
		return [...(this.smallestBucket(appId, associations) ?? [])].filter((record) =>
			associations.every((wanted) =>
				record.associations?.some((stored) => sameAssociation(stored, wanted)),
			),
		);
	}

	/** The fewest records carrying one of the associations; undefined when one of them has none. */
	private smallestBucket(
		appId: string,
		associations: Association[],
	): Set<PersistenceRecord> | undefined {
		let smallest: Set<PersistenceRecord> | undefined;
		for (const association of associations) {
			const bucket = this.byAssociation.get(indexKey(appId, association));
			if (!bucket) {
				return undefined;
			}
			if (!smallest || bucket.size < smallest.size) {
				smallest = bucket;
			}
		}
		return smallest;
	}

	private delete(record: PersistenceRecord): void {
		this.documents.delete(record._id);
		for (const association of record.associations ?? []) {
			const key = indexKey(record.appId, association);
			const bucket = this.byAssociation.get(key);
			bucket?.delete(record);
			if (bucket?.size === 0) {
				this.byAssociation.delete(key);
			}
		}
	}
}

/** JSON keeps the parts apart whatever characters they contain. */
const indexKey = (appId: string, association: Association): string =>
	JSON.stringify([appId, association.model, association.id]);

function assertStorable(data: unknown): void {
	if (typeof data !== 'object') {
		throw new Error('Attempted to store an invalid data type, it must be an object.');
	}
}
