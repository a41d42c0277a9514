/**
 * One engine scenario file = one process = one EngineHost and one reference server. `useScenario()` starts
 * both once, resets them before each test, fails a test on any engine error, and sweeps for leaked secrets.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';

import { createHash } from 'node:crypto';

import { EngineHost } from '../../../tools/host';
import type { CapturedMessage, OpenModal } from '../../../tools/host';
import { startReferenceServer } from '../../../tools/refserver';
import type { ReferenceServer } from '../../../tools/refserver';
import { SecretSweep } from './secrets';

export const ROOM = 'GENERAL';

export interface Scenario {
	server: ReferenceServer;
	host: EngineHost;
	secrets: SecretSweep;
}

/** Passwords of the seeded users (reference server `seedDefaults`). */
export const PASSWORDS: Record<string, string> = {
	alice: 'alice-pass',
	tom: 'tom-pass',
	erin: 'erin-pass',
	bea: 'bea-pass',
	admin: 'admin-pass',
};

/**
 * Production is the default condition of every scenario: the reference server's own defaults (the V7 rate
 * limiter, failed-login blocking). A file that switches a rule off says so in its test names.
 */
export function useScenario(
	options: { rateLimit?: 'off' | 'v7' | 'vn'; profile?: 'v7' | 'vn' } = {},
): Scenario {
	const rateLimit = options.rateLimit ?? 'v7';
	const scenario = {} as Scenario;
	before(async () => {
		scenario.server = await startReferenceServer({
			bcryptRounds: 4,
			rateLimit,
			profile: options.profile,
		});
		await scenario.server.seedDefaults();
		scenario.host = await EngineHost.start({ server: scenario.server });
		scenario.secrets = new SecretSweep();
		for (const password of Object.values(PASSWORDS)) {
			scenario.secrets.add(password);
		}
	});
	beforeEach(async () => {
		scenario.server.reset();
		scenario.server.setRateLimit(rateLimit);
		if (options.profile) {
			scenario.server.setProfile(options.profile);
		}
		await scenario.server.seedDefaults();
		await scenario.host.reset();
	});
	afterEach(() => {
		scenario.host.assertNoEngineErrors();
		scenario.secrets.assertNotLeaked(scenario.host, scenario.server);
	});
	after(async () => {
		await scenario.host?.stop();
		await scenario.server?.close();
	});
	return scenario;
}

export function userId(s: Scenario, username: string): string {
	const user = s.server.getUser(username);
	assert.ok(user, `no user ${username}`);
	return user._id;
}

export function messages(s: Scenario, username: string): CapturedMessage[] {
	return s.host.messages(userId(s, username));
}

export function lastText(s: Scenario, username: string): string {
	const all = messages(s, username);
	assert.ok(all.length, `no message for ${username}`);
	return all[all.length - 1].text ?? '';
}

export function openView(s: Scenario, username: string): OpenModal {
	const view = s.host.openView(userId(s, username));
	assert.ok(view, `no modal open for ${username}`);
	return view;
}

/** One click on "Confirm" in the modal a destructive /admin-user change opens (nothing was sent before it). */
export async function confirmAdminChange(s: Scenario, username: string): Promise<void> {
	const view = openView(s, username);
	assert.match(view.viewId, /admin-confirm/);
	await s.host.submitView(username, view.viewId, {});
}

/** Requests the app made to a route (e.g. 'users.updateOwnBasicInfo'). */
export function requests(s: Scenario, route: string) {
	return s.server.requestLog.filter((entry) => entry.route === route);
}

/** Links a user through the real modal with a personal access token. */
export async function linkWithToken(s: Scenario, username: string): Promise<string> {
	const token = s.server.createPersonalAccessToken(userId(s, username), `app-${Date.now()}`);
	s.secrets.add(token);
	await s.host.runCommand(username, 'profile', 'login', ROOM);
	const view = openView(s, username);
	await s.host.submitView(username, view.viewId, { token: { token } });
	assert.match(lastText(s, username), /linked/i);
	return token;
}

/** Links a user through the real modal with their password (users without 2FA at login). */
export async function linkWithPassword(s: Scenario, username: string): Promise<void> {
	await s.host.runCommand(username, 'profile', 'login', ROOM);
	await pressLinkAgain(s, username);
	const view = openView(s, username);
	await s.host.submitView(username, view.viewId, { password: { password: PASSWORDS[username] } });
	assert.match(lastText(s, username), /linked/i);
}

/** After `/profile login` by a linked user: the app said so; its "Link again" button opens the link modal. */
export async function pressLinkAgain(s: Scenario, username: string): Promise<void> {
	const message = messages(s, username).at(-1);
	if (s.host.openView(userId(s, username)) || !/already linked/.test(message?.text ?? '')) {
		return;
	}
	await s.host.blockAction(username, {
		actionId: 'open-link-modal',
		blockId: 'link',
		messageId: message?.id,
	});
}

/** Whether the server now accepts this password for the user (a sign-in outside the app). */
export async function canSignIn(s: Scenario, username: string, password: string): Promise<boolean> {
	const login = await fetch(`${s.server.url}/api/v1/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			user: username,
			password: { digest: sha256Hex(password), algorithm: 'sha-256' },
		}),
	});
	return login.status === 200;
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** One REST rate-limit window (the V7 default and the 8.5+ rules: 60 s), with a second to spare. */
export const RATE_LIMIT_WINDOW_MS = 61_000;

/**
 * Lets rate-limit windows pass on the reference server's clock (which the host's scheduler follows) and runs the
 * jobs they make due, until nothing is scheduled. Returns how many windows it took; a queue still waiting after
 * `maxWindows` fails the test (nothing may wait forever).
 */
export async function drainQueue(
	s: Pick<Scenario, 'host' | 'server'>,
	maxWindows = 60,
): Promise<number> {
	for (let window = 0; window < maxWindows; window++) {
		await s.host.runDueJobs();
		if (!s.host.scheduledJobs().length) {
			return window;
		}
		s.server.clock.advance(RATE_LIMIT_WINDOW_MS);
	}
	assert.fail(`the queue was not empty after ${maxWindows} windows`);
}
