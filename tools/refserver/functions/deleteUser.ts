/**
 * Deleting a user: the `deleteUser` method's checks (apps/meteor/server/methods/deleteUser.ts) and the deletion
 * itself (apps/meteor/app/lib/server/functions/deleteUser.ts, getRoomsWithSingleOwner.ts,
 * getUserSingleOwnedRooms.ts, relinquishRoomOwnerships.ts), as far as the reference server keeps the data.
 */
import { MeteorError } from '../meteorError';
import type { StoredRoom } from '../rooms';
import { hasPermission, type ServerState } from '../state';
import type { StoredUser } from '../types';

interface RoomFate {
	room: StoredRoom;
	shouldBeRemoved: boolean;
	newOwner?: string;
}

/** getSubscribedRoomsForUserWithDetails: every room but direct messages, and what deleting the user does to it. */
function roomFates(state: ServerState, userId: string): RoomFate[] {
	const fates: RoomFate[] = [];
	for (const room of state.rooms.all()) {
		const own = room.subscriptions.find((subscription) => subscription.userId === userId);
		if (!own || room.t === 'd') {
			continue;
		}
		if (own.roles.includes('owner')) {
			const owners = room.subscriptions.filter((subscription) =>
				subscription.roles.includes('owner'),
			);
			if (owners.length !== 1) {
				continue;
			}
			// The earliest subscriber who is an active user becomes the owner; none: the room is removed.
			const heir = [...room.subscriptions]
				.sort((a, b) => a.ts - b.ts)
				.find(
					(subscription) =>
						subscription.userId !== userId &&
						state.users.findById(subscription.userId)?.active === true,
				);
			fates.push(
				heir
					? { room, shouldBeRemoved: false, newOwner: heir.userId }
					: { room, shouldBeRemoved: true },
			);
		} else if (room.subscriptions.length === 1) {
			// Not an owner, but the only subscriber: the room goes too.
			fates.push({ room, shouldBeRemoved: true });
		}
	}
	return fates;
}

/** `POST users.delete`'s `Meteor.callAsync('deleteUser', user._id, confirmRelinquish)`. */
export function deleteUserAsCaller(
	state: ServerState,
	caller: StoredUser,
	userId: string,
	confirmRelinquish: boolean,
): void {
	if (!hasPermission(state, caller, 'delete-user')) {
		throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'deleteUser' });
	}
	const user = state.users.findById(userId);
	if (!user) {
		throw new MeteorError('error-invalid-user', 'Invalid user to delete', { method: 'deleteUser' });
	}
	if (user.type === 'app') {
		throw new MeteorError('error-cannot-delete-app-user', 'Deleting app user is not allowed', {
			method: 'deleteUser',
		});
	}
	// Every holder of role admin counts, active or not (Users.col.countDocuments({ roles: 'admin' })).
	const admins = state.users.all().filter((candidate) => candidate.roles.includes('admin')).length;
	if (admins === 1 && user.roles.includes('admin')) {
		throw new MeteorError(
			'error-action-not-allowed',
			'Leaving the app without admins is not allowed',
			{
				method: 'deleteUser',
				action: 'Remove_last_admin',
			},
		);
	}
	if (user.federated) {
		throw new MeteorError('error-not-allowed', 'Deleting federated, external user is not allowed', {
			method: 'deleteUser',
		});
	}
	deleteUser(state, user, confirmRelinquish);
}

/** The function deleteUser: `rocket.cat` is refused, rooms alone owned need `confirmRelinquish`. */
function deleteUser(state: ServerState, user: StoredUser, confirmRelinquish: boolean): void {
	if (user._id === 'rocket.cat') {
		throw new MeteorError(
			'error-action-not-allowed',
			'Deleting the rocket.cat user is not allowed',
			{
				method: 'deleteUser',
				action: 'Delete_user',
			},
		);
	}
	const fates = roomFates(state, user._id);
	if (fates.length && !confirmRelinquish) {
		// getUserSingleOwnedRooms: the rooms' names (fname first), as the details of an error with no message.
		const name = (room: StoredRoom) => room.fname || room.name;
		throw new MeteorError('user-last-owner', '', {
			shouldBeRemoved: fates.filter((fate) => fate.shouldBeRemoved).map((fate) => name(fate.room)),
			shouldChangeOwner: fates
				.filter((fate) => !fate.shouldBeRemoved)
				.map((fate) => name(fate.room)),
		});
	}
	for (const fate of fates) {
		if (fate.shouldBeRemoved) {
			state.rooms.remove(fate.room._id);
		} else {
			fate.room.subscriptions
				.find((subscription) => subscription.userId === fate.newOwner)
				?.roles.push('owner');
		}
	}
	for (const room of state.rooms.all()) {
		if (
			room.t === 'd' &&
			room.subscriptions.some((subscription) => subscription.userId === user._id)
		) {
			state.rooms.remove(room._id);
		} else {
			room.subscriptions = room.subscriptions.filter(
				(subscription) => subscription.userId !== user._id,
			);
		}
	}
	state.users.remove(user._id);
}
