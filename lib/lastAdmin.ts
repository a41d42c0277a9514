/**
 * The workspace keeps an active admin. users.update changes roles without any last-admin check (saveUser.ts sets
 * `roles` as sent), and setUserActiveStatus refuses only the very last active admin, in vague words; so the app
 * refuses, in its own words, an admin removing their own admin role or deactivating themselves (before any
 * request), and any change that would leave no active admin (after asking the server who holds role admin).
 */
import { AdminRequest, nextRoles } from './adminArgs';
import type { AdminUpdate } from './adminPlan';
import { parseYesNo } from './fields';
import type { Translatable } from './i18n';
import type { ProfileSnapshot } from './profile';

export const ADMIN_ROLE = 'admin';

/** roles.getUsersInRole's permission (apps/meteor/app/api/server/v1/roles.ts). */
export const LIST_ADMINS_PERMISSION = 'access-permissions';

/** Who typed the command, as the engine knows them. */
export interface Actor {
	id: string;
	username: string;
	roles: readonly string[];
}

/** Whether a user reference (`@name`, `name` or an id) names the actor; usernames are matched ignoring case. */
export function namesActor(ref: string, actor: Actor): boolean {
	const bare = ref.trim().replace(/^@/, '');
	return bare === actor.id || bare.toLowerCase() === actor.username.toLowerCase();
}

function deactivates(changes: Array<{ ref: { kind: string; field: string }; value: string }>) {
	return changes.some(
		(change) =>
			change.ref.kind === 'standard' &&
			change.ref.field === 'active' &&
			parseYesNo(change.value) === false,
	);
}

/**
 * Deleting oneself, logging oneself out everywhere or resetting one's own TOTP or E2E key from /admin-user: each
 * would also end the app's own link (users.logout and both resets unset every login token, personal access tokens
 * included), and Rocket.Chat's admin page offers none of them for oneself; the reply points to the own way.
 */
export function selfAccountAction(kind: 'delete' | 'logout' | 'reset-2fa'): Translatable {
	switch (kind) {
		case 'delete':
			return { key: 'admin_self_delete' };
		case 'logout':
			return { key: 'admin_self_logout' };
		case 'reset-2fa':
			return { key: 'admin_self_reset_2fa' };
	}
}

/** A command that would lock its own admin out, refused before any request. */
export function selfLockout(request: AdminRequest, actor: Actor): Translatable | undefined {
	switch (request.kind) {
		case 'delete':
		case 'logout':
		case 'reset-2fa':
			return namesActor(request.user, actor) ? selfAccountAction(request.kind) : undefined;
		case 'deactivate':
			return request.users.some((user) => namesActor(user, actor))
				? { key: 'admin_self_deactivate' }
				: undefined;
		case 'set':
			return namesActor(request.user, actor) && deactivates(request.changes)
				? { key: 'admin_self_deactivate' }
				: undefined;
		case 'roles':
			return namesActor(request.user, actor) &&
				actor.roles.includes(ADMIN_ROLE) &&
				!nextRoles([...actor.roles], request.action, request.roles).includes(ADMIN_ROLE)
				? { key: 'admin_self_admin_role' }
				: undefined;
		default:
			return undefined;
	}
}

function removesAdmin(snapshot: ProfileSnapshot, update: AdminUpdate): boolean {
	const roles = update.data.roles;
	return snapshot.roles.includes(ADMIN_ROLE) && Array.isArray(roles) && !roles.includes(ADMIN_ROLE);
}

/** The same, once the target was read (a user id typed in another form, the edit form's "active: no"). */
export function selfLockoutOf(
	snapshot: ProfileSnapshot,
	update: AdminUpdate,
	actorId: string,
): Translatable | undefined {
	if (snapshot.id !== actorId) {
		return undefined;
	}
	if (update.removesUser) {
		return selfAccountAction('delete');
	}
	if (update.data.active === false) {
		return { key: 'admin_self_deactivate' };
	}
	return removesAdmin(snapshot, update) ? { key: 'admin_self_admin_role' } : undefined;
}

/** Whether the change takes an active admin away (deleted, deactivated, or the admin role removed). */
export function dropsActiveAdmin(snapshot: ProfileSnapshot, update: AdminUpdate): boolean {
	if (!snapshot.active || !snapshot.roles.includes(ADMIN_ROLE)) {
		return false;
	}
	return (
		update.removesUser === true || update.data.active === false || removesAdmin(snapshot, update)
	);
}

/** The ids roles.getUsersInRole answered, but the target's: the admins that would remain (active or not). */
export function otherAdminIds(body: unknown, targetId: string): string[] {
	const users = (body as { users?: unknown } | undefined)?.users;
	if (!Array.isArray(users)) {
		return [];
	}
	return users
		.map((user) => (user as { _id?: unknown } | undefined)?._id)
		.filter((id): id is string => typeof id === 'string' && id !== targetId);
}
