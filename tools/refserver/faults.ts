/** Injected failures (network down, slow server, proxy errors…) so clients can be tested against them. */
import type { ServerResponse } from 'http';

import type { Clock } from './clock';
import { writeRaw, writeResult } from './http';
import { tooManyRequestsMessage } from './rateLimit';
import { internalError, mustBeLoggedIn, tooManyRequests } from './results';
import type { Fault } from './types';

type StoredFault = Fault & { remaining?: number };

/** Accepts `users.update`, `/api/v1/users.update` or `*` (every route). */
export function normalizeFaultRoute(route: string): string {
	return route.replace(/^\/?api\/v1\//, '');
}

export class FaultRegistry {
	private faults = new Map<string, StoredFault>();

	set(route: string, fault: Fault): void {
		this.faults.set(normalizeFaultRoute(route), { ...fault, remaining: fault.times });
	}

	clear(route?: string): void {
		if (route === undefined) {
			this.faults.clear();
		} else {
			this.faults.delete(normalizeFaultRoute(route));
		}
	}

	/** The fault to apply to this request, consuming one of its `times`. */
	take(routeName: string): Fault | undefined {
		const key = this.faults.has(routeName) ? routeName : this.faults.has('*') ? '*' : undefined;
		const fault = key === undefined ? undefined : this.faults.get(key);
		if (key === undefined || !fault) {
			return undefined;
		}
		if (fault.remaining !== undefined) {
			fault.remaining -= 1;
			if (fault.remaining <= 0) {
				this.faults.delete(key);
			}
		}
		return fault;
	}
}

const PROXY_PAGE = (status: number, text: string) =>
	`<html><head><title>${status} ${text}</title></head><body><center><h1>${status} ${text}</h1></center></body></html>`;

/**
 * Answers for a fault that replaces the route. Returns the status written (0 when the socket was destroyed),
 * or undefined for faults that only delay the normal answer.
 */
export function respondWithFault(
	fault: Fault,
	res: ServerResponse,
	clock: Clock,
): number | undefined {
	switch (fault.kind) {
		case 'down':
			res.socket?.destroy();
			return 0;
		case 'delay':
			return undefined;
		case 'status':
			if (fault.status === 500) {
				writeResult(res, internalError());
			} else {
				writeRaw(
					res,
					fault.status,
					'text/html',
					PROXY_PAGE(
						fault.status,
						fault.status === 502 ? 'Bad Gateway' : 'Service Temporarily Unavailable',
					),
				);
			}
			return fault.status;
		case 'not-json':
			writeRaw(
				res,
				200,
				'text/html; charset=utf-8',
				'<!DOCTYPE html><html><head><title>Rocket.Chat</title></head><body>Loading…</body></html>',
			);
			return 200;
		case 'rate-limit': {
			const seconds = fault.retryAfterSeconds ?? 60;
			const result = tooManyRequests(
				`${tooManyRequestsMessage(seconds, 'endpoint')} [error-too-many-requests]`,
			);
			writeResult(res, result, {
				'X-RateLimit-Limit': 10,
				'X-RateLimit-Remaining': 0,
				'X-RateLimit-Reset': clock.now() + seconds * 1000,
			});
			return 429;
		}
		case 'unauthorized':
			writeResult(res, mustBeLoggedIn());
			return 401;
	}
}
