import type { StoredUser } from './users';

/**
 * What the host needs from the Rocket.Chat stand-in (tools/refserver's ReferenceServer fits): where it
 * listens, its settings, and its users. Both are read live, so a test can change them between calls.
 */
export interface HostServer {
	readonly url: string;
	readonly settings: { get(id: string): unknown };
	getUser(idOrUsername: string): StoredUser | undefined;
	/** What Rocket.Chat's user bridge writes for IUserUpdater (status through presence, the rest with `$set`). */
	updateUserFromApp(userId: string, fields: Record<string, unknown>): boolean;
	/** Role grants per permission (the web client shows action buttons by them); without it, none is held. */
	readonly permissions?: { has(roles: string[], permission: string): boolean };
	/** The server's time source; when present the host shares it (trigger ages, scheduler). */
	readonly clock?: { now(): number };
}
