/** Reading requests and writing responses the way Rocket.Chat's REST router does (docs/server-rules.md#transport-and-bodies). */
import type { IncomingMessage, ServerResponse } from 'http';

import { parseQuery } from './queryString';
import type { RouteResult } from './results';

export function readRawBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/**
 * JSON → parsed (a parse error silently yields `{}`), urlencoded → object of strings, multipart → not parsed,
 * anything else → text; empty text → `{}`; other text is spread into an object of characters (inferred).
 */
export function parseBody(contentType: string | undefined, raw: string): unknown {
	const type = (contentType ?? '').toLowerCase();
	if (type.includes('application/json')) {
		if (!raw) {
			return {};
		}
		try {
			return JSON.parse(raw);
		} catch {
			return {};
		}
	}
	if (type.includes('application/x-www-form-urlencoded')) {
		return parseQuery(raw);
	}
	if (type.includes('multipart/form-data') || !raw) {
		return {};
	}
	return { ...raw.split('') };
}

/** Lower-cased single-valued header map (multi-valued headers joined with ", "). */
export function headerMap(req: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value !== undefined) {
			headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
		}
	}
	return headers;
}

/**
 * The client address, as apps/meteor/app/api/server/middlewares/remoteAddressMiddleware.ts computes it:
 * `X-Real-IP`, else the socket address; `X-Forwarded-For` only when `HTTP_FORWARDED_COUNT` > 0 (then the entry that
 * many hops from the end, when the header has enough entries).
 */
export function clientAddressOf(
	req: IncomingMessage,
	headers: Record<string, string>,
	httpForwardedCount = 0,
): string {
	const forwardedFor = headers['x-forwarded-for'];
	const socket = req.socket.remoteAddress;
	const remoteAddress = headers['x-real-ip'] || socket;
	if (!socket) {
		return remoteAddress || forwardedFor || '';
	}
	if (httpForwardedCount <= 0 || !forwardedFor) {
		return remoteAddress || '';
	}
	const forwardedForIps = forwardedFor.trim().split(/\s*,\s*/);
	if (httpForwardedCount > forwardedForIps.length) {
		return remoteAddress || '';
	}
	return forwardedForIps[forwardedForIps.length - httpForwardedCount];
}

const BASE_HEADERS = {
	'Content-Type': 'application/json',
	'Cache-Control': 'no-store',
	'Pragma': 'no-cache',
};

export function writeResult(
	res: ServerResponse,
	result: RouteResult,
	extraHeaders: Record<string, string | number> = {},
): void {
	const payload = result.body === undefined ? '' : JSON.stringify(result.body);
	res.writeHead(result.statusCode, {
		...BASE_HEADERS,
		...extraHeaders,
		'Content-Length': Buffer.byteLength(payload),
	});
	res.end(payload);
}

export function writeRaw(
	res: ServerResponse,
	statusCode: number,
	contentType: string,
	payload: string,
): void {
	res.writeHead(statusCode, {
		'Content-Type': contentType,
		'Content-Length': Buffer.byteLength(payload),
	});
	res.end(payload);
}
