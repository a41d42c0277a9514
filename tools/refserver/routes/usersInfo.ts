/** `GET /api/v1/users.info` (docs/server-rules.md#get-apiv1usersinfo). */
import { getFullUserData, type InfoSearchType } from '../functions/userInfo';
import { failure, success } from '../results';
import { callerOf, type RouteContext, type RouteDefinition } from '../route';
import { hasPermission } from '../state';

function searchTerms(context: RouteContext): [string, InfoSearchType] | undefined {
	const candidates: [string, InfoSearchType][] = [
		['userId', 'id'],
		['username', 'username'],
		['importId', 'importId'],
	];
	if (context.state.profile === 'vn') {
		candidates.push(['email', 'email'], ['freeSwitchExtension', 'freeSwitchExtension']);
	}
	for (const [param, type] of candidates) {
		const value = context.query[param];
		if (value) {
			return [String(value), type];
		}
	}
	return undefined;
}

export const usersInfoRoute: RouteDefinition = {
	name: 'users.info',
	methods: ['GET'],
	authRequired: true,
	validateParams: (validators) => validators.usersInfo,
	vnSchema: { source: 'query', validator: (validators) => validators.usersInfo },
	async action(context) {
		const terms = searchTerms(context);
		if (!terms) {
			return failure('Invalid search query.');
		}
		const caller = callerOf(context);
		const user = getFullUserData(context.state, caller, ...terms);
		if (!user) {
			return failure('User not found.');
		}
		const myself = user._id === caller._id;
		if (
			context.query.includeUserRooms === 'true' &&
			(myself || hasPermission(context.state, caller, 'view-other-user-channels'))
		) {
			// The reference server has no rooms or subscriptions.
			return success({ user: { ...user, rooms: [] } });
		}
		return success({ user });
	},
};
