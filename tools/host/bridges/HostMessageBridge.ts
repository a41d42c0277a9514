import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { MessageBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/**
 * Captures what the app sends. Like Rocket.Chat's message converter, a message must name a room the
 * server knows ("Invalid room provided on the message." otherwise).
 */
export abstract class HostMessageBridge extends MessageBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async notifyUser(user: IUser, message: IMessage): Promise<void> {
		assertKnownRoom(this.context, message);
		this.context.messages.notifyUser(user.id, message);
	}

	protected async notifyRoom(room: IRoom, message: IMessage): Promise<void> {
		if (!room?.id) {
			return;
		}
		assertKnownRoom(this.context, message);
		this.context.messages.notifyRoom(message);
	}

	protected async create(message: IMessage): Promise<string> {
		assertKnownRoom(this.context, message);
		return this.context.messages.post(message);
	}
}

function assertKnownRoom(context: HostContext, message: IMessage): void {
	if (!message?.room?.id || !context.rooms.get(message.room.id)) {
		throw new Error('Invalid room provided on the message.');
	}
}
