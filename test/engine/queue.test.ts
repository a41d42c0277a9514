/**
 * The budget-aware, fair queue (issue 10 item 4) under the server's production rate limits: every request of
 * the app comes from one address, so all users share one budget per endpoint. A burst is applied as far as the
 * budget goes, the rest is queued (each user told the place and when), and the queue job applies it first in,
 * first out when the window ends; nothing is lost and no request is sent that the server would refuse.
 * Windows pass on the reference server's clock; the host's scheduler runs the jobs they make due.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { Scenario } from './support/scenario';
import {
	drainQueue,
	lastText,
	messages,
	RATE_LIMIT_WINDOW_MS,
	ROOM,
	useScenario,
	userId,
} from './support/scenario';

const OWN_UPDATE = 'users.updateOwnBasicInfo';

function statuses(s: Scenario, since: number): number[] {
	return s.server.requestLog.slice(since).map((entry) => entry.status);
}

/** Lets one rate-limit window pass on the server's clock and runs what the scheduler made due. */
async function letWindowPass(s: Scenario): Promise<void> {
	s.server.clock.advance(RATE_LIMIT_WINDOW_MS);
	await s.host.runDueJobs();
}

/** Seeds users and links each through the real modal with a token, letting windows pass when the budget is spent. */
async function seedLinkedUsers(s: Scenario, prefix: string, count: number): Promise<string[]> {
	const names: string[] = [];
	for (let index = 1; index <= count; index++) {
		const username = `${prefix}-${String(index).padStart(2, '0')}`;
		await s.server.seedUser({ username, name: `User ${index}`, email: `${username}@q.example` });
		names.push(username);
	}
	for (const username of names) {
		for (let attempt = 0; ; attempt++) {
			const token = s.server.createPersonalAccessToken(userId(s, username), `app-${attempt}`);
			s.secrets.add(token);
			await s.host.runCommand(username, 'profile', 'login', ROOM);
			const view = s.host.openView(userId(s, username));
			assert.ok(
				view,
				`no link modal for ${username}: ${JSON.stringify(
					messages(s, username).map((m) => m.text),
				)}`,
			);
			const response = await s.host.submitView(username, view.viewId, { token: { token } });
			if (messages(s, username).length && /linked/i.test(lastText(s, username))) {
				break;
			}
			const refusal = JSON.stringify(response);
			assert.ok(attempt < 4, `${username} could not link: ${refusal}`);
			if (/could not reach/.test(refusal)) {
				continue; // a connection the test process's own server closed under load: try again
			}
			assert.match(refusal, /limiting/, `linking ${username} failed`);
			await letWindowPass(s);
		}
	}
	await letWindowPass(s);
	return names;
}

/** Each user's first reply after `before`: "changed" at once, or "queued, place N". */
function firstReplies(s: Scenario, names: string[], before: Map<string, number>) {
	return names.map((name) => messages(s, name).slice(before.get(name))[0]?.text ?? '');
}

const s = useScenario();

function burstScenario(profile: 'v7' | 'vn') {
	test(`15 users change a nickname at once: nothing lost, each told done or its place, ≤ 1 answer 429 (${profile})`, async () => {
		s.server.setProfile(profile);
		s.server.setRateLimit(profile);
		const names = await seedLinkedUsers(s, 'nick', 15);
		const before = new Map(names.map((name) => [name, messages(s, name).length]));
		const since = s.server.requestLog.length;
		await Promise.all(
			names.map((name) => s.host.runCommand(name, 'profile', `set nickname n-${name}`, ROOM)),
		);
		const replies = firstReplies(s, names, before);
		const places: number[] = [];
		for (const [index, text] of replies.entries()) {
			const place = /queued, place (\d+)/.exec(text);
			if (place) {
				places.push(Number(place[1]));
			} else {
				assert.match(text, /nickname: .* → “n-/, `${names[index]} was told: ${text}`);
			}
		}
		assert.ok(places.length > 0, 'nothing was queued');
		assert.deepEqual(
			[...places].sort((a, b) => a - b),
			places.map((_, index) => index + 1),
			'places are 1…N',
		);

		await drainQueue(s);
		for (const name of names) {
			assert.equal(s.server.getUser(name)?.nickname, `n-${name}`, `${name}'s change was lost`);
		}
		for (const [index, name] of names.entries()) {
			const later = messages(s, name).slice((before.get(name) ?? 0) + 1);
			if (/queued/.test(replies[index])) {
				assert.equal(later.length, 1, `${name}: ${JSON.stringify(later.map((m) => m.text))}`);
				assert.match(later[0].text ?? '', /queued change was applied[\s\S]*nickname/);
			}
		}
		const refused = statuses(s, since).filter((status) => status === 429);
		assert.ok(refused.length <= 1, `${refused.length} answers 429`);
		const writes = s.server.requestLog
			.slice(since)
			.filter((entry) => entry.route === OWN_UPDATE && entry.status === 200);
		assert.equal(writes.length, 15, 'one write per change');
		// First in, first out across users: the queued changes were written in the order of their places.
		const queuedInOrder = names
			.map((name, index) => ({ id: userId(s, name), place: /place (\d+)/.exec(replies[index]) }))
			.filter((entry) => entry.place)
			.sort((a, b) => Number(a.place?.[1]) - Number(b.place?.[1]))
			.map((entry) => entry.id);
		const writers = writes.map((entry) => entry.userId);
		assert.deepEqual(
			writers.filter((id) => id !== undefined && queuedInOrder.includes(id)),
			queuedInOrder,
		);
	});
}

describe('V7 limiter (10 calls a minute per endpoint)', () => {
	burstScenario('v7');

	test('15 users change a nickname (a /me read first) and a custom field at once: every change lands', async () => {
		s.server.setRateLimit('v7');
		s.server.settings.set('Accounts_CustomFields', JSON.stringify({ team: { type: 'text' } }));
		const names = await seedLinkedUsers(s, 'mix', 15);
		await Promise.all(
			names.flatMap((name) => [
				s.host.runCommand(name, 'profile', `set nickname n-${name}`, ROOM),
				s.host.runCommand(name, 'profile', `set team=t-${name}`, ROOM),
			]),
		);
		await drainQueue(s);
		for (const name of names) {
			const user = s.server.getUser(name);
			assert.equal(user?.nickname, `n-${name}`, `${name}'s nickname was lost`);
			assert.equal(user?.customFields?.team, `t-${name}`, `${name}'s team was lost`);
		}
	});
});
describe('8.5+ limiter (one users.updateOwnBasicInfo a minute)', () => burstScenario('vn'));

describe('one user’s queued changes (8.5+: one write a minute)', () => {
	async function spendTheWrite(name: string): Promise<void> {
		await s.host.runCommand(name, 'profile', `set nickname first-${name}`, ROOM);
		assert.match(lastText(s, name), /nickname: .* → “first-/);
	}

	test('a newer change of the same field replaces the queued one, which keeps its place', async () => {
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		const [alice, bob] = (await seedLinkedUsers(s, 'rep', 2)) as [string, string];
		await spendTheWrite(alice);
		const since = s.server.requestLog.length;
		await s.host.runCommand(bob, 'profile', 'set nickname bob-1', ROOM);
		assert.match(lastText(s, bob), /queued, place 1/);
		await s.host.runCommand(alice, 'profile', 'set nickname alice-2', ROOM);
		assert.match(lastText(s, alice), /queued, place 2/);
		await s.host.runCommand(alice, 'profile', 'set nickname alice-3', ROOM);
		assert.match(lastText(s, alice), /replaces your queued change of the same field, place 2/);
		// Before keeping a change back the app reads the server's permissions once (is the user exempt from the
		// limiter? api-bypass-rate-limit), then no request for the queued changes.
		assert.deepEqual(
			s.server.requestLog.slice(since).map((entry) => entry.route),
			['permissions.listAll'],
			'a request was sent for a queued change',
		);

		await s.host.runCommand(alice, 'profile', 'queue', ROOM);
		const list = lastText(s, alice);
		assert.match(list, /1\. place 2, in about .*: nickname → “alice-3”/);
		assert.doesNotMatch(list, /alice-2|bob-1/);

		await drainQueue(s);
		assert.equal(s.server.getUser(alice)?.nickname, 'alice-3');
		assert.equal(s.server.getUser(bob)?.nickname, 'bob-1');
		const writes = s.server.requestLog.slice(since).filter((entry) => entry.route === OWN_UPDATE);
		assert.deepEqual(
			writes.map((entry) => [entry.userId, entry.status]),
			[
				[userId(s, bob), 200],
				[userId(s, alice), 200],
			],
		);
		assert.match(lastText(s, alice), /queued change was applied[\s\S]*“alice-3”/);
	});

	test('a change that waits longer than the one behind it holds its line, and the job wakes when it is due', async () => {
		// E.g. the first change hit a network blip on replay and was put back for a later retry: FIFO keeps it
		// first, and the job must not wake again and again at the same moment for the change behind it.
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		const [alice, bob] = (await seedLinkedUsers(s, 'hold', 2)) as [string, string];
		await spendTheWrite(alice);
		await s.host.runCommand(bob, 'profile', 'set nickname bob-held', ROOM);
		assert.match(lastText(s, bob), /queued, place 1/);
		await s.host.runCommand(alice, 'profile', 'set nickname alice-behind', ROOM);
		assert.match(lastText(s, alice), /queued, place 2/);
		const first = s.host.persistence
			.records()
			.find((record) => JSON.stringify(record.data).includes('bob-held'));
		assert.ok(first?.associations);
		const later = s.server.clock.now() + 5 * RATE_LIMIT_WINDOW_MS;
		s.host.persistence.replaceDataOfExactMatch(
			first.appId,
			first.associations,
			{ ...first.data, notBefore: new Date(later).toISOString() },
			false,
		);

		const windows = await drainQueue(s, 12);
		assert.ok(windows >= 5, `the line waited for its first change (${windows} windows)`);
		assert.equal(s.server.getUser(bob)?.nickname, 'bob-held');
		assert.equal(s.server.getUser(alice)?.nickname, 'alice-behind');
		assert.match(lastText(s, alice), /queued change was applied/);
		assert.match(lastText(s, bob), /queued change was applied/);
	});

	test('/profile queue lists one’s own changes and cancels them', async () => {
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		const [carol] = (await seedLinkedUsers(s, 'can', 1)) as [string];
		await s.host.runCommand(carol, 'profile', 'queue', ROOM);
		assert.match(lastText(s, carol), /no queued changes/);
		await spendTheWrite(carol);
		await s.host.runCommand(carol, 'profile', 'set nickname second', ROOM);
		assert.match(lastText(s, carol), /queued, place 1/);
		// One user, one queued change: another field joins it (one request will carry both).
		await s.host.runCommand(carol, 'profile', 'set name Carol Queue', ROOM);
		assert.match(lastText(s, carol), /joins your queued change, place 1/);
		await s.host.runCommand(carol, 'profile', 'queue', ROOM);
		assert.match(lastText(s, carol), /1\. place 1, .*nickname → “second”, name → “Carol Queue”/);
		// One field out of the joined change; the rest keeps its place.
		await s.host.runCommand(carol, 'profile', 'queue cancel nickname', ROOM);
		assert.match(lastText(s, carol), /Cancelled: the queued change of nickname/i);
		await s.host.runCommand(carol, 'profile', 'queue cancel nickname', ROOM);
		assert.match(lastText(s, carol), /no queued change of nickname/i);
		await s.host.runCommand(carol, 'profile', 'queue', ROOM);
		assert.match(lastText(s, carol), /1\. place 1, .*: name → “Carol Queue”$/m);
		await s.host.runCommand(carol, 'profile', 'queue cancel 3', ROOM);
		assert.match(lastText(s, carol), /no queued change number 3/);
		await s.host.runCommand(carol, 'profile', 'queue cancel 1', ROOM);
		assert.match(lastText(s, carol), /Cancelled: 1/);
		await s.host.runCommand(carol, 'profile', 'queue', ROOM);
		assert.match(lastText(s, carol), /no queued changes/);
		await s.host.runCommand(carol, 'profile', 'set nickname third', ROOM);
		await s.host.runCommand(carol, 'profile', 'queue cancel all', ROOM);
		assert.match(lastText(s, carol), /Cancelled: 1/);
		await drainQueue(s);
		assert.equal(s.server.getUser(carol)?.nickname, `first-${carol}`);
		assert.equal(s.server.getUser(carol)?.name, 'User 1');
	});
});

describe('exempt from the limiter by permission (8.5+: one write a minute)', () => {
	test('a user whose role holds api-bypass-rate-limit is not kept back when the budget is spent: the app asks permissions.listAll, as the server decides by permission', async () => {
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		// The admin gave a role of their own the permission (the server's default grant: admin, bot, app).
		s.server.permissions.setRoles('api-bypass-rate-limit', ['admin', 'bot', 'app', 'exempt']);
		const [alice, bob] = (await seedLinkedUsers(s, 'byp', 2)) as [string, string];
		await s.server.seedUser({
			username: 'dan',
			name: 'Dan Exempt',
			email: 'dan@q.example',
			roles: ['user', 'exempt'],
		});
		const token = s.server.createPersonalAccessToken(userId(s, 'dan'), 'app-dan');
		s.secrets.add(token);
		await s.host.runCommand('dan', 'profile', 'login', ROOM);
		const view = s.host.openView(userId(s, 'dan'));
		assert.ok(view);
		await s.host.submitView('dan', view.viewId, { token: { token } });
		assert.match(lastText(s, 'dan'), /linked/i);

		await s.host.runCommand(alice, 'profile', 'set nickname first', ROOM);
		assert.match(lastText(s, alice), /nickname: .* → “first”/);
		const since = s.server.requestLog.length;
		await s.host.runCommand('dan', 'profile', 'set name Dan Free', ROOM);
		assert.match(lastText(s, 'dan'), /name: .* → “Dan Free”/);
		await s.host.runCommand(bob, 'profile', 'set name Bob Waits', ROOM);
		assert.match(lastText(s, bob), /queued, place 1/);
		assert.deepEqual(
			s.server.requestLog.slice(since).map((entry) => [entry.route, entry.status]),
			[
				['permissions.listAll', 200],
				[OWN_UPDATE, 200],
			],
			'one read of the permissions (kept a minute), then dan’s write; nothing for bob',
		);
		await drainQueue(s);
		assert.equal(s.server.getUser(bob)?.name, 'Bob Waits');
	});
});
