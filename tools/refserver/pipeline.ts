/**
 * The order in which Rocket.Chat checks a request (docs/server-rules.md#order-of-checks): V7 runs everything inside
 * the `addRoute` wrapper, VN runs auth/permissions/schema as router middlewares before rate limit and 2FA.
 */
import { hashLoginToken } from './crypto';
import { MeteorError } from './meteorError';
import { restRuleFor, tooManyRequestsMessage } from './rateLimit';
import { errorToResult, forbidden, mustBeLoggedIn, success, type RouteResult } from './results';
import type { RouteContext, RouteDefinition } from './route';
import { hasPermission } from './state';
import { twoFactorOf } from './twoFactor';
import { cloneUser } from './users';
import { ajvMessages } from './validators';

const PERMISSION_DENIED = 'User does not have the permissions required for this action';

function authenticate(context: RouteContext): void {
	const userId = context.headers['x-user-id'];
	const token = context.headers['x-auth-token'];
	if (!userId || !token) {
		return;
	}
	const hashedToken = hashLoginToken(token);
	const user = context.state.users.findByLoginToken(userId, hashedToken);
	if (user) {
		context.user = cloneUser(user);
		context.userId = user._id;
		context.hashedToken = hashedToken;
		context.connection.hashedToken = hashedToken;
	}
}

function enforceRateLimit(context: RouteContext, route: RouteDefinition): void {
	const { state } = context;
	const rule = restRuleFor(route.name, state.rateLimitProfile, state.settings);
	if (!rule || (context.userId && hasPermission(state, context.userId, 'api-bypass-rate-limit'))) {
		return;
	}
	const result = state.restLimiter.hit(
		`/api/v1/${route.name}${context.method.toLowerCase()}`,
		context.clientAddress,
		rule,
	);
	context.responseHeaders['X-RateLimit-Limit'] = rule.calls;
	context.responseHeaders['X-RateLimit-Remaining'] = result.numInvocationsLeft;
	// One clock read per request: two reads could differ by a millisecond between calls of one window.
	context.responseHeaders['X-RateLimit-Reset'] = result.resetAt;
	if (!result.allowed) {
		const seconds = Math.ceil(result.timeToReset / 1000);
		throw new MeteorError('error-too-many-requests', tooManyRequestsMessage(seconds, 'endpoint'), {
			timeToReset: result.timeToReset,
			seconds,
		});
	}
}

function paramsOf(context: RouteContext): unknown {
	return context.method === 'GET' ? context.query : context.body;
}

function lacksPermissions(context: RouteContext, route: RouteDefinition): boolean {
	return (route.permissionsRequired ?? []).some(
		(permission) => !hasPermission(context.state, context.userId, permission),
	);
}

async function processTwoFactor(context: RouteContext, route: RouteDefinition): Promise<void> {
	const required =
		context.state.profile === 'vn'
			? route.vnTwoFactorRequired ?? route.twoFactorRequired
			: route.twoFactorRequired;
	if (!required || !context.userId) {
		return;
	}
	await twoFactorOf(context.state).checkCodeForUser({
		user: context.userId,
		code: context.headers['x-2fa-code'] || undefined,
		method: context.headers['x-2fa-method'] || undefined,
		options: route.twoFactorOptions ?? {},
		connection: context.connection,
	});
}

async function runAction(context: RouteContext, route: RouteDefinition): Promise<RouteResult> {
	return (await route.action(context)) ?? success();
}

async function runV7(route: RouteDefinition, context: RouteContext): Promise<RouteResult> {
	if (route.authRequired) {
		authenticate(context);
		if (!context.user) {
			return mustBeLoggedIn();
		}
	}
	try {
		enforceRateLimit(context, route);
		if (route.validateParams) {
			const validator = route.validateParams(context.state.validators);
			if (!validator(paramsOf(context))) {
				throw new MeteorError('invalid-params', ajvMessages(validator));
			}
		}
		if (route.permissionsRequired && lacksPermissions(context, route)) {
			throw new MeteorError('error-unauthorized', PERMISSION_DENIED, {
				permissions: route.permissionsRequired,
			});
		}
		await processTwoFactor(context, route);
		return await runAction(context, route);
	} catch (error) {
		return errorToResult(error);
	}
}

async function runVn(route: RouteDefinition, context: RouteContext): Promise<RouteResult> {
	authenticate(context);
	if (route.authRequired && !context.user) {
		return mustBeLoggedIn();
	}
	if (route.authRequired && !route.userWithoutUsername && !context.user?.username) {
		return forbidden(new MeteorError('error-unauthorized', 'Users must have a username').message);
	}
	if (route.permissionsRequired && lacksPermissions(context, route)) {
		return forbidden(new MeteorError('error-unauthorized', PERMISSION_DENIED).message);
	}
	if (route.vnSchema) {
		const validator = route.vnSchema.validator(context.state.validators);
		const data = route.vnSchema.source === 'query' ? context.query : context.body;
		if (!validator(data)) {
			const errorType =
				route.vnSchema.source === 'query' ? 'error-invalid-params' : 'invalid-params';
			return {
				statusCode: 400,
				body: { success: false, errorType, error: ajvMessages(validator) },
			};
		}
	}
	try {
		enforceRateLimit(context, route);
		if (route.validateParams && !route.vnSchema) {
			const validator = route.validateParams(context.state.validators);
			if (!validator(paramsOf(context))) {
				throw new MeteorError('invalid-params', ajvMessages(validator));
			}
		}
		await processTwoFactor(context, route);
		return await runAction(context, route);
	} catch (error) {
		return errorToResult(error);
	}
}

export function runRoute(route: RouteDefinition, context: RouteContext): Promise<RouteResult> {
	return context.state.profile === 'vn' ? runVn(route, context) : runV7(route, context);
}
