import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { randomId } from '../ids';
import { makeUser } from '../users';

/** What a test says about a room it creates. */
export interface RoomSpec {
	id?: string;
	/** The room's name (`slugifiedName`); defaults to the id. */
	name?: string;
	displayName?: string;
	type?: RoomType;
	/** Users subscribed to the room; they see `notifyRoom` and posted messages. */
	memberIds?: string[];
	creator?: IUser;
}

export const GENERAL_ROOM_ID = 'GENERAL';

/** Rocket.Chat's built-in bot, creator of the default room. */
const ROCKET_CAT = makeUser({
	_id: 'rocket.cat',
	username: 'rocket.cat',
	name: 'Rocket.Cat',
	type: 'bot',
	active: true,
	roles: ['bot'],
});

interface StoredRoom {
	room: IRoom;
	/** undefined = everyone (the default channel every user is in). */
	memberIds?: Set<string>;
}

/** The rooms the app can see: Rocket.Chat's default #general plus the ones tests create. */
export class RoomDirectory {
	private readonly rooms = new Map<string, StoredRoom>();

	constructor() {
		this.addGeneral();
	}

	create(spec: RoomSpec = {}): IRoom {
		const id = spec.id ?? randomId();
		if (this.rooms.has(id)) {
			throw new Error(`Room ${id} already exists`);
		}
		const now = new Date();
		const room = {
			id,
			slugifiedName: spec.name ?? id,
			displayName: spec.displayName ?? spec.name ?? id,
			type: spec.type ?? RoomType.PRIVATE_GROUP,
			creator: spec.creator ?? ROCKET_CAT,
			userIds: spec.memberIds ? [...spec.memberIds] : undefined,
			isDefault: false,
			isReadOnly: false,
			displaySystemMessages: true,
			messageCount: 0,
			createdAt: now,
			updatedAt: now,
			lastModifiedAt: now,
		} as unknown as IRoom;
		this.rooms.set(id, { room, memberIds: new Set(spec.memberIds ?? []) });
		return room;
	}

	/** A direct conversation (type `d`) of exactly these users, as Rocket.Chat's `createDirectMessage` makes it. */
	createDirect(memberIds: string[], creator: IUser): IRoom {
		const members = [...new Set(memberIds)].sort();
		return this.create({
			name: members.join(''),
			type: RoomType.DIRECT_MESSAGE,
			memberIds: members,
			creator,
		});
	}

	/** The direct conversation of exactly these users, if there is one. */
	directWith(memberIds: string[]): IRoom | undefined {
		const wanted = [...new Set(memberIds)].sort().join(',');
		return [...this.rooms.values()].find(
			({ room, memberIds: members }) =>
				room.type === RoomType.DIRECT_MESSAGE && [...(members ?? [])].sort().join(',') === wanted,
		)?.room;
	}

	get(id: string): IRoom | undefined {
		return this.rooms.get(id)?.room;
	}

	getByName(name: string): IRoom | undefined {
		return [...this.rooms.values()].find(({ room }) => room.slugifiedName === name)?.room;
	}

	isMember(roomId: string, userId: string): boolean {
		const stored = this.rooms.get(roomId);
		return Boolean(stored && (!stored.memberIds || stored.memberIds.has(userId)));
	}

	/** Member ids, or undefined for a room everyone is in. */
	memberIds(roomId: string): string[] | undefined {
		const stored = this.rooms.get(roomId);
		return stored?.memberIds && [...stored.memberIds];
	}

	/** Forgets the rooms tests created; #general stays. */
	reset(): void {
		this.rooms.clear();
		this.addGeneral();
	}

	private addGeneral(): void {
		const now = new Date();
		const room = {
			id: GENERAL_ROOM_ID,
			slugifiedName: 'general',
			displayName: 'general',
			type: RoomType.CHANNEL,
			creator: ROCKET_CAT,
			isDefault: true,
			isReadOnly: false,
			displaySystemMessages: true,
			messageCount: 0,
			createdAt: now,
			updatedAt: now,
			lastModifiedAt: now,
		} as unknown as IRoom;
		this.rooms.set(GENERAL_ROOM_ID, { room });
	}
}
