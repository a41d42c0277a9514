/** `POST|GET /api/v1/logout` and `GET /api/v1/me` (docs/server-rules.md#get-apiv1me). */
import { getUserInfo, meFields } from '../functions/userInfo';
import { success } from '../results';
import { liveCallerOf, type RouteDefinition } from '../route';
import { loginTokensOf } from '../users';

export const logoutRoute: RouteDefinition = {
	name: 'logout',
	methods: ['GET', 'POST'],
	authRequired: true,
	async action(context) {
		const user = liveCallerOf(context);
		const tokens = loginTokensOf(user);
		tokens.splice(
			0,
			tokens.length,
			...tokens.filter((token) => token.hashedToken !== context.hashedToken),
		);
		// The handler returns a bare object; the V7/VN routers only send `result.body`, i.e. nothing (inferred).
		return { statusCode: 200 };
	},
};

export const meRoute: RouteDefinition = {
	name: 'me',
	methods: ['GET'],
	authRequired: true,
	userWithoutUsername: true,
	async action(context) {
		return success(getUserInfo(context.state, meFields(liveCallerOf(context))));
	},
};
