import type {
	IHttp,
	IHttpRequest,
	IHttpResponse,
} from '@rocket.chat/apps-engine/definition/accessors';

import { classifyResponse, classifyThrown, RestOutcome } from '../../lib/restOutcome';

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
	baseUrl: string;
	timeoutMs: number;
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
		const url = `${this.options.baseUrl}/api/v1/${route}`;
		const started = Date.now();
		let response: IHttpResponse | undefined;
		try {
			response = await this.http[method](url, options);
		} catch (error) {
			return classifyThrown(error, Date.now() - started, this.options.timeoutMs);
		}
		if (!response) {
			// The accessor resolves to undefined when the networking permission is missing.
			return { ok: false, failure: { kind: 'unreachable' } };
		}
		return classifyResponse<T>(response, { emptyIsSuccess: request.emptyIsSuccess });
	}
}
