/**
 * `GET /api/v1/custom-user-status.list` (apps/meteor/app/api/server/v1/custom-user-status.ts; e2e:
 * apps/meteor/tests/end-to-end/api/custom-user-status.ts): any signed-in user (authRequired, no permission); the
 * query takes count, offset, sort, name, _id and query only (`additionalProperties: false`: anything else is a
 * 400); `name` matches case-insensitively anywhere in the name (escaped regex), `_id` exactly; sorted by name;
 * answers `{ statuses, count, offset, total }`. The default REST rate limit applies (no rule of its own).
 */
import { failure, success } from '../results';
import type { RouteDefinition } from '../route';
import { pagination } from './roles';

const QUERY_KEYS = new Set(['count', 'offset', 'sort', 'name', '_id', 'query']);

export const customUserStatusListRoute: RouteDefinition = {
	name: 'custom-user-status.list',
	methods: ['GET'],
	authRequired: true,
	async action(context) {
		const extra = Object.keys(context.query).find((key) => !QUERY_KEYS.has(key));
		if (extra !== undefined) {
			return failure('must NOT have additional properties');
		}
		const { offset, count } = pagination(context.query);
		const { name, _id } = context.query;
		const matching = context.state.customUserStatuses
			.filter(
				(status) =>
					(typeof name !== 'string' ||
						!name ||
						status.name.toLowerCase().includes(name.toLowerCase())) &&
					(typeof _id !== 'string' || !_id || status._id === _id),
			)
			.sort((a, b) => a.name.localeCompare(b.name));
		const statuses = matching.slice(offset, offset + count).map((status) => ({ ...status }));
		return success({ statuses, count: statuses.length, offset, total: matching.length });
	},
};
