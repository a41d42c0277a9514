/**
 * `GET /api/v1/roles.getUsersInRole` (apps/meteor/app/api/server/v1/roles.ts; the users from
 * apps/meteor/app/authorization/server/functions/getUsersInRole.ts → Users.findPaginatedUsersInRoles): needs
 * `access-permissions`; `role` is required; a `roomId` needs `view-other-user-channels`; every user holding the
 * role, active or not (the projection has no `active`), sorted by username, paginated (count 50 by default).
 * Room-scoped roles find no one here: the reference server has no subscriptions.
 */
import { MeteorError } from '../meteorError';
import { ROLE_IDS } from '../permissions';
import { success } from '../results';
import { callerOf, type RouteDefinition } from '../route';
import { hasPermission } from '../state';

/** Roles whose scope is Subscriptions (apps/meteor/app/authorization/server/functions/upsertPermissions.ts). */
const ROOM_SCOPED = new Set(['moderator', 'leader', 'owner']);

/** getPaginationItems (apps/meteor/app/api/server/helpers/getPaginationItems.ts), defaults 50 and at most 100. */
export function pagination(query: Record<string, unknown>): { offset: number; count: number } {
	const offset = Number.parseInt(String(query.offset ?? '0'), 10) || 0;
	const asked = query.count === undefined ? 50 : Number.parseInt(String(query.count), 10);
	const count = Number.isNaN(asked) ? 50 : Math.min(Math.max(asked, 0) || 50, 100);
	return { offset: Math.max(offset, 0), count };
}

export const rolesGetUsersInRoleRoute: RouteDefinition = {
	name: 'roles.getUsersInRole',
	methods: ['GET'],
	authRequired: true,
	permissionsRequired: ['access-permissions'],
	async action(context) {
		const { roomId, role } = context.query;
		const { offset, count } = pagination(context.query);
		if (!role) {
			throw new MeteorError('error-param-not-provided', 'Query param "role" is required');
		}
		if (roomId && !hasPermission(context.state, callerOf(context), 'view-other-user-channels')) {
			throw new MeteorError('error-not-allowed', 'Not allowed');
		}
		const users = context.state.users.all();
		// Roles.findOneById: the defaults, and any role a user holds (tests give users custom roles).
		const known =
			ROLE_IDS.includes(String(role)) || users.some((user) => user.roles.includes(String(role)));
		if (typeof role !== 'string' || !known) {
			throw new MeteorError('error-invalid-roleId');
		}
		const holders = ROOM_SCOPED.has(role)
			? []
			: users
					.filter((user) => user.roles.includes(role))
					.sort((a, b) => (a.username ?? '').localeCompare(b.username ?? ''));
		const page = holders.slice(offset, offset + count).map((user) => ({
			_id: user._id,
			...(user.name !== undefined ? { name: user.name } : {}),
			...(user.username !== undefined ? { username: user.username } : {}),
			...(user.emails ? { emails: user.emails } : {}),
			createdAt: user.createdAt,
			_updatedAt: user._updatedAt,
		}));
		return success({ users: page, total: holders.length });
	},
};
