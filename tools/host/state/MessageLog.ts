import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';

import { randomId } from '../ids';
import { toPlain } from '../plain';
import type { RoomDirectory } from './RoomDirectory';

/**
 * How a message reached users:
 * - `notifyUser`: ephemeral, only that user sees it, in that room (Rocket.Chat's `notify.ephemeralMessage`);
 * - `notifyRoom`: ephemeral, every member of the room sees it;
 * - `posted`: a real message stored in the room (`modify.getCreator().finish(...)`).
 */
export type MessageDelivery = 'notifyUser' | 'notifyRoom' | 'posted';

export interface CapturedMessage {
	delivery: MessageDelivery;
	roomId: string;
	text?: string;
	blocks?: unknown[];
	threadId?: string;
	senderId?: string;
	/** notifyUser: the one recipient. */
	userId?: string;
	/** The message id (posted: the id returned to the app; ephemeral ones get one too, but the server does not store them). */
	id: string;
	at: number;
	/** Plain copy of everything the app sent. */
	message: IMessage;
}

/** Messages the app sent, kept in order. */
export class MessageLog {
	private captured: CapturedMessage[] = [];

	constructor(private readonly rooms: RoomDirectory, private readonly now: () => number) {}

	notifyUser(userId: string, message: IMessage): void {
		this.add('notifyUser', message, userId);
	}

	notifyRoom(message: IMessage): void {
		this.add('notifyRoom', message);
	}

	post(message: IMessage): string {
		return this.add('posted', message);
	}

	/** Everything the user would see: messages to them, and room-wide ones in rooms they are a member of. */
	forUser(userId: string): CapturedMessage[] {
		return this.captured.filter((message) =>
			message.delivery === 'notifyUser'
				? message.userId === userId
				: this.rooms.isMember(message.roomId, userId),
		);
	}

	inRoom(roomId: string): CapturedMessage[] {
		return this.captured.filter((message) => message.roomId === roomId);
	}

	byId(id: string): CapturedMessage | undefined {
		return this.captured.find((message) => message.id === id);
	}

	all(): CapturedMessage[] {
		return [...this.captured];
	}

	clear(): void {
		this.captured = [];
	}

	private add(delivery: MessageDelivery, message: IMessage, userId?: string): string {
		const copy = toPlain(message);
		const id = message.id ?? randomId();
		this.captured.push({
			id,
			delivery,
			roomId: message.room.id,
			text: copy.text,
			blocks: copy.blocks,
			threadId: copy.threadId,
			senderId: copy.sender?.id,
			at: this.now(),
			message: copy,
			...(userId && { userId }),
		});
		return id;
	}
}
