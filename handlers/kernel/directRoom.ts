import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';

import type { Invocation } from './Invocation';

/**
 * The direct conversation between the app's user and the invoking user, started when there is none: where the
 * app answers a click that comes without a room (the user dropdown's button). Rocket.Chat finds it with
 * `Rooms.findDirectRoomContainingAllUsernames` and starts it with `createDirectMessage` run as the creator
 * (apps/meteor/app/apps/server/bridges/rooms.ts); starting it needs the app permission `room.write`.
 */
export async function directRoomWithApp(inv: Invocation): Promise<IRoom | undefined> {
	const appUser = await inv.appUser();
	if (!appUser) {
		return undefined;
	}
	const rooms = inv.read.getRoomReader();
	const existing = await rooms.getDirectByUsernames([appUser.username, inv.user.username]);
	if (existing) {
		return existing;
	}
	const creator = inv.modify.getCreator();
	const roomId = await creator.finish(
		creator
			.startRoom()
			.setType(RoomType.DIRECT_MESSAGE)
			.setCreator(appUser)
			.setMembersToBeAddedByUsernames([inv.user.username]),
	);
	return roomId ? rooms.getById(roomId) : undefined;
}
