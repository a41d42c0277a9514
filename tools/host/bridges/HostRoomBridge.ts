import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/** Rooms the test created (plus #general); unknown ids and names read as undefined. */
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
}
