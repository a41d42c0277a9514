/** What a route declares (the `addRoute` options of Rocket.Chat) and what its action receives. */
import type { RouteResult } from './results';
import type { ServerState } from './state';
import type { TwoFactorConnection, TwoFactorOptions } from './twoFactor';
import type { StoredUser } from './types';
import type { Validator, Validators } from './validators';

export type HttpMethod = 'GET' | 'POST';

export interface RouteContext {
	readonly state: ServerState;
	readonly routeName: string;
	readonly method: HttpMethod;
	readonly headers: Record<string, string>;
	/** Query parameters; AJV coercion may rewrite values in place. */
	readonly query: Record<string, unknown>;
	/** Parsed body; usually an object, but anything JSON can be. AJV coercion may rewrite it in place. */
	readonly body: Record<string, unknown>;
	/** The body's bytes (multipart uploads are parsed by the route that wants them, like getUploadFormData). */
	readonly rawBody: Buffer;
	/** Path parameters of routes like `apps/:id`. */
	readonly urlParams: Record<string, string>;
	readonly clientAddress: string;
	/** Authenticated caller (snapshot taken at authentication), for routes that authenticate. */
	user?: StoredUser;
	userId?: string;
	/** base64(sha256(X-Auth-Token)) of the caller. */
	hashedToken?: string;
	readonly connection: TwoFactorConnection;
	/** Headers the pipeline adds to the response (rate-limit headers). */
	readonly responseHeaders: Record<string, string | number>;
}

export interface RouteDefinition {
	name: string;
	methods: HttpMethod[];
	authRequired: boolean;
	/** V7 wrapper-level `validateParams` (message suffixed with "[invalid-params]"). */
	validateParams?: (validators: Validators) => Validator;
	/** VN router-level schema: 400 before rate limit and 2FA, message without suffix. */
	vnSchema?: { source: 'body' | 'query'; validator: (validators: Validators) => Validator };
	permissionsRequired?: string[];
	twoFactorRequired?: boolean;
	/** VN only: the route asks a second factor where V7 did not (users.create, apps/meteor/server/api/v1/users.ts). */
	vnTwoFactorRequired?: boolean;
	twoFactorOptions?: TwoFactorOptions;
	/** VN: authenticated users without a username may call it (me, login, updateOwnBasicInfo). */
	userWithoutUsername?: boolean;
	action(context: RouteContext): Promise<RouteResult>;
}

/** The authenticated caller; only valid inside `authRequired` routes. */
export function callerOf(context: RouteContext): StoredUser {
	if (!context.user) {
		throw new Error(`route ${context.routeName} used the caller without authentication`);
	}
	return context.user;
}

/** The caller's live document (the snapshot in `context.user` does not see changes made during the request). */
export function liveCallerOf(context: RouteContext): StoredUser {
	const live = context.state.users.findById(callerOf(context)._id);
	if (!live) {
		throw new Error('caller vanished');
	}
	return live;
}
