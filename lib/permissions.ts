/**
 * Server permissions the admin flows depend on, decided from `permissions.listAll`'s role lists (parsed by
 * lib/doctor.ts permissionsFact) and the admin's own roles. Plain decisions: the cache lives in handlers/admin.
 */

/** users.update silently drops data.password without it and still answers 200 (saveUser.ts). */
export const PASSWORD_PERMISSION = 'edit-other-user-password';

/** How long a read of the server's permissions is trusted: a grant or a revocation shows within a minute. */
export const PERMISSIONS_CACHE_MS = 60 * 1000;

/** Whether one of the user's roles holds the permission (hasPermissionAsync resolves global roles the same way). */
export function rolesHold(
	permissionRoles: Record<string, string[]>,
	userRoles: readonly string[],
	permission: string,
): boolean {
	const allowed = permissionRoles[permission] ?? [];
	return userRoles.some((role) => allowed.includes(role));
}

/** A cached read is used only for the server it came from and while it is fresh. */
export function isFreshFor(
	cached: { origin: string; fetchedAt: number } | undefined,
	origin: string,
	now: number,
): boolean {
	return Boolean(
		cached &&
			cached.origin === origin &&
			now >= cached.fetchedAt &&
			now - cached.fetchedAt < PERMISSIONS_CACHE_MS,
	);
}
