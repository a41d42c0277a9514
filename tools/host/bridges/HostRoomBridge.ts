import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/**
 * Rooms the test created (plus #general), and direct conversations the app starts; unknown ids and names read as
 * undefined. Rocket.Chat: apps/meteor/app/apps/server/bridges/rooms.ts.
 */
export abstract class HostRoomBridge extends RoomBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async getById(roomId: string): Promise<IRoom> {
		return this.context.rooms.get(roomId) as IRoom;
	}

	protected async getByName(roomName: string): Promise<IRoom> {
		return this.context.rooms.getByName(roomName) as IRoom;
	}

	/** `Rooms.findDirectRoomContainingAllUsernames`: the direct room of exactly these users, if any. */
	protected async getDirectByUsernames(usernames: string[]): Promise<IRoom | undefined> {
		const ids = usernames.map((username) => this.userIdOf(username));
		return ids.every((id): id is string => Boolean(id))
			? this.context.rooms.directWith(ids)
			: undefined;
	}

	/**
	 * Only direct conversations (`createDirectMessage` run as the creator, who is one of its members); the app
	 * creates no channel or group, so the host refuses those rather than pretend.
	 */
	protected async create(room: IRoom, members: string[]): Promise<string> {
		if (room.type !== RoomType.DIRECT_MESSAGE) {
			throw new Error('The host starts direct conversations only');
		}
		const memberIds = [room.creator.id, ...members.map((username) => this.userIdOf(username))];
		if (!memberIds.every((id): id is string => Boolean(id))) {
			throw new Error('error-invalid-user');
		}
		const existing = this.context.rooms.directWith(memberIds);
		return (existing ?? this.context.rooms.createDirect(memberIds, room.creator)).id;
	}

	private userIdOf(username: string): string | undefined {
		const appUser = [...this.context.appUsers.values()].find((user) => user.username === username);
		return appUser?.id ?? this.context.server.getUser(username)?._id;
	}
}
