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
 */
export class PersistenceStore {
	private documents: PersistenceRecord[] = [];

	insert(appId: string, data: object, associations?: Association[]): string {
		assertStorable(data);
		const record: PersistenceRecord = { _id: objectId(), appId, data: toPlain(data) };
		if (associations) {
			record.associations = associations.map((association) => ({ ...association }));
		}
		this.documents.push(record);
		return record._id;
	}

	/** Like Rocket.Chat's `findOneById`, this does not filter by app. */
	findDataById(id: string): object | undefined {
		const record = this.documents.find((candidate) => candidate._id === id);
		return record && toPlain(record.data);
	}

	findDataContainingAll(appId: string, associations: Association[]): object[] {
		return this.matchingAll(appId, associations).map((record) => toPlain(record.data));
	}

	removeById(appId: string, id: string): object | undefined {
		const record = this.documents.find(
			(candidate) => candidate._id === id && candidate.appId === appId,
		);
		if (!record) {
			return undefined;
		}
		this.documents = this.documents.filter((candidate) => candidate !== record);
		return toPlain(record.data);
	}

	/** Returns the removed documents' data, or undefined when nothing matched (6.x behaviour). */
	removeContainingAll(appId: string, associations: Association[]): object[] | undefined {
		const removed = this.matchingAll(appId, associations);
		if (!removed.length) {
			return undefined;
		}
		this.documents = this.documents.filter((candidate) => !removed.includes(candidate));
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
		const record = this.documents.find(
			(candidate) =>
				candidate.appId === appId &&
				candidate.associations?.length === associations.length &&
				candidate.associations.every((association, index) =>
					sameAssociation(association, associations[index]),
				),
		);
		if (record) {
			record.data = toPlain(data);
			return record._id;
		}
		return upsert ? this.insert(appId, data, associations) : undefined;
	}

	purge(appId: string): void {
		this.documents = this.documents.filter((record) => record.appId !== appId);
	}

	/** Copies of every stored document, oldest first. */
	records(): PersistenceRecord[] {
		return this.documents.map((record) => toPlain(record));
	}

	clear(): void {
		this.documents = [];
	}

	private matchingAll(appId: string, associations: Association[]): PersistenceRecord[] {
		if (!associations.length) {
			return [];
		}
		return this.documents.filter(
			(record) =>
				record.appId === appId &&
				associations.every((wanted) =>
					record.associations?.some((stored) => sameAssociation(stored, wanted)),
				),
		);
	}
}

function assertStorable(data: unknown): void {
	if (typeof data !== 'object') {
		throw new Error('Attempted to store an invalid data type, it must be an object.');
	}
}
