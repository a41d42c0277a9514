/**
 * Rooms and their subscriptions, only as far as deleting a user needs them: who is subscribed, since when, and
 * who holds the room role `owner` (apps/meteor/app/lib/server/functions/getRoomsWithSingleOwner.ts). Direct
 * messages (`t: 'd'`) are left out of the owner check and removed with the user.
 */
export interface RoomSubscription {
	userId: string;
	/** Room roles, e.g. `['owner']`. */
	roles: string[];
	/** When the user joined: the new owner is the earliest active subscriber. */
	ts: number;
}

export interface StoredRoom {
	_id: string;
	name: string;
	fname?: string;
	t: 'c' | 'p' | 'd';
	subscriptions: RoomSubscription[];
}

export class RoomStore {
	private rooms = new Map<string, StoredRoom>();

	clear(): void {
		this.rooms.clear();
	}

	/** Test and playground API: a room with its subscribers (the first listed joined first). */
	add(
		room: Omit<StoredRoom, 'subscriptions'> & {
			subscriptions: Array<Omit<RoomSubscription, 'ts'>>;
		},
	): void {
		this.rooms.set(room._id, {
			...room,
			subscriptions: room.subscriptions.map((subscription, index) => ({
				...subscription,
				ts: index,
			})),
		});
	}

	findById(id: string): StoredRoom | undefined {
		return this.rooms.get(id);
	}

	all(): StoredRoom[] {
		return [...this.rooms.values()];
	}

	remove(id: string): void {
		this.rooms.delete(id);
	}
}
