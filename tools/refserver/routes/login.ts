/** `POST /api/v1/login` (docs/server-rules.md#post-apiv1login): errors become 401 with the 8.x body, non-Meteor errors 500. */
import { attemptLogin, isObject, loginCompatibility } from '../functions/login';
import { addLoginToken } from '../functions/tokens';
import { getUserInfo, meFields } from '../functions/userInfo';
import { MeteorError } from '../meteorError';
import { internalError, success, type RouteResult } from '../results';
import type { RouteContext, RouteDefinition } from '../route';
import { now } from '../state';
import type { StoredUser } from '../types';

function loginErrorResult(error: unknown): RouteResult {
	if (!(error instanceof MeteorError)) {
		return internalError();
	}
	const notFound = error.reason === 'User not found';
	return {
		statusCode: 401,
		body: {
			success: false,
			error: notFound ? 'Unauthorized' : error.error,
			status: 'error',
			details: error.details,
			message: notFound ? 'Unauthorized' : error.reason || error.message,
		},
	};
}

async function login(context: RouteContext): Promise<RouteResult> {
	const { state } = context;
	const body = isObject(context.body) ? context.body : {};
	const options = loginCompatibility(
		body,
		context.headers,
		state.settings.get('LDAP_Enable') === true,
	);
	try {
		const result = await attemptLogin(state, options, context.clientAddress);
		const live = state.users.findById(result.user._id) as StoredUser;
		live.lastLogin = now(state);
		const authToken = result.token ?? addLoginToken(state, live);
		return success({
			status: 'success',
			data: { userId: live._id, authToken, me: getUserInfo(state, meFields(live)) },
		});
	} catch (error) {
		return loginErrorResult(error);
	}
}

export const loginRoute: RouteDefinition = {
	name: 'login',
	methods: ['POST'],
	authRequired: false,
	userWithoutUsername: true,
	action: login,
};
