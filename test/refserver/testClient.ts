/** Shared helpers for the reference server's own tests: a started server and a tiny fetch-based client. */
import {
	startReferenceServer,
	type ReferenceServer,
	type ReferenceServerOptions,
} from '../../tools/refserver';

export interface ApiResponse {
	status: number;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
	text: string;
	headers: Headers;
}

export type HeaderMap = Record<string, string>;

export async function startTestServer(
	options: ReferenceServerOptions = {},
): Promise<ReferenceServer> {
	const server = await startReferenceServer({ bcryptRounds: 4, ...options });
	await server.seedDefaults();
	return server;
}

/**
 * One reference server for a test file, with its client: started once, reset to the seeded defaults (V7 profile)
 * before each test, closed at the end. Read `server` and `api` inside tests (they are set in `beforeAll`).
 */
export function useTestServer(options: ReferenceServerOptions = {}): {
	server: ReferenceServer;
	api: ReturnType<typeof apiClient>;
} {
	const context = {} as { server: ReferenceServer; api: ReturnType<typeof apiClient> };
	beforeAll(async () => {
		context.server = await startTestServer(options);
		context.api = apiClient(context.server);
	});
	beforeEach(async () => {
		context.server.reset();
		context.server.setProfile('v7');
		await context.server.seedDefaults();
	});
	afterAll(() => context.server.close());
	return context;
}

async function toResponse(response: Response): Promise<ApiResponse> {
	const text = await response.text();
	let body: unknown;
	try {
		body = text ? JSON.parse(text) : undefined;
	} catch {
		body = undefined;
	}
	return { status: response.status, body, text, headers: response.headers };
}

export function apiClient(server: ReferenceServer) {
	return {
		async get(
			route: string,
			query: Record<string, string> = {},
			headers: HeaderMap = {},
		): Promise<ApiResponse> {
			const search = new URLSearchParams(query).toString();
			return toResponse(
				await fetch(`${server.url}/api/v1/${route}${search ? `?${search}` : ''}`, { headers }),
			);
		},
		async post(route: string, body: unknown, headers: HeaderMap = {}): Promise<ApiResponse> {
			return toResponse(
				await fetch(`${server.url}/api/v1/${route}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...headers },
					body: typeof body === 'string' ? body : JSON.stringify(body),
				}),
			);
		},
	};
}

/** Auth headers of a fresh login token for the user. */
export function authAs(
	server: ReferenceServer,
	username: string,
	extra: HeaderMap = {},
): HeaderMap {
	const user = server.getUser(username);
	if (!user) {
		throw new Error(`no user ${username}`);
	}
	return { 'x-user-id': user._id, 'x-auth-token': server.createLoginToken(user._id), ...extra };
}

export function userId(server: ReferenceServer, username: string): string {
	const user = server.getUser(username);
	if (!user) {
		throw new Error(`no user ${username}`);
	}
	return user._id;
}
