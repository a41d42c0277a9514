/** In-memory `users` collection with the lookups Rocket.Chat's model offers. */
import type { LoginToken, StoredUser } from './types';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Deep copy of JSON-like data that keeps Date objects. Not `structuredClone`: under Jest that builds objects from
 * another realm, so `instanceof Date` would fail in callers' tests.
 */
export function deepClone<T>(value: T): T {
	if (value instanceof Date) {
		return new Date(value.getTime()) as T;
	}
	if (Array.isArray(value)) {
		return value.map((item) => deepClone(item)) as T;
	}
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, deepClone(inner)]),
		) as T;
	}
	return value;
}

export function cloneUser(user: StoredUser): StoredUser {
	return deepClone(user);
}

export class UserStore {
	private users = new Map<string, StoredUser>();

	clear(): void {
		this.users.clear();
	}

	insert(user: StoredUser): void {
		if (this.users.has(user._id)) {
			throw new Error(`User ${user._id} already exists`);
		}
		this.users.set(user._id, user);
	}

	/** `Users.removeById` (users.delete). */
	remove(id: string): void {
		this.users.delete(id);
	}

	/** Commits a draft (used by transactional updates such as `users.update`). */
	replace(user: StoredUser): void {
		this.users.set(user._id, user);
	}

	all(): StoredUser[] {
		return [...this.users.values()];
	}

	/** Live document: callers mutate it in place, like a Mongo update. */
	findById(id: string | undefined): StoredUser | undefined {
		return id === undefined ? undefined : this.users.get(id);
	}

	findByUsername(username: string): StoredUser | undefined {
		return this.all().find((user) => user.username === username);
	}

	findByUsernameIgnoringCase(username: string): StoredUser | undefined {
		const pattern = new RegExp(`^${escapeRegExp(username)}$`, 'i');
		return this.all().find((user) => user.username !== undefined && pattern.test(user.username));
	}

	/** `Users.findOneByEmailAddress`: case-insensitive exact match on any address. */
	findByEmail(address: string): StoredUser | undefined {
		const pattern = new RegExp(`^${escapeRegExp(address)}$`, 'i');
		return this.all().find((user) => user.emails?.some((email) => pattern.test(email.address)));
	}

	/** `Users.findOneByIdOrUsername`: exact `_id` or exact `username`. */
	findByIdOrUsername(value: string): StoredUser | undefined {
		return this.users.get(value) ?? this.findByUsername(value);
	}

	findByImportId(importId: string): StoredUser | undefined {
		return this.all().find((user) => user.importIds?.includes(importId));
	}

	findByLoginToken(userId: string, hashedToken: string): StoredUser | undefined {
		const user = this.users.get(userId);
		return user && findLoginToken(user, hashedToken) ? user : undefined;
	}
}

export function loginTokensOf(user: StoredUser): LoginToken[] {
	if (!user.services.resume) {
		user.services.resume = { loginTokens: [] };
	}
	return user.services.resume.loginTokens;
}

export function findLoginToken(
	user: StoredUser,
	hashedToken: string | undefined,
): LoginToken | undefined {
	if (!hashedToken) {
		return undefined;
	}
	return user.services.resume?.loginTokens.find((token) => token.hashedToken === hashedToken);
}

export function touch(user: StoredUser, now: number): void {
	user._updatedAt = new Date(now);
}
