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
	/** Server profile and rate limit the flow runs under (as in the matching scenario file). */
	profile: 'v7' | 'vn';
	rateLimit: 'off' | 'vn';
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
		name: 'own single field',
		command: '/profile set bio …',
		users: 1,
		profile: 'v7',
		rateLimit: 'off',
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
		rateLimit: 'off',
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
		rateLimit: 'off',
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
		rateLimit: 'off',
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
		rateLimit: 'off',
		async prepare(b) {
			await linkAdminInsideRememberWindow(b);
			await b.host.runCommand('admin', 'admin-user', 'deactivate alice bea tom', ROOM);
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
