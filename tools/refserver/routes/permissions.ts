/**
 * `GET /api/v1/permissions.listAll` (apps/meteor/app/api/server/v1/permissions.ts): any signed-in user, default
 * rate limit; without `updatedSince` every permission comes in `update` and `remove` is empty.
 */
import { MeteorError } from '../meteorError';
import { success } from '../results';
import type { RouteDefinition } from '../route';

export const permissionsListAllRoute: RouteDefinition = {
	name: 'permissions.listAll',
	methods: ['GET'],
	authRequired: true,
	async action(context) {
		const { updatedSince } = context.query;
		if (updatedSince !== undefined && typeof updatedSince !== 'string') {
			throw new MeteorError('invalid-params', 'must be string');
		}
		if (updatedSince && Number.isNaN(Date.parse(updatedSince))) {
			throw new MeteorError(
				'error-roomId-param-invalid',
				'The "updatedSince" query parameter must be a valid date.',
			);
		}
		const since = updatedSince ? Date.parse(updatedSince) : undefined;
		const update = context.state.permissions
			.list()
			.filter((permission) => since === undefined || permission._updatedAt.getTime() > since);
		return success({ update, remove: [] });
	},
};
