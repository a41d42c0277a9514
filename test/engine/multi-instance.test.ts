/**
 * Several server instances (issue 10 item 8): production runs Rocket.Chat on several instances behind a load
 * balancer; each runs the app, all share its persistence and the scheduler's job collection, and each has its
 * own in-memory rate limiter. Here: two engine hosts in one process on one persistence store and one reference
 * server, each reaching it from its own address (X-Real-IP), so the server's budgets are per instance.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';

import { EngineHost } from '../../tools/host';
import { PersistenceStore } from '../../tools/host/state/PersistenceStore';
import { startReferenceServer } from '../../tools/refserver';
import type { ReferenceServer } from '../../tools/refserver';
import { PASSWORDS, ROOM } from './support/scenario';
import { SecretSweep } from './support/secrets';

const ADDRESS_A = '10.0.0.1';
const ADDRESS_B = '10.0.0.2';

let server: ReferenceServer;
let a: EngineHost;
let b: EngineHost;
let store: PersistenceStore;
let secrets: SecretSweep;

before(async () => {
	server = await startReferenceServer({ bcryptRounds: 4, rateLimit: 'vn', profile: 'vn' });
	secrets = new SecretSweep();
	for (const password of Object.values(PASSWORDS)) {
		secrets.add(password);
	}
});

async function stopHosts(): Promise<void> {
	// Reverse start order: each host restores the console it found.
	await b?.stop();
	await a?.stop();
}

// A fresh workspace per test: new instances on a new store. (A single host forgets the app's memory by
// disabling and enabling it between tests; two engines in one process cannot, see EngineHost.reset.)
beforeEach(async () => {
	await stopHosts();
	server.reset();
	server.setRateLimit('vn');
	server.setProfile('vn');
	await server.seedDefaults();
	store = new PersistenceStore();
	a = await EngineHost.start({ server, persistence: store, clientAddress: ADDRESS_A });
	b = await EngineHost.start({ server, shareWith: a, clientAddress: ADDRESS_B });
});

afterEach(() => {
	a.assertNoEngineErrors();
	b.assertNoEngineErrors();
	secrets.assertNotLeaked(a, server);
});

after(async () => {
	await stopHosts();
	await server?.close();
});

function id(username: string): string {
	const user = server.getUser(username);
	assert.ok(user, `no user ${username}`);
	return user._id;
}

function texts(username: string): string[] {
	// Both hosts show the same messages: the message log is the workspace's, not an instance's.
	return a.messages(id(username)).map((message) => message.text ?? '');
}

function ownUpdates(address?: string) {
	return server.requestLog.filter(
		(entry) =>
			entry.route === 'users.updateOwnBasicInfo' &&
			(address === undefined || entry.clientAddress === address),
	);
}

/** Links through instance `through`'s modal, submitted through `submitVia` (the load balancer's choice). */
async function link(username: string, through: EngineHost, submitVia: EngineHost): Promise<void> {
	await through.runCommand(username, 'profile', 'login', ROOM);
	const view = submitVia.openView(id(username));
	assert.ok(view, `no modal open for ${username}`);
	await submitVia.submitView(username, view.viewId, {
		password: { password: PASSWORDS[username] },
	});
	assert.match(texts(username).at(-1) ?? '', /linked/i);
}

describe('two instances, one workspace', () => {
	test('the hosts share one persistence store and one job collection, and keep their own engines', async () => {
		assert.equal(a.persistence, store);
		assert.equal(b.persistence, store);
		assert.notEqual(a.manager, b.manager);
		assert.equal(a.clientAddress, ADDRESS_A);
		assert.equal(b.clientAddress, ADDRESS_B);
		// A third, unrelated host is still refused: the engine keeps one AppManager per process.
		await assert.rejects(EngineHost.start({ server }), /already running/);
	});

	test('a modal opened through one instance is submitted through the other', async () => {
		await link('alice', a, b);
		assert.equal(server.requestLog.filter((entry) => entry.route === 'login').length, 1);
		assert.equal(
			server.requestLog.find((entry) => entry.route === 'login')?.clientAddress,
			ADDRESS_B,
		);
		// The credential B saved serves A: a change typed through A.
		await a.runCommand('alice', 'profile', 'set nickname Ally', ROOM);
		assert.equal(server.getUser('alice')?.nickname, 'Ally');
		assert.deepEqual(
			ownUpdates().map((entry) => entry.clientAddress),
			[ADDRESS_A],
		);
	});

	test('a pending record is used once: the same modal submitted again through the other instance does nothing', async () => {
		await link('bea', a, a);
		await a.runCommand('bea', 'profile', 'edit', ROOM);
		const view = a.openView(id('bea'));
		assert.ok(view);
		const state = (nickname: string) => ({
			'name': { name: 'Bea Bio' },
			'username': { username: 'bea' },
			'nickname': { nickname },
			'bio': { bio: 'I build rockets' },
			'status-text': { 'status-text': '' },
			'email': { email: 'bea@example.com' },
		});
		await a.submitView('bea', view.viewId, state('Once'));
		assert.equal(server.getUser('bea')?.nickname, 'Once');
		const afterFirst = server.requestLog.length;
		await b.submitView('bea', view.viewId, state('Twice'), { force: true });
		assert.equal(server.requestLog.length, afterFirst, 'the second submission sent no request');
		assert.equal(server.getUser('bea')?.nickname, 'Once');
	});

	test('the same 2FA modal submitted through both instances at once: one write, one reply, one audit post (10 rounds each; rate limiter off)', async () => {
		// The race is the point here, not the budgets: 40 changes would wait for the limiter's windows.
		server.setRateLimit('off');
		const audit = a.createRoom({ name: 'admin-audit' });
		// App settings live in the workspace's database: both instances read the same value.
		await a.setAppSetting('audit_room', 'admin-audit');
		await b.setAppSetting('audit_room', 'admin-audit');
		// No remember window: every admin change asks for the second factor again.
		server.settings.set('Accounts_TwoFactorAuthentication_RememberFor', 0);
		await link('alice', a, a);
		await link('admin', a, b);
		const race = async (username: string, code: string) => {
			const view = a.openView(id(username));
			assert.ok(view, `no modal open for ${username}: ${texts(username).at(-1)}`);
			const state = { code: { code } };
			await Promise.all([
				a.submitView(username, view.viewId, state),
				b.submitView(username, view.viewId, state, { force: true }),
			]);
		};
		const sent = (route: string) =>
			server.requestLog.filter((entry) => entry.route === route && entry.status === 200).length;
		for (let round = 0; round < 10; round++) {
			await a.runCommand('alice', 'profile', `set email alice${round}@race.example`, ROOM);
			const ownWrites = sent('users.updateOwnBasicInfo');
			const aliceReplies = texts('alice').length;
			await race('alice', 'alice-pass');
			assert.equal(
				sent('users.updateOwnBasicInfo'),
				ownWrites + 1,
				`one own write in round ${round}`,
			);
			assert.equal(texts('alice').length, aliceReplies + 1, `one reply in round ${round}`);

			await b.runCommand('admin', 'admin-user', `set bea nickname=Race${round}`, ROOM);
			const adminWrites = sent('users.update');
			const adminReplies = texts('admin').length;
			const posts = a.roomMessages(audit.id).length;
			await race('admin', 'admin-pass');
			assert.equal(sent('users.update'), adminWrites + 1, `one admin write in round ${round}`);
			assert.equal(server.getUser('bea')?.nickname, `Race${round}`);
			assert.equal(texts('admin').length, adminReplies + 1, `one reply in round ${round}`);
			assert.equal(a.roomMessages(audit.id).length, posts + 1, `one audit post in round ${round}`);
		}
	});

	test('a queued change runs exactly once although both instances run due jobs at the same time', async () => {
		await link('alice', a, a);
		await link('bea', a, a);
		// VN: one users.updateOwnBasicInfo a minute per client address; A's is spent by alice.
		await a.runCommand('alice', 'profile', 'set nickname Ally', ROOM);
		await a.runCommand('bea', 'profile', 'set nickname Queued', ROOM);
		assert.match(texts('bea').at(-1) ?? '', /queued/i);
		assert.equal(server.getUser('bea')?.nickname, 'Bee');
		assert.equal(a.scheduledJobs().length, 1);
		assert.deepEqual(b.scheduledJobs(), a.scheduledJobs(), 'one job collection');

		server.clock.advance(61_000);
		const [runsA, runsB] = await Promise.all([a.runDueJobs(), b.runDueJobs()]);
		assert.equal(runsA.length + runsB.length, 1, 'one instance took the job');
		assert.ok([...runsA, ...runsB].every((run) => run.ok));
		assert.equal(server.getUser('bea')?.nickname, 'Queued');
		const beaUpdates = ownUpdates().filter((entry) => entry.userId === id('bea'));
		assert.equal(beaUpdates.filter((entry) => entry.status === 200).length, 1);
		assert.equal(a.scheduledJobs().length, 0);
		// Once more: nothing left to run anywhere.
		assert.deepEqual([...(await a.runDueJobs()), ...(await b.runDueJobs())], []);
		assert.match(texts('bea').at(-1) ?? '', /applied/i);
	});

	test('each instance has its own budget on the server; nothing is lost, applied twice, or refused needlessly', async () => {
		await server.seedUser({
			username: 'carl',
			name: 'Carl Clark',
			password: 'carl-pass',
			email: 'carl@example.com',
		});
		PASSWORDS.carl = 'carl-pass';
		secrets.add('carl-pass');
		for (const username of ['alice', 'bea', 'carl']) {
			await link(username, a, a);
		}
		await a.runCommand('alice', 'profile', 'set nickname A1', ROOM);
		await b.runCommand('bea', 'profile', 'set nickname B1', ROOM);
		await a.runCommand('carl', 'profile', 'set nickname A2', ROOM);
		// alice through A and bea through B each had a budget of their instance's address.
		assert.equal(server.getUser('alice')?.nickname, 'A1');
		assert.equal(server.getUser('bea')?.nickname, 'B1');
		assert.deepEqual(
			ownUpdates(ADDRESS_B).map((entry) => entry.status),
			[200],
		);
		// A's second change waits for A's window: at most one refusal for it, then queued.
		assert.ok(ownUpdates(ADDRESS_A).filter((entry) => entry.status === 429).length <= 1);
		server.clock.advance(61_000);
		await Promise.all([a.runDueJobs(), b.runDueJobs()]);
		assert.equal(server.getUser('carl')?.nickname, 'A2');
		const applied = ownUpdates().filter((entry) => entry.status === 200);
		assert.deepEqual(
			applied.map((entry) => entry.userId).sort(),
			[id('alice'), id('bea'), id('carl')].sort(),
			'each change applied exactly once',
		);
	});
});
