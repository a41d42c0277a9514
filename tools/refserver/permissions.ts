/**
 * Role → permission defaults (apps/meteor/app/authorization/server/constant/permissions.ts), mutable so tests can
 * grant or revoke.
 */
export const ROLE_IDS = [
	'admin',
	'moderator',
	'leader',
	'owner',
	'user',
	'bot',
	'app',
	'guest',
	'anonymous',
	'livechat-agent',
	'livechat-manager',
	'livechat-monitor',
];

const DEFAULT_PERMISSION_ROLES: Record<string, string[]> = {
	'create-personal-access-tokens': ['admin', 'user'],
	// roles.getUsersInRole (apps/meteor/app/api/server/v1/roles.ts).
	'access-permissions': ['admin'],
	'edit-other-user-info': ['admin'],
	'edit-other-user-password': ['admin'],
	'edit-other-user-active-status': ['admin'],
	'assign-roles': ['admin'],
	'assign-admin-role': ['admin'],
	'edit-other-user-e2ee': ['admin'],
	'edit-other-user-totp': ['admin'],
	'edit-other-user-avatar': ['admin'],
	'view-full-other-user-info': ['admin'],
	'view-other-user-channels': ['admin'],
	'api-bypass-rate-limit': ['admin', 'bot', 'app'],
	'create-user': ['admin'],
	// users.listByStatus (permissionsRequired) and its view-outside-room setting; sendInvitationEmail.
	'view-d-room': ['admin', 'owner', 'moderator', 'user', 'bot', 'app', 'guest'],
	'view-outside-room': ['admin', 'owner', 'moderator', 'user'],
	'bulk-register-user': ['admin'],
	// users.delete and the deleteUser method (apps/meteor/server/methods/deleteUser.ts).
	'delete-user': ['admin'],
	'logout-other-user': ['admin'],
	'manage-moderation-actions': ['admin'],
	// POST /api/apps, /api/apps/:id (ee/server/apps/communication/rest.ts); /api/info's full answer.
	'manage-apps': ['admin'],
	'view-statistics': ['admin'],
};

export interface PermissionDocument {
	_id: string;
	roles: string[];
	_updatedAt: Date;
}

const SEEDED_AT = new Date('2026-01-01T00:00:00.000Z');

export class Permissions {
	private roles = new Map<string, string[]>();

	private updatedAt = new Map<string, Date>();

	constructor() {
		this.reset();
	}

	reset(): void {
		this.updatedAt.clear();
		this.roles = new Map(
			Object.entries(DEFAULT_PERMISSION_ROLES).map(([permission, roles]) => [
				permission,
				[...roles],
			]),
		);
	}

	rolesFor(permission: string): string[] {
		return [...(this.roles.get(permission) ?? [])];
	}

	setRoles(permission: string, roles: string[]): void {
		this.roles.set(permission, [...roles]);
		this.updatedAt.set(permission, new Date());
	}

	/** The `rocketchat_permissions` documents (only the fields the app reads). */
	list(): PermissionDocument[] {
		return [...this.roles.entries()].map(([permission, roles]) => ({
			_id: permission,
			roles: [...roles],
			_updatedAt: this.updatedAt.get(permission) ?? SEEDED_AT,
		}));
	}

	has(userRoles: readonly string[] | undefined, permission: string): boolean {
		const allowed = this.roles.get(permission) ?? [];
		return (userRoles ?? []).some((role) => allowed.includes(role));
	}
}
