/**
 * Personal access token endpoints (docs/server-rules.md#personal-access-token-endpoints): 2FA runs before the
 * permission check, which answers 400.
 */
import {
	generatePersonalAccessToken,
	listPersonalAccessTokens,
	regeneratePersonalAccessToken,
	removePersonalAccessToken,
} from '../functions/tokens';
import { failure, success } from '../results';
import { liveCallerOf, type RouteDefinition } from '../route';

const TOKEN_NAME_REQUIRED = "The 'tokenName' param is required";

export const generatePersonalAccessTokenRoute: RouteDefinition = {
	name: 'users.generatePersonalAccessToken',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	vnSchema: { source: 'body', validator: (validators) => validators.generatePersonalAccessToken },
	async action(context) {
		const { tokenName, bypassTwoFactor = false } = context.body;
		if (!tokenName) {
			return failure(TOKEN_NAME_REQUIRED);
		}
		return success({
			token: generatePersonalAccessToken(
				context.state,
				liveCallerOf(context),
				String(tokenName),
				bypassTwoFactor,
			),
		});
	},
};

export const regeneratePersonalAccessTokenRoute: RouteDefinition = {
	name: 'users.regeneratePersonalAccessToken',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	vnSchema: { source: 'body', validator: (validators) => validators.personalAccessTokenName },
	async action(context) {
		const { tokenName } = context.body;
		if (!tokenName) {
			return failure(TOKEN_NAME_REQUIRED);
		}
		return success({
			token: regeneratePersonalAccessToken(context.state, liveCallerOf(context), String(tokenName)),
		});
	},
};

export const removePersonalAccessTokenRoute: RouteDefinition = {
	name: 'users.removePersonalAccessToken',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	vnSchema: { source: 'body', validator: (validators) => validators.personalAccessTokenName },
	async action(context) {
		const { tokenName } = context.body;
		if (!tokenName) {
			return failure(TOKEN_NAME_REQUIRED);
		}
		removePersonalAccessToken(context.state, liveCallerOf(context), String(tokenName));
		return success();
	},
};

export const getPersonalAccessTokensRoute: RouteDefinition = {
	name: 'users.getPersonalAccessTokens',
	methods: ['GET'],
	authRequired: true,
	permissionsRequired: ['create-personal-access-tokens'],
	async action(context) {
		return success({ tokens: listPersonalAccessTokens(liveCallerOf(context)) });
	},
};
