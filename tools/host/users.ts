import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { UserStatusConnection, UserType } from '@rocket.chat/apps-engine/definition/users';

/** The part of a Rocket.Chat `users` document the engine's user converter reads (what the reference server stores). */
export interface StoredUser {
	_id: string;
	username?: string;
	name?: string;
	emails?: Array<{ address: string; verified: boolean }>;
	type?: string;
	active?: boolean;
	roles?: string[];
	bio?: string;
	nickname?: string;
	status?: string;
	statusText?: string;
	statusConnection?: string;
	utcOffset?: number;
	createdAt?: Date | string;
	_updatedAt?: Date | string;
	lastLogin?: Date | string;
	customFields?: Record<string, unknown>;
	settings?: { preferences?: Record<string, unknown> };
}

/**
 * Converts a stored user to the engine's IUser exactly like Rocket.Chat's AppUsersConverter.convertToApp:
 * `_id` → `id`, `active` → `isEnabled`, only `settings.preferences.language` survives from the settings,
 * and fields the converter does not copy (nickname, services, …) are not there.
 */
export function makeUser(user: StoredUser): IUser {
	const converted = {
		id: user._id,
		username: user.username,
		emails: user.emails,
		type: convertUserType(user.type ?? 'user'),
		isEnabled: user.active,
		name: user.name,
		roles: user.roles,
		bio: user.bio,
		status: user.status,
		statusText: user.statusText,
		statusConnection: convertStatusConnection(user.statusConnection),
		utcOffset: user.utcOffset,
		createdAt: toDate(user.createdAt),
		updatedAt: toDate(user._updatedAt),
		lastLoginAt: toDate(user.lastLogin),
		customFields: user.customFields,
		settings: {
			preferences: {
				...(user.settings?.preferences?.language
					? { language: user.settings.preferences.language }
					: {}),
			},
		},
	};
	return converted as unknown as IUser;
}

function convertUserType(type: string): UserType {
	switch (type) {
		case 'user':
			return UserType.USER;
		case 'bot':
			return UserType.BOT;
		case 'app':
			return UserType.APP;
		case '':
			return UserType.UNKNOWN;
		default:
			return type.toUpperCase() as UserType;
	}
}

function convertStatusConnection(status: string | undefined): UserStatusConnection {
	switch (status) {
		case 'offline':
			return UserStatusConnection.OFFLINE;
		case 'online':
			return UserStatusConnection.ONLINE;
		case 'away':
			return UserStatusConnection.AWAY;
		case 'busy':
			return UserStatusConnection.BUSY;
		case undefined:
			return UserStatusConnection.UNDEFINED;
		default:
			return status.toUpperCase() as UserStatusConnection;
	}
}

function toDate(value: Date | string | undefined): Date | undefined {
	return value === undefined ? undefined : new Date(value);
}
