/** The HTTP front door: parsing, request log, injected faults, then the route pipeline. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { Socket } from 'net';

import { FaultRegistry, respondWithFault } from './faults';
import { clientAddressOf, headerMap, parseBody, readRawBody, writeResult } from './http';
import { runRoute } from './pipeline';
import { parseQuery } from './queryString';
import { maskBody, maskHeaders } from './requestLog';
import { hashLoginToken } from './crypto';
import { internalError, notFound, success, type RouteResult } from './results';
import type { HttpMethod, RouteContext } from './route';
import { findRoute } from './routes';
import { hasPermission, type ServerState } from './state';
import type { LoggedRequest } from './types';
import { deepClone } from './users';

const API_PREFIX = '/api/v1/';
/** The apps API (`new API.ApiClass({ version: 'apps', apiPath: '' })`: /api/apps, /api/apps/:id). */
const APPS_PATH = /^\/api\/(apps)(?:\/([^/]+))?$/;

export interface HttpFrontDoor {
	server: Server;
	faults: FaultRegistry;
	requestLog: LoggedRequest[];
	close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `GET /api/info` (app/api/server/default/info.ts → lib/getServerInfo.ts): the version without its patch
 * number, unless the caller (when its headers log it in) has `view-statistics`; then the full version and `info`.
 */
function serverInfo(state: ServerState, context: RouteContext): RouteResult {
	const version = state.profile === 'vn' ? '8.5.0' : '7.10.0';
	const userId = context.headers['x-user-id'];
	const token = context.headers['x-auth-token'];
	const caller =
		userId && token ? state.users.findByLoginToken(userId, hashLoginToken(token)) : undefined;
	if (caller && hasPermission(state, caller, 'view-statistics')) {
		return success({ version, info: { version } });
	}
	return success({ version: version.replace(/(\d+\.\d+).*/, '$1') });
}

function findApiRoute(path: string, context: RouteContext) {
	const apps = APPS_PATH.exec(path);
	if (apps) {
		if (apps[2]) {
			context.urlParams.id = decodeURIComponent(apps[2]);
			return findRoute('apps/:id');
		}
		return findRoute('apps');
	}
	return path.startsWith(API_PREFIX) ? findRoute(path.slice(API_PREFIX.length)) : undefined;
}

async function dispatch(
	state: ServerState,
	context: RouteContext,
	path: string,
): Promise<RouteResult> {
	if (path === '/api/info' && context.method === 'GET') {
		return serverInfo(state, context);
	}
	const route = findApiRoute(path, context);
	if (!route || !route.methods.includes(context.method)) {
		return notFound();
	}
	return runRoute(route, context);
}

function routeNameOf(path: string): string {
	return path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
}

export function createHttpFrontDoor(state: ServerState): HttpFrontDoor {
	const faults = new FaultRegistry();
	const requestLog: LoggedRequest[] = [];
	const sockets = new Set<Socket>();

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://reference.local');
		const headers = headerMap(req);
		const clientAddress = clientAddressOf(req, headers, state.httpForwardedCount);
		const rawBody = await readRawBody(req);
		const method = (req.method ?? 'GET').toUpperCase() as HttpMethod;
		const context: RouteContext = {
			state,
			routeName: routeNameOf(url.pathname),
			method,
			headers,
			query: parseQuery(url.search),
			body: parseBody(headers['content-type'], rawBody.toString('utf8')) as Record<string, unknown>,
			rawBody,
			urlParams: {},
			clientAddress,
			connection: { clientAddress, httpHeaders: headers },
			// Node's HTTP server dates every answer (`sendDate`); here from the server's own, controllable clock,
			// the clock of X-RateLimit-Reset.
			responseHeaders: { Date: new Date(state.clock.now()).toUTCString() },
		};
		const entry: LoggedRequest = {
			at: new Date(state.clock.now()),
			method,
			route: context.routeName,
			path: url.pathname,
			query: { ...context.query },
			status: 0,
			headers: maskHeaders(headers),
			body: maskBody(deepClone(context.body)),
			clientAddress,
		};
		requestLog.push(entry);

		const fault = faults.take(context.routeName);
		if (fault) {
			entry.fault = fault.kind;
			if (fault.kind === 'delay') {
				await sleep(fault.ms);
			} else {
				entry.status = respondWithFault(fault, res, state.clock) ?? 0;
				return;
			}
		}
		let result: RouteResult;
		try {
			result = await dispatch(state, context, url.pathname);
		} catch (error) {
			// Only bugs of the reference server get here; routes map their own errors.
			console.error('[refserver] unhandled error', error);
			result = internalError();
		}
		entry.status = result.statusCode;
		entry.userId = context.userId;
		writeResult(res, result, context.responseHeaders);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error) => {
			console.error('[refserver] request failed', error);
			if (!res.headersSent) {
				writeResult(res, internalError());
			}
		});
	});
	// The app's HTTP client (the engine host) shares this process. With Node's 5 s default, a busy event loop can
	// run this idle timer just as the client reuses the socket (ECONNRESET: "could not reach the server", seen
	// while linking 200 users on a loaded machine); with a long one the client's own idle timer, which the
	// server's Keep-Alive hint sets 1 s shorter, closes idle sockets first.
	server.keepAliveTimeout = 65_000;
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	return {
		server,
		faults,
		requestLog,
		close: () =>
			new Promise<void>((resolve, reject) => {
				for (const socket of sockets) {
					socket.destroy();
				}
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
