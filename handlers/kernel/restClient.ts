import type {
	IHttp,
	IHttpRequest,
	IHttpResponse,
} from '@rocket.chat/apps-engine/definition/accessors';

import {
	classifyResponse,
	classifyThrown,
	plainResponse,
	RateLimited,
	RestOutcome,
} from '../../lib/restOutcome';

/** A linked account: the user's id and a login token or personal access token. */
export interface Credential {
	userId: string;
	token: string;
	kind: 'login' | 'pat';
}

/** Proof of a second factor, sent as the x-2fa-* headers (or as currentPassword for own changes). */
export interface TwoFactorProof {
	method: 'totp' | 'email' | 'password';
	code: string;
}

export interface RestClientOptions {
	/** Resolved at the first request: an invocation that sends none never reads the server's Site_Url. */
	baseUrl: () => Promise<string>;
	timeoutMs: number;
	budget?: RequestBudget;
}

/**
 * The shared rate-limit budget (handlers/kernel/budget.ts): asked before each request, told every answer. A
 * request the budget refuses is not sent and comes back as a rate limit that never reached the server.
 */
export interface RequestBudget {
	beforeSend(route: string): Promise<{ ticket?: string } | { refused: RateLimited }>;
	afterAnswer(
		route: string,
		ticket: string | undefined,
		answer?: { statusCode: number; headers?: Record<string, string> },
	): Promise<void>;
}

type Method = 'get' | 'post';

/** Thin client for the host server's REST API, through the Apps-Engine HTTP accessor. */
export class RestClient {
	constructor(private readonly http: IHttp, private readonly options: RestClientOptions) {}

	public async call<T = Record<string, unknown>>(
		method: Method,
		route: string,
		request: {
			credential?: Credential;
			body?: object;
			params?: Record<string, string>;
			proof?: TwoFactorProof;
			emptyIsSuccess?: boolean;
		} = {},
	): Promise<RestOutcome<T>> {
		const headers: Record<string, string> = { Accept: 'application/json' };
		if (request.credential) {
			headers['X-User-Id'] = request.credential.userId;
			headers['X-Auth-Token'] = request.credential.token;
		}
		if (request.proof) {
			headers['X-2fa-Code'] = request.proof.code;
			headers['X-2fa-Method'] = request.proof.method;
		}
		const options: IHttpRequest = { headers, timeout: this.options.timeoutMs };
		if (request.body) {
			// Portable across server versions: an explicit JSON string, not `data`.
			headers['Content-Type'] = 'application/json';
			options.content = JSON.stringify(request.body);
		}
		if (request.params) {
			options.params = request.params;
		}
		const url = `${await this.options.baseUrl()}/api/v1/${route}`;
		const budget = this.options.budget;
		const admitted = budget ? await budget.beforeSend(route) : {};
		if ('refused' in admitted) {
			return { ok: false, failure: admitted.refused };
		}
		const started = Date.now();
		let answer: IHttpResponse | undefined;
		try {
			answer = await this.http[method](url, options);
		} catch (error) {
			await budget?.afterAnswer(route, admitted.ticket);
			return classifyThrown(error, Date.now() - started, this.options.timeoutMs);
		}
		// The accessor resolves to undefined when the networking permission is missing.
		const response = answer ? plainResponse(answer) : undefined;
		await budget?.afterAnswer(route, admitted.ticket, response);
		if (!response) {
			return { ok: false, failure: { kind: 'unreachable' } };
		}
		const outcome = classifyResponse<T>(response, { emptyIsSuccess: request.emptyIsSuccess });
		if (!outcome.ok && outcome.failure.kind === 'rate-limited') {
			outcome.failure.route = route;
		}
		return outcome;
	}
}
