import type { IncomingMessage, ServerResponse } from 'node:http';

import { STATE_ERROR_EVENT } from '../shared/api';
import { describeError } from './errors';
import type { Playground } from './Playground';

/** How often the stream looks for changes nobody announced (time passing: TOTP steps, scheduled jobs). */
const POLL_MS = 500;
/** A comment line now and then keeps proxies and the browser from closing an idle stream. */
const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /api/events?user=…` (Server-Sent Events): the whole state for that user, sent again whenever it
 * changes. The page treats a broken stream as "the playground server stopped".
 */
export function streamState(
	playground: Playground,
	userRef: string | undefined,
	request: IncomingMessage,
	response: ServerResponse,
): void {
	response.writeHead(200, {
		'Content-Type': 'text/event-stream; charset=utf-8',
		'Cache-Control': 'no-store',
		'Connection': 'keep-alive',
	});
	let lastSent = '';
	let failed = false;
	const send = () => {
		try {
			const state = playground.state(userRef);
			// The clock alone changing is no news; the page keeps its own countdowns.
			const comparable = JSON.stringify({ ...state, serverTime: 0 });
			if (comparable !== lastSent) {
				lastSent = comparable;
				response.write(`data: ${JSON.stringify(state)}\n\n`);
			}
			failed = false;
		} catch (error) {
			// Told once per failure, not every poll: in the terminal and on the page.
			if (!failed) {
				console.error('playground: could not build the state for the page:', error);
				const message = `The playground server could not build the page state: ${describeError(
					error,
				)}`;
				response.write(`event: ${STATE_ERROR_EVENT}\ndata: ${JSON.stringify({ message })}\n\n`);
			}
			failed = true;
		}
	};
	send();
	const unsubscribe = playground.onChange(send);
	const poll = setInterval(send, POLL_MS);
	const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
	request.on('close', () => {
		unsubscribe();
		clearInterval(poll);
		clearInterval(keepAlive);
	});
}
