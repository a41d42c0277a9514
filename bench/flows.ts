/**
 * The user actions the benchmark measures, driven exactly like the engine scenarios do: slash commands and
 * modal submits through the EngineHost, against the reference server. Each flow checks its outcome on the
 * server, so a count or a time is never taken from a change that did not happen.
 */
import type { EngineHost } from '../tools/host';
import type { LoggedRequest, ReferenceServer } from '../tools/refserver';

export const ROOM = 'GENERAL';

export interface Bench {
	server: ReferenceServer;
	host: EngineHost;
}

export function userId(b: Bench, username: string): string {
	const user = b.server.getUser(username);
	if (!user) {
		throw new Error(`no user ${username} on the reference server`);
	}
	return user._id;
}

export function lastText(b: Bench, username: string): string {
	const messages = b.host.messages(userId(b, username));
	return messages[messages.length - 1]?.text ?? '';
}

function openViewId(b: Bench, username: string): string {
	const view = b.host.openView(userId(b, username));
	if (!view) {
		throw new Error(`no modal open for ${username}; last message: ${lastText(b, username)}`);
	}
	return view.viewId;
}

function expect(condition: boolean, what: string): void {
	if (!condition) {
		throw new Error(`benchmark flow failed: ${what}`);
	}
}

/** Links a user through the real modal with a personal access token; returns the token. */
export async function linkWithToken(b: Bench, username: string): Promise<string> {
	const token = b.server.createPersonalAccessToken(userId(b, username), `bench-${username}`);
	await b.host.runCommand(username, 'profile', 'login', ROOM);
	await b.host.submitView(username, openViewId(b, username), { token: { token } });
	expect(/linked/i.test(lastText(b, username)), `${username} linked with a token`);
	return token;
}

/** Links a user through the real modal with their password (`<username>-pass`). */
export async function linkWithPassword(b: Bench, username: string): Promise<void> {
	await b.host.runCommand(username, 'profile', 'login', ROOM);
	await b.host.submitView(username, openViewId(b, username), {
		password: { password: `${username}-pass` },
	});
	expect(/linked/i.test(lastText(b, username)), `${username} linked with a password`);
}

export interface ChangeKind {
	name: string;
	/** What is typed, for the table. */
	command: string;
	/** Users changed by one run (the request counts are also given per user). */
	users: number;
	/**
	 * Server profile and rate limiter the flow runs under: production (the V7 limiter, or the 8.5+ one on the vn
	 * profile), as the engine scenarios do.
	 */
	profile: 'v7' | 'vn';
	rateLimit: 'v7' | 'vn';
	/** Linking and setup whose requests are not counted. */
	prepare(b: Bench): Promise<void>;
	/** The change itself; its requests are counted. */
	run(b: Bench): Promise<void>;
}

async function linkAdminInsideRememberWindow(b: Bench): Promise<void> {
	await linkWithPassword(b, 'admin');
	// The first admin change asks for the second factor; later ones run inside the server's remember window.
	await b.host.runCommand('admin', 'admin-user', 'set bea text warm-up', ROOM);
	await b.host.submitView('admin', openViewId(b, 'admin'), { code: { code: 'admin-pass' } });
	expect(b.server.getUser('bea')?.statusText === 'warm-up', 'admin warm-up change applied');
}

export const CHANGE_KINDS: ChangeKind[] = [
	{
		name: 'own bio (user bridge)',
		command: '/profile set bio …',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'bea'),
		async run(b) {
			await b.host.runCommand('bea', 'profile', 'set bio I build bigger rockets', ROOM);
			expect(b.server.getUser('bea')?.bio === 'I build bigger rockets', 'bio changed');
		},
	},
	{
		name: 'own multi-field',
		command: '/profile set name="…" nickname=… bio=…',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'alice'),
		async run(b) {
			await b.host.runCommand(
				'alice',
				'profile',
				'set name="Alice Liddell" nickname=ali bio=down the rabbit hole',
				ROOM,
			);
			const alice = b.server.getUser('alice');
			expect(
				alice?.name === 'Alice Liddell' &&
					alice.nickname === 'ali' &&
					alice.bio === 'down the rabbit hole',
				'three fields changed',
			);
		},
	},
	{
		name: 'own name',
		command: '/profile set name …',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'alice'),
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'set name Alice Pleasance', ROOM);
			expect(b.server.getUser('alice')?.name === 'Alice Pleasance', 'name changed');
		},
	},
	{
		name: 'own username',
		command: '/profile set username …',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'alice'),
		async run(b) {
			const id = userId(b, 'alice');
			await b.host.runCommand('alice', 'profile', 'set username alice.l', ROOM);
			expect(b.server.getUser(id)?.username === 'alice.l', 'username changed');
		},
	},
	{
		name: 'own nickname',
		command: '/profile set nickname …',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'bea'),
		async run(b) {
			await b.host.runCommand('bea', 'profile', 'set nickname Bee2', ROOM);
			expect(b.server.getUser('bea')?.nickname === 'Bee2', 'nickname changed');
		},
	},
	{
		name: 'own custom field',
		command: '/profile set team=…',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		async prepare(b) {
			b.server.settings.set(
				'Accounts_CustomFields',
				JSON.stringify({ team: { type: 'text', maxLength: 40 } }),
			);
			await linkWithPassword(b, 'alice');
		},
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'set team=rockets', ROOM);
			expect(b.server.getUser('alice')?.customFields?.team === 'rockets', 'custom field changed');
		},
	},
	{
		name: 'own status (user bridge, no link)',
		command: '/profile set status away',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: async () => undefined,
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'set status away', ROOM);
			expect(b.server.getUser('alice')?.status === 'away', 'status changed');
		},
	},
	{
		name: 'own status text (user bridge, no link)',
		command: '/profile set text …',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: async () => undefined,
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'set text Down the hole', ROOM);
			expect(b.server.getUser('alice')?.statusText === 'Down the hole', 'status text changed');
		},
	},
	{
		name: 'own e-mail, password method',
		command: '/profile set email … + modal (current password)',
		users: 1,
		profile: 'vn',
		rateLimit: 'vn',
		prepare: async (b) => void (await linkWithToken(b, 'alice')),
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'set email alice@wonderland.example', ROOM);
			await b.host.submitView('alice', openViewId(b, 'alice'), { code: { code: 'alice-pass' } });
			expect(
				b.server.getUser('alice')?.emails?.[0].address === 'alice@wonderland.example',
				'e-mail changed (password)',
			);
		},
	},
	{
		name: 'own e-mail, TOTP',
		command: '/profile set email … + modal (authenticator code)',
		users: 1,
		profile: 'vn',
		rateLimit: 'vn',
		prepare: async (b) => void (await linkWithToken(b, 'tom')),
		async run(b) {
			await b.host.runCommand('tom', 'profile', 'set email tom@new.example', ROOM);
			const code = b.server.totpCode('tom');
			await b.host.submitView('tom', openViewId(b, 'tom'), { code: { code } });
			expect(
				b.server.getUser('tom')?.emails?.[0].address === 'tom@new.example',
				'e-mail changed (TOTP)',
			);
		},
	},
	{
		name: 'own e-mail, e-mail code',
		command: '/profile set email … + modal (mailed code)',
		users: 1,
		profile: 'vn',
		rateLimit: 'vn',
		prepare: async (b) => void (await linkWithToken(b, 'erin')),
		async run(b) {
			await b.host.runCommand('erin', 'profile', 'set email erin@new.example', ROOM);
			const code = b.server.lastEmailCode('erin');
			expect(Boolean(code), 'a code was mailed');
			await b.host.submitView('erin', openViewId(b, 'erin'), { code: { code } });
			expect(
				b.server.getUser('erin')?.emails?.[0].address === 'erin@new.example',
				'e-mail changed (e-mail code)',
			);
		},
	},
	{
		name: 'own password',
		command: '/profile password + modal',
		users: 1,
		profile: 'vn',
		rateLimit: 'vn',
		prepare: async (b) => void (await linkWithToken(b, 'alice')),
		async run(b) {
			await b.host.runCommand('alice', 'profile', 'password', ROOM);
			await b.host.submitView('alice', openViewId(b, 'alice'), {
				'new-password': { 'new-password': 'N3w-alice-password!' },
				'confirm-password': { 'confirm-password': 'N3w-alice-password!' },
				'code': { code: 'alice-pass' },
			});
			expect(/password was changed/.test(lastText(b, 'alice')), 'password changed');
		},
	},
	{
		name: 'admin set (inside the 2FA remember window)',
		command: '/admin-user set bea nickname=… text="…"',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: linkAdminInsideRememberWindow,
		async run(b) {
			await b.host.runCommand('admin', 'admin-user', 'set bea nickname=B2 text="On leave"', ROOM);
			const bea = b.server.getUser('bea');
			expect(
				bea?.nickname === 'B2' && bea.statusText === 'On leave' && bea.bio === 'I build rockets',
				'admin change applied, other fields kept',
			);
		},
	},
	{
		name: 'admin set with 2FA (first change)',
		command: '/admin-user set @bea name … + modal (own password)',
		users: 1,
		profile: 'v7',
		rateLimit: 'v7',
		prepare: (b) => linkWithPassword(b, 'admin'),
		async run(b) {
			await b.host.runCommand('admin', 'admin-user', 'set @bea name Beatrice Bio', ROOM);
			await b.host.submitView('admin', openViewId(b, 'admin'), { code: { code: 'admin-pass' } });
			expect(b.server.getUser('bea')?.name === 'Beatrice Bio', 'admin change with 2FA applied');
		},
	},
	{
		name: 'admin activate, 3 users',
		command: '/admin-user activate alice bea tom',
		users: 3,
		profile: 'v7',
		rateLimit: 'v7',
		async prepare(b) {
			await linkAdminInsideRememberWindow(b);
			await b.host.runCommand('admin', 'admin-user', 'deactivate alice bea tom', ROOM);
			// Deactivating waits for one click in the confirmation modal (on by default).
			await b.host.submitView('admin', openViewId(b, 'admin'), {});
			expect(b.server.getUser('tom')?.active === false, 'users deactivated first');
		},
		async run(b) {
			await b.host.runCommand('admin', 'admin-user', 'activate alice bea tom', ROOM);
			for (const username of ['alice', 'bea', 'tom']) {
				expect(b.server.getUser(username)?.active === true, `${username} activated`);
			}
		},
	},
];

/** The requests that change the user (or another user) on the server. */
export const WRITE_ROUTES = new Set(['users.updateOwnBasicInfo', 'users.update']);

export interface RequestCount {
	reads: number;
	writes: number;
	other: number;
	/** `METHOD route status` per request, in order. */
	requests: string[];
}

/**
 * Reads are GETs; writes are requests to the user-changing routes (a refused one counts too: it is a
 * round trip); other = the rest (e.g. asking the server to mail a code).
 */
export function countRequests(log: LoggedRequest[]): RequestCount {
	const count: RequestCount = { reads: 0, writes: 0, other: 0, requests: [] };
	for (const entry of log) {
		if (WRITE_ROUTES.has(entry.route)) {
			count.writes++;
		} else if (entry.method === 'GET') {
			count.reads++;
		} else {
			count.other++;
		}
		count.requests.push(`${entry.method} ${entry.route} ${entry.status}`);
	}
	return count;
}

/** One REST rate-limit window (V7 default and 8.5+ rules: 60 s), with a second to spare. */
export const RATE_LIMIT_WINDOW_MS = 61_000;

/**
 * Lets windows pass on the reference server's clock (the host's scheduler follows it) and runs the jobs they
 * make due, until nothing is scheduled; returns how many windows it took.
 */
export async function drainQueue(b: Bench, maxWindows = 200): Promise<number> {
	for (let window = 0; window < maxWindows; window++) {
		await b.host.runDueJobs();
		if (!b.host.scheduledJobs().length) {
			return window;
		}
		b.server.clock.advance(RATE_LIMIT_WINDOW_MS);
	}
	throw new Error(`benchmark flow failed: the queue was not empty after ${maxWindows} windows`);
}

/**
 * Links a user with a token through the real modal under the rate limiter: when the window's GET /me calls are
 * spent the modal says so, and the user submits again once the window has passed on the server's clock.
 */
export async function linkUnderLimiter(b: Bench, username: string): Promise<void> {
	const id = userId(b, username);
	const token = b.server.createPersonalAccessToken(id, `bench-${username}`);
	await b.host.runCommand(id, 'profile', 'login', ROOM);
	const viewId = openViewId(b, username);
	for (let attempt = 0; attempt < 3; attempt++) {
		const answer = JSON.stringify(await b.host.submitView(id, viewId, { token: { token } }));
		if (!/limiting/.test(answer)) {
			break;
		}
		b.server.clock.advance(RATE_LIMIT_WINDOW_MS);
		await b.host.runDueJobs();
	}
	expect(/linked/i.test(lastText(b, username)), `${username} linked with a token`);
}
