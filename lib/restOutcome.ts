/**
 * Turns what the HTTP accessor returned (or threw) into one outcome the rest of the app can reason about.
 * Knows nothing of accessors: input is plain data, so every branch is unit-tested.
 */

export type TwoFactorMethod = 'totp' | 'email' | 'password';

export interface TwoFactorDetails {
	method: TwoFactorMethod;
	codeGenerated?: boolean;
	emailOrUsername?: string;
	availableMethods?: string[];
}

export type RestFailure =
	| { kind: 'unreachable' }
	| { kind: 'timeout' }
	| { kind: 'not-json'; status: number }
	| { kind: 'server-error'; status: number }
	/** `code`: the Meteor error code of a refused sign-in (`error-login-blocked-for-user`, …), when there is one. */
	| { kind: 'unauthorized'; code?: string }
	| { kind: 'forbidden'; error: string }
	| RateLimited
	| {
			kind: 'two-factor';
			errorType: 'totp-required' | 'totp-invalid' | 'totp-max-attempts';
			details: TwoFactorDetails;
	  }
	| { kind: 'rejected'; status: number; error: string; errorType?: string; details?: unknown };

/**
 * A 429, or a request the shared budget kept back (`notSent`). `retryAt`: when the endpoint's window ends, on the
 * server's clock (X-RateLimit-Reset); `route`: the endpoint whose budget is spent.
 */
export interface RateLimited {
	kind: 'rate-limited';
	retryAfterSeconds: number;
	retryAt?: number;
	route?: string;
	notSent?: boolean;
}

export type RestOutcome<T = Record<string, unknown>> =
	| { ok: true; status: number; body: T }
	| { ok: false; failure: RestFailure };

export interface RawResponse {
	statusCode: number;
	headers?: Record<string, string>;
	content?: string;
	data?: unknown;
}

/** The answer headers the app reads (the limiter's and the server's clock), by their lower-case names. */
export const HEADERS_READ = [
	'x-ratelimit-limit',
	'x-ratelimit-remaining',
	'x-ratelimit-reset',
	'date',
] as const;

/**
 * The answer copied out of the engine's object once, with the headers the app reads under lower-case names: under
 * vm2 every property read of an engine object is a trip across the sandbox, so the app reads each one once. Both
 * engines hand headers over with lower-case names (fetch's Headers), so those are read by name; names in another
 * case (an answer without `date` under that name) are found by a scan. The body stays the text it came as
 * (`content`), parsed by `classifyResponse`; `data` is kept only when there is no text.
 */
export function plainResponse(response: RawResponse): RawResponse {
	const source = response.headers;
	const headers: Record<string, string> = {};
	if (source && typeof source === 'object') {
		const lowerCase = source.date !== undefined;
		const names = lowerCase ? HEADERS_READ : Object.keys(source);
		for (let i = 0; i < names.length; i++) {
			const name = names[i].toLowerCase();
			const value: unknown = source[names[i]];
			if (
				value !== undefined &&
				(lowerCase || (HEADERS_READ as readonly string[]).includes(name))
			) {
				headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
			}
		}
	}
	const content = response.content;
	return typeof content === 'string'
		? { statusCode: response.statusCode, headers, content }
		: { statusCode: response.statusCode, headers, content, data: response.data };
}

const TWO_FACTOR_ERRORS = ['totp-required', 'totp-invalid', 'totp-max-attempts'] as const;
const DEFAULT_RETRY_SECONDS = 60;

function parseBody(response: RawResponse): Record<string, unknown> | undefined {
	if (typeof response.content !== 'string' || response.content.trim() === '') {
		return response.data && typeof response.data === 'object'
			? (response.data as Record<string, unknown>)
			: undefined;
	}
	try {
		const parsed: unknown = JSON.parse(response.content);
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Seconds to wait after a 429: from the message ("wait 42 seconds"), else X-RateLimit-Reset, else a minute. */
export function retryAfterSeconds(
	error: string,
	headers: Record<string, string> = {},
	now = Date.now(),
): number {
	const fromMessage = /wait (\d+) seconds?/i.exec(error);
	if (fromMessage) {
		return Math.max(1, Number(fromMessage[1]));
	}
	const reset = Number(headerValue(headers, 'x-ratelimit-reset'));
	if (Number.isFinite(reset) && reset > now) {
		return Math.max(1, Math.ceil((reset - now) / 1000));
	}
	return DEFAULT_RETRY_SECONDS;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

function twoFactorErrorType(
	body: Record<string, unknown>,
): typeof TWO_FACTOR_ERRORS[number] | undefined {
	for (const candidate of [body.errorType, body.error]) {
		if (
			typeof candidate === 'string' &&
			(TWO_FACTOR_ERRORS as readonly string[]).includes(candidate)
		) {
			return candidate as typeof TWO_FACTOR_ERRORS[number];
		}
	}
	return undefined;
}

function asTwoFactorDetails(details: unknown): TwoFactorDetails {
	const raw = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>;
	const method = raw.method === 'totp' || raw.method === 'email' ? raw.method : 'password';
	return {
		method,
		codeGenerated: raw.codeGenerated === true,
		emailOrUsername: typeof raw.emailOrUsername === 'string' ? raw.emailOrUsername : undefined,
		availableMethods: Array.isArray(raw.availableMethods) ? raw.availableMethods.map(String) : [],
	};
}

/** Classifies a response. `login` answers wrong credentials with 401, which is not a lost credential. */
export function classifyResponse<T = Record<string, unknown>>(
	response: RawResponse,
	options: { emptyIsSuccess?: boolean } = {},
): RestOutcome<T> {
	const status = response.statusCode;
	const body = parseBody(response);
	if (status >= 500) {
		return { ok: false, failure: { kind: 'server-error', status } };
	}
	const empty = !response.content || response.content.trim() === '';
	if (!body && empty && options.emptyIsSuccess && status >= 200 && status < 300) {
		// logout: 7.x routers answer 200 with an empty body.
		return { ok: true, status, body: {} as T };
	}
	if (!body) {
		// The server always answers JSON; anything else means a proxy or a broken server answered.
		return { ok: false, failure: { kind: 'not-json', status } };
	}
	const error =
		typeof body.error === 'string'
			? body.error
			: typeof body.message === 'string'
			? body.message
			: '';
	const twoFactor = twoFactorErrorType(body);
	if (twoFactor) {
		return {
			ok: false,
			failure: {
				kind: 'two-factor',
				errorType: twoFactor,
				details: asTwoFactorDetails(body.details),
			},
		};
	}
	if (status === 429) {
		const reset = Number(headerValue(response.headers ?? {}, 'x-ratelimit-reset'));
		return {
			ok: false,
			failure: {
				kind: 'rate-limited',
				retryAfterSeconds: retryAfterSeconds(error, response.headers),
				...(Number.isFinite(reset) && reset > 0 ? { retryAt: reset } : {}),
			},
		};
	}
	if (status === 401 && body.error === 'unauthorized' && body.status === undefined) {
		// A route's own `API.v1.unauthorized()` (users.delete without delete-user, users.logout of another user
		// without logout-other-user: apps/meteor/app/api/server/v1/users.ts, ApiClass.ts): the login is fine, the
		// caller lacks a permission. A lost login answers with `status: 'error'` and "You must be logged in".
		return { ok: false, failure: { kind: 'forbidden', error } };
	}
	if (status === 401) {
		// Login refusals carry their Meteor error code; "Unauthorized" and "You must be logged in" are no codes.
		const code =
			typeof body.error === 'string' && /^error-/.test(body.error) ? body.error : undefined;
		return { ok: false, failure: code ? { kind: 'unauthorized', code } : { kind: 'unauthorized' } };
	}
	if (status === 403) {
		return { ok: false, failure: { kind: 'forbidden', error } };
	}
	if (status >= 200 && status < 300 && body.success !== false) {
		return { ok: true, status, body: body as T };
	}
	return {
		ok: false,
		failure: {
			kind: 'rejected',
			status,
			error,
			errorType: typeof body.errorType === 'string' ? body.errorType : undefined,
			details: body.details,
		},
	};
}

/** What a thrown HTTP call means: the accessor throws on connection errors and on timeouts. */
export function classifyThrown(
	error: unknown,
	elapsedMs: number,
	timeoutMs: number,
): RestOutcome<never> {
	const message = error instanceof Error ? error.message : String(error);
	const timedOut = elapsedMs >= timeoutMs - 50 || /time ?out|timedout|aborted|abort/i.test(message);
	return { ok: false, failure: { kind: timedOut ? 'timeout' : 'unreachable' } };
}
