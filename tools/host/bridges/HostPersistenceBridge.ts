import type { RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import { PersistenceBridge } from '@rocket.chat/apps-engine/server/bridges';

import { toAssociation } from '../state/PersistenceStore';
import type { HostContext } from './HostContext';

/** Rocket.Chat's AppPersistenceBridge (6.x) over the in-memory store; see PersistenceStore for the matching rules. */
export abstract class HostPersistenceBridge extends PersistenceBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async purge(appId: string): Promise<void> {
		this.context.persistence.purge(appId);
	}

	protected async create(data: object, appId: string): Promise<string> {
		return this.context.persistence.insert(appId, data);
	}

	protected async createWithAssociations(
		data: object,
		associations: RocketChatAssociationRecord[],
		appId: string,
	): Promise<string> {
		return this.context.persistence.insert(appId, data, associations.map(toAssociation));
	}

	protected async readById(id: string): Promise<object> {
		return this.context.persistence.findDataById(id) as object;
	}

	protected async readByAssociations(
		associations: RocketChatAssociationRecord[],
		appId: string,
	): Promise<object[]> {
		return this.context.persistence.findDataContainingAll(appId, associations.map(toAssociation));
	}

	protected async remove(id: string, appId: string): Promise<object | undefined> {
		return this.context.persistence.removeById(appId, id);
	}

	protected async removeByAssociations(
		associations: RocketChatAssociationRecord[],
		appId: string,
	): Promise<object[] | undefined> {
		return this.context.persistence.removeContainingAll(appId, associations.map(toAssociation));
	}

	/** Rocket.Chat has never implemented updating by id. */
	protected async update(_id: string, data: object): Promise<string> {
		if (typeof data !== 'object') {
			throw new Error('Attempted to store an invalid data type, it must be an object.');
		}
		throw new Error('Not implemented.');
	}

	protected async updateByAssociations(
		associations: RocketChatAssociationRecord[],
		data: object,
		upsert: boolean,
		appId: string,
	): Promise<string> {
		return this.context.persistence.replaceDataOfExactMatch(
			appId,
			associations.map(toAssociation),
			data,
			upsert,
		) as string;
	}
}
