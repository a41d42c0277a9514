import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import type { ActionResponse } from '../shared/api';
import { describeError, PlaygroundError } from './errors';
import type { Playground } from './Playground';
import {
	readActionButton,
	readBlockAction,
	readClockRequest,
	readCloseView,
	readCommand,
	readLanguageRequest,
	readSubmitView,
	readTokenRequest,
} from './requestBodies';
import { streamState } from './stateStream';
import { serveStatic } from './staticFiles';

const MAX_BODY_BYTES = 1_000_000;

type PostHandler = (
	playground: Playground,
	body: unknown,
) => Promise<{ userId?: string; token?: string }>;

/** `POST /api/<name>`: each reads its body, acts, and names the user whose state is sent back. */
const POST_ROUTES: Record<string, PostHandler> = {
	'/api/command': async (playground, body) => {
		const request = readCommand(body);
		await playground.runCommand(request);
		return { userId: request.userId };
	},
	'/api/view/submit': async (playground, body) => {
		const request = readSubmitView(body);
		await playground.submitView(request);
		return { userId: request.userId };
	},
	'/api/view/close': async (playground, body) => {
		const request = readCloseView(body);
		await playground.closeView(request);
		return { userId: request.userId };
	},
	'/api/action': async (playground, body) => {
		const request = readBlockAction(body);
		await playground.blockAction(request);
		return { userId: request.userId };
	},
	'/api/action-button': async (playground, body) => {
		const request = readActionButton(body);
		await playground.actionButton(request);
		return { userId: request.userId };
	},
	'/api/token': async (playground, body) => {
		const request = readTokenRequest(body);
		return { userId: request.userId, token: playground.createPersonalAccessToken(request.userId) };
	},
	'/api/language': async (playground, body) => {
		const request = readLanguageRequest(body);
		playground.setLanguage(request);
		return { userId: request.userId };
	},
	// A (re)loaded page is a fresh client: the modals of the old one are gone (see Playground.pageOpened).
	'/api/page/opened': async (playground, body) => {
		playground.pageOpened();
		return { userId: optionalUserId(body) };
	},
	// Time passes on the server's clock only: a timed status ends, a rate-limit window closes, queued changes run.
	'/api/clock': async (playground, body) => {
		await playground.advanceClock(readClockRequest(body).minutes);
		return { userId: optionalUserId(body) };
	},
	'/api/reset': async (playground) => {
		await playground.reset();
		return {};
	},
};

/** The page (static files from `pageRoot`) and its JSON API, on one port. */
export function createPlaygroundHttpServer(playground: Playground, pageRoot: string): Server {
	return createServer((request, response) => {
		handle(playground, pageRoot, request, response).catch((error: unknown) => {
			// Only reached if answering itself failed (e.g. the socket closed): nothing left to tell the page.
			console.error(`playground: ${request.method} ${request.url}: ${describeError(error)}`);
			if (!response.headersSent) {
				sendJson(response, 500, { ok: false, error: describeError(error) });
			}
		});
	});
}

async function handle(
	playground: Playground,
	pageRoot: string,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const url = new URL(request.url ?? '/', 'http://127.0.0.1');
	if (request.method === 'GET' && url.pathname === '/api/state') {
		sendJson(response, 200, playground.state(url.searchParams.get('user') ?? undefined));
		return;
	}
	if (request.method === 'GET' && url.pathname === '/api/events') {
		streamState(playground, url.searchParams.get('user') ?? undefined, request, response);
		return;
	}
	if (request.method === 'GET' && url.pathname === '/app-icon.png') {
		sendAppIcon(playground, response);
		return;
	}
	const route = POST_ROUTES[url.pathname];
	if (route) {
		if (request.method !== 'POST') {
			sendJson(response, 405, { ok: false, error: `${url.pathname} takes POST` });
			return;
		}
		await answerPost(playground, route, request, response);
		return;
	}
	if (request.method === 'GET' && serveStatic(pageRoot, url.pathname, response)) {
		return;
	}
	sendJson(response, 404, { ok: false, error: `Nothing at ${request.method} ${url.pathname}` });
}

async function answerPost(
	playground: Playground,
	route: PostHandler,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	let userId: string | undefined;
	try {
		const body = await readJsonBody(request);
		userId = typeof body === 'object' && body ? (body as { userId?: string }).userId : undefined;
		const result = await route(playground, body);
		const answer: ActionResponse = {
			ok: true,
			state: playground.state(result.userId),
			...(result.token && { token: result.token }),
		};
		sendJson(response, 200, answer);
	} catch (error) {
		const status = error instanceof PlaygroundError ? error.status : 500;
		if (status >= 500) {
			console.error(`playground: ${request.url}:`, error);
		}
		const answer: ActionResponse = {
			ok: false,
			error: describeError(error),
			state: playground.state(userId),
		};
		sendJson(response, status, answer);
	}
}

function sendAppIcon(playground: Playground, response: ServerResponse): void {
	const dataUrl = playground.appIconDataUrl();
	const match = dataUrl && /^data:([^;]+);base64,(.*)$/s.exec(dataUrl);
	if (!match) {
		sendJson(response, 404, { ok: false, error: 'The app has no icon (or is not loaded yet)' });
		return;
	}
	response.writeHead(200, { 'Content-Type': match[1], 'Cache-Control': 'no-store' });
	response.end(Buffer.from(match[2], 'base64'));
}

function optionalUserId(body: unknown): string | undefined {
	const userId =
		typeof body === 'object' && body ? (body as { userId?: unknown }).userId : undefined;
	return typeof userId === 'string' && userId ? userId : undefined;
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) {
			throw new PlaygroundError(413, 'Request body too large');
		}
		chunks.push(chunk as Buffer);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	if (!text) {
		return {};
	}
	try {
		return JSON.parse(text);
	} catch {
		throw new PlaygroundError(400, 'The request body is not JSON');
	}
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-store',
	});
	response.end(JSON.stringify(body));
}
