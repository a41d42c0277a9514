import type { IHttpResponse } from '@rocket.chat/apps-engine/definition/accessors';
import type { IHttpBridgeRequestInfo } from '@rocket.chat/apps-engine/server/bridges';
import { HttpBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/** Rocket.Chat's default when the app gives no timeout. */
export const DEFAULT_HTTP_TIMEOUT_MS = 3 * 60 * 1000;

const JSON_CONTENT_TYPES = [
	'application/json',
	'text/javascript',
	'application/javascript',
	'application/x-javascript',
];

/**
 * A real HTTP client with the semantics of Rocket.Chat's AppHttpBridge + server-fetch
 * (apps/meteor/app/apps/server/bridges/http.ts, packages/server-fetch):
 * - the body is `content`, else `data` when it is an object; an object body is sent as JSON with
 *   `Content-Type: application/json` forced;
 * - `params` (non-empty values) go to the query string when there is a body or for GET/HEAD, otherwise
 *   they become an `application/x-www-form-urlencoded` body; GET/HEAD never send a body;
 * - `auth: 'user:pass'` becomes Basic authorization; `query` is ignored;
 * - `timeout` (default 3 min) aborts the request;
 * - the response is `{url, method, statusCode, headers, content, data}`, `data` being the parsed body only
 *   for a JSON/JavaScript content type (null otherwise or when it does not parse), `content` a Buffer
 *   when `encoding: null`;
 * - connection failures and timeouts reject, with node-fetch's messages ("request to … failed, reason: …",
 *   "The user aborted a request."), which is what the app sees on a real server.
 */
export abstract class HostHttpBridge extends HttpBridge {
	constructor(private readonly context?: HostContext) {
		super();
	}

	protected async call(info: IHttpBridgeRequestInfo): Promise<IHttpResponse> {
		const url = new URL(info.url);
		const { request, method } = info;
		const headers: Record<string, string> = { ...request.headers };
		if (this.context?.clientAddress) {
			// Each instance reaches the server from its own address; Rocket.Chat's getRequestIP reads
			// X-Real-IP first (apps/meteor/server/lib/getClientAddress.ts), so the rate limiter counts per instance.
			headers['X-Real-IP'] = this.context.clientAddress;
		}
		let content: unknown = request.content;
		if (!content && typeof request.data === 'object') {
			content = request.data;
		}
		if (request.auth) {
			if (request.auth.indexOf(':') < 0) {
				throw new Error('auth option should be of the form "username:password"');
			}
			headers.Authorization = `Basic ${Buffer.from(request.auth, 'ascii').toString('base64')}`;
		}
		const getOrHead = isGetOrHead(method);
		if (content || getOrHead) {
			for (const [key, value] of Object.entries(request.params ?? {})) {
				if (value) {
					url.searchParams.append(key, value);
				}
			}
		} else if (request.params) {
			content = new URLSearchParams(request.params).toString();
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		if (getOrHead) {
			content = undefined;
		}
		if (
			content !== undefined &&
			content !== null &&
			typeof content === 'object' &&
			!Buffer.isBuffer(content)
		) {
			content = JSON.stringify(content);
			for (const name of Object.keys(headers)) {
				if (name.toLowerCase() === 'content-type') {
					delete headers[name];
				}
			}
			headers['Content-Type'] = 'application/json';
		}
		const body =
			content === undefined || content === null ? undefined : (content as string | Buffer);

		const timeoutMs = request.timeout || DEFAULT_HTTP_TIMEOUT_MS;
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			// node-fetch upper-cases every method; fetch() would send e.g. 'patch' as is.
			const response = await fetch(url.href, {
				method: method.toUpperCase(),
				headers,
				body,
				signal: controller.signal,
			}).catch((error: unknown) => {
				throw toNodeFetchError(error, url.href, controller.signal.aborted);
			});
			const raw = Buffer.from(
				await response.arrayBuffer().catch((error: unknown) => {
					throw toNodeFetchError(error, url.href, controller.signal.aborted);
				}),
			);
			const result: IHttpResponse = {
				url: info.url,
				method: info.method,
				statusCode: response.status,
				headers: headersToObject(response.headers),
			};
			if (request.encoding === null) {
				result.content = raw as unknown as string;
			} else {
				result.content = raw.toString((request.encoding ?? 'utf8') as BufferEncoding);
				result.data = parseJsonBody(response.headers.get('content-type'), result.content);
			}
			return result;
		} finally {
			clearTimeout(timer);
		}
	}
}

function isGetOrHead(method: string): boolean {
	return ['GET', 'HEAD'].includes(method.toUpperCase());
}

function headersToObject(headers: Headers): Record<string, string> {
	const result: Record<string, string> = {};
	headers.forEach((value, name) => {
		result[name] = value;
	});
	return result;
}

function parseJsonBody(contentTypeHeader: string | null, content: string): unknown {
	const contentType = (contentTypeHeader || '').split(';')[0];
	if (!JSON_CONTENT_TYPES.includes(contentType)) {
		return null;
	}
	try {
		return JSON.parse(content);
	} catch {
		return null;
	}
}

interface NodeFetchError extends Error {
	type: string;
	code?: string;
	errno?: string;
}

/** Turns undici's errors into the ones Rocket.Chat's node-fetch throws, so the app sees the same thing. */
function toNodeFetchError(error: unknown, url: string, aborted: boolean): NodeFetchError {
	if (aborted) {
		return Object.assign(new Error('The user aborted a request.'), {
			name: 'AbortError',
			type: 'aborted',
		});
	}
	const cause = (error as { cause?: { message?: string; code?: string } })?.cause;
	const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
	return Object.assign(new Error(`request to ${url} failed, reason: ${reason}`), {
		name: 'FetchError',
		type: 'system',
		code: cause?.code,
		errno: cause?.code,
	});
}
