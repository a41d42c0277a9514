/**
 * `GET /api/v1/users.listByStatus` (docs/server-rules.md#get-apiv1userslistbystatus): Administration → Users' own
 * list, from apps/meteor/app/api/server/v1/users.ts (route options, the view-outside-room setting) and
 * apps/meteor/app/api/server/lib/users.ts `findPaginatedUsersByStatus` (match, projection, sort), paged by
 * apps/meteor/app/api/server/helpers/getPaginationItems.ts.
 */
import { forbidden, success } from '../results';
import { callerOf, type RouteDefinition } from '../route';
import { hasPermission, type ServerState } from '../state';
import type { StoredUser } from '../types';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `getPaginationItems`: count defaults to API_Default_Count, capped at API_Upper_Count_Limit; 0 means all. */
export function paginationOf(
	state: ServerState,
	query: Record<string, unknown>,
): { offset: number; count: number } {
	const upper = Number(state.settings.get('API_Upper_Count_Limit')) || 100;
	const fallback = Number(state.settings.get('API_Default_Count')) || 50;
	const offset = query.offset ? parseInt(String(query.offset), 10) : 0;
	let count =
		query.count !== undefined && query.count !== null
			? parseInt(String(query.count || 0), 10)
			: fallback;
	if (count > upper) {
		count = upper;
	}
	if (count === 0 && state.settings.get('API_Allow_Infinite_Count') !== true) {
		count = fallback;
	}
	return { offset, count };
}

/** The projection of `findPaginatedUsersByStatus` (e-mails included whatever the caller's permissions). */
function projected(user: StoredUser): Record<string, unknown> {
	const shown: Record<string, unknown> = { _id: user._id };
	for (const field of [
		'name',
		'username',
		'emails',
		'roles',
		'status',
		'active',
		'lastLogin',
		'type',
		'federated',
	] as const) {
		if (user[field] !== undefined) {
			shown[field] = user[field];
		}
	}
	return shown;
}

/** Mongo's default `{ username: 1 }` sort: missing usernames first, then binary string order. */
function byUsername(a: StoredUser, b: StoredUser): number {
	const left = a.username ?? '';
	const right = b.username ?? '';
	return left < right ? -1 : left > right ? 1 : 0;
}

export const usersListByStatusRoute: RouteDefinition = {
	name: 'users.listByStatus',
	methods: ['GET'],
	authRequired: true,
	validateParams: (validators) => validators.usersListByStatus,
	vnSchema: { source: 'query', validator: (validators) => validators.usersListByStatus },
	permissionsRequired: ['view-d-room'],
	async action(context) {
		const { state, query } = context;
		const caller = callerOf(context);
		if (
			state.settings.get('API_Apply_permission_view-outside-room_on_users-list') === true &&
			!hasPermission(state, caller, 'view-outside-room')
		) {
			return forbidden();
		}
		// `sort` (parseJsonQuery) is not modelled: the app sends none and gets the default `{ username: 1 }`.
		const { offset, count } = paginationOf(state, query);
		const searchTerm = typeof query.searchTerm === 'string' ? query.searchTerm : '';
		const roles = Array.isArray(query.roles) ? query.roles.map(String) : [];
		const canSeeAllUserInfo = hasPermission(state, caller, 'view-full-other-user-info');
		const pattern = searchTerm.trim() ? new RegExp(escapeRegExp(searchTerm), 'i') : undefined;
		const matches = state.users
			.all()
			.filter((user) => {
				if (query.status === 'active' && user.active !== true) {
					return false;
				}
				if (query.status === 'deactivated' && user.active !== false) {
					return false;
				}
				if (roles.length && !roles.includes('all') && !roles.some((r) => user.roles.includes(r))) {
					return false;
				}
				if (!pattern) {
					return true;
				}
				return (
					(canSeeAllUserInfo && (user.emails ?? []).some((email) => pattern.test(email.address))) ||
					pattern.test(user.username ?? '') ||
					pattern.test(user.name ?? '')
				);
			})
			.sort(byUsername);
		const page = matches.slice(offset, count === 0 ? undefined : offset + count).map(projected);
		return success({ users: page, count: page.length, offset, total: matches.length });
	},
};
