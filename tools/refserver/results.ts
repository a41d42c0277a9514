/**
 * REST response envelopes of `API.v1` and the mapping of thrown errors to them (V7 == VN before 9.0):
 * docs/server-rules.md#response-envelopes-and-error-mapping.
 */
import { isMeteorError } from './meteorError';

export type JsonBody = Record<string, unknown>;

export interface RouteResult {
	statusCode: number;
	/** `undefined` answers with an empty body (what the V7/VN routers do for logout). */
	body?: JsonBody;
}

export function success(body: JsonBody = {}): RouteResult {
	return { statusCode: 200, body: { ...body, success: true } };
}

/** `API.v1.failure(message, errorType, stack, error)`: `details` comes from the error, JSON-parsed when a string. */
export function failure(
	message: string | JsonBody,
	errorType?: string | number,
	details?: unknown,
): RouteResult {
	if (typeof message === 'object') {
		return { statusCode: 400, body: { ...message, success: false } };
	}
	const body: JsonBody = { success: false, error: message };
	if (errorType !== undefined && errorType !== '') {
		body.errorType = errorType;
	}
	if (details !== undefined && details !== null) {
		body.details = parseDetails(details);
	}
	return { statusCode: 400, body };
}

function parseDetails(details: unknown): unknown {
	if (typeof details !== 'string') {
		return details;
	}
	try {
		return JSON.parse(details);
	} catch {
		return details;
	}
}

export function unauthorized(message?: string): RouteResult {
	return { statusCode: 401, body: { success: false, error: message || 'unauthorized' } };
}

/** Until 9.0 the default 403 message is literally "unauthorized". */
export function forbidden(message?: string): RouteResult {
	return { statusCode: 403, body: { success: false, error: message || 'unauthorized' } };
}

export function notFound(): RouteResult {
	return { statusCode: 404, body: { success: false, error: 'Resource not found' } };
}

export function internalError(): RouteResult {
	return { statusCode: 500, body: { success: false, error: 'Internal server error' } };
}

export function tooManyRequests(message: string): RouteResult {
	return { statusCode: 429, body: { success: false, error: message } };
}

/** 8.x body for unauthenticated calls to `authRequired` routes. */
export function mustBeLoggedIn(): RouteResult {
	const message = 'You must be logged in to do this.';
	return { statusCode: 401, body: { success: false, error: message, status: 'error', message } };
}

/** The catch block of the route wrapper. */
export function errorToResult(error: unknown): RouteResult {
	if (isMeteorError(error)) {
		switch (error.error) {
			case 'error-too-many-requests':
				return tooManyRequests(error.message);
			case 'unauthorized':
			case 'error-unauthorized':
				return forbidden(error.message);
			default:
				return failure(error.message, error.error, error.details);
		}
	}
	if (error instanceof Error) {
		return failure(error.message);
	}
	return failure(String(error));
}
