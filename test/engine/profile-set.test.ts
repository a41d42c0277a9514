/** /profile changes (PRODUCT §2, §5, §7): one request per change, checks before requests, messages. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	messages,
	requests,
	ROOM,
	useScenario,
} from './support/scenario';

const s = useScenario();

function ownUpdates() {
	return requests(s, 'users.updateOwnBasicInfo');
}

describe('single and multi-field set', () => {
	test('set bio: the rest of the line is the value; through the user bridge, no request; old → new', async () => {
		await linkWithPassword(s, 'bea');
		const before = s.server.requestLog.length;
		await s.host.runCommand('bea', 'profile', 'set bio I build bigger rockets', ROOM);
		assert.equal(s.server.requestLog.length, before);
		assert.equal(s.server.getUser('bea')?.bio, 'I build bigger rockets');
		const text = lastText(s, 'bea');
		assert.match(text, /bio: “I build rockets” → “I build bigger rockets”/);
	});

	test('a plain own change through REST costs exactly one request (name), read from the user reader', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set name Alice Liddell', ROOM);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => entry.route),
			['users.updateOwnBasicInfo'],
		);
		assert.equal(s.server.getUser('alice')?.name, 'Alice Liddell');
		assert.match(lastText(s, 'alice'), /name: “Alice Anders” → “Alice Liddell”/);
	});

	test('a nickname change reads /me once for the old nickname (the user reader has none)', async () => {
		await linkWithPassword(s, 'bea');
		const before = s.server.requestLog.length;
		await s.host.runCommand('bea', 'profile', 'set nickname Queen Bee', ROOM);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => entry.route),
			['me', 'users.updateOwnBasicInfo'],
		);
		assert.match(lastText(s, 'bea'), /nickname: “Bee” → “Queen Bee”/);
	});

	test('several fields in one request, quotes group words, unquoted words continue a value', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand(
			'alice',
			'profile',
			'set name="Alice Liddell" nickname=ali bio=down the rabbit hole',
			ROOM,
		);
		assert.equal(ownUpdates().length, 1);
		assert.deepEqual(ownUpdates()[0].body, { data: { name: 'Alice Liddell', nickname: 'ali' } });
		const user = s.server.getUser('alice');
		assert.equal(user?.name, 'Alice Liddell');
		assert.equal(user?.nickname, 'ali');
		assert.equal(user?.bio, 'down the rabbit hole');
		assert.match(lastText(s, 'alice'), /name: “Alice Anders” → “Alice Liddell”/);
	});

	test('status with text in one go; status alone keeps the text; no request', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set status away In a meeting', ROOM);
		let user = s.server.getUser('alice');
		assert.equal(user?.status, 'away');
		assert.equal(user?.statusDefault, 'away');
		assert.equal(user?.statusText, 'In a meeting');
		await s.host.runCommand('alice', 'profile', 'set status busy', ROOM);
		user = s.server.getUser('alice');
		assert.equal(user?.status, 'busy');
		assert.equal(user?.statusText, 'In a meeting');
		assert.match(lastText(s, 'alice'), /status: “away” → “busy”/);
		assert.equal(s.server.requestLog.length, before);
	});

	test('clear bio, nickname and text', async () => {
		await linkWithPassword(s, 'bea');
		await s.host.runCommand('bea', 'profile', 'clear bio', ROOM);
		await s.host.runCommand('bea', 'profile', 'clear nickname', ROOM);
		const user = s.server.getUser('bea');
		assert.ok(!user?.bio);
		assert.ok(!user?.nickname);
		assert.equal(ownUpdates().length, 1);
		await s.host.runCommand('bea', 'profile', 'set text Busy building', ROOM);
		assert.equal(s.server.getUser('bea')?.statusText, 'Busy building');
		await s.host.runCommand('bea', 'profile', 'clear text', ROOM);
		assert.ok(!s.server.getUser('bea')?.statusText);
		assert.equal(ownUpdates().length, 1);
	});

	test('an unchanged value costs no write', async () => {
		await linkWithPassword(s, 'bea');
		await s.host.runCommand('bea', 'profile', 'set nickname Bee', ROOM);
		assert.equal(ownUpdates().length, 0);
		assert.match(lastText(s, 'bea'), /already/);
		const before = s.server.requestLog.length;
		await s.host.runCommand('bea', 'profile', 'set bio I build rockets', ROOM);
		assert.match(lastText(s, 'bea'), /already/);
		assert.equal(s.server.requestLog.length, before);
	});

	test('custom fields are checked against Accounts_CustomFields and sent with the others', async () => {
		s.server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({
				team: { type: 'text', maxLength: 20 },
				level: { type: 'select', options: ['junior', 'senior'] },
			}),
		);
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set Team=rockets level=senior', ROOM);
		assert.equal(ownUpdates().length, 1);
		assert.deepEqual(s.server.getUser('alice')?.customFields, { team: 'rockets', level: 'senior' });
		await s.host.runCommand('alice', 'profile', 'set level=boss', ROOM);
		assert.match(lastText(s, 'alice'), /junior, senior/);
		await s.host.runCommand('alice', 'profile', 'set shoe=42', ROOM);
		assert.match(lastText(s, 'alice'), /no field “shoe”/);
		assert.equal(ownUpdates().length, 1);
	});
});

describe('checks before any request', () => {
	const cases: Array<[string, RegExp]> = [
		['set bio ' + 'x'.repeat(261), /261 characters long; the server allows at most 260/],
		['set nickname ' + 'n'.repeat(121), /at most 120/],
		['set text ' + 't'.repeat(121), /at most 120/],
		['set status bsuy', /not a status\. Did you mean `busy`\?/],
		['set email not-an-address', /not a valid e-mail/],
		['set favourite blue', /no field “favourite”/],
		['set bio', /to empty it use `\/profile clear bio`/],
		['set', /Tell me what to change/],
		['set name="A" name="B"', /named twice/],
		['set name <b>bold</b>', /may not contain/],
		['set username bad name!', /not a valid username/],
		['clear email', /Usage: `\/profile clear/],
		['frobnicate', /Unknown command/],
	];
	for (const [args, expected] of cases) {
		test(`/profile ${args.slice(0, 40)} → a clear message and zero requests`, async () => {
			await linkWithPassword(s, 'alice');
			const before = s.server.requestLog.length;
			await s.host.runCommand('alice', 'profile', args, ROOM);
			assert.match(lastText(s, 'alice'), expected);
			assert.equal(s.server.requestLog.length, before);
		});
	}

	test('a password on the command line is refused without repeating it', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		s.secrets.add('hunter2-secret');
		await s.host.runCommand('alice', 'profile', 'set password hunter2-secret', ROOM);
		await s.host.runCommand('alice', 'profile', 'set bio=x newPassword=hunter2-secret', ROOM);
		await s.host.runCommand('alice', 'profile', 'password hunter2-secret', ROOM);
		for (const message of messages(s, 'alice').slice(-3)) {
			assert.match(message.text ?? '', /never taken from the command line/);
			assert.doesNotMatch(message.text ?? '', /hunter2/);
		}
		assert.equal(s.server.requestLog.length, before);
	});
});

describe('server refusals and failures', () => {
	test('a taken username comes back in plain words', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set username bea', ROOM);
		assert.match(lastText(s, 'alice'), /“bea” is already in use\. Choose another username\./);
		assert.equal(s.server.getUser('alice')?.username, 'alice');
	});

	test('a workspace that forbids username changes is named', async () => {
		s.server.settings.set('Accounts_AllowUsernameChange', false);
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set username alice2', ROOM);
		assert.match(lastText(s, 'alice'), /does not allow changing the username/);
	});

	const faults: Array<[string, object, RegExp]> = [
		['down', { kind: 'down' }, /could not reach the server/],
		['500', { kind: 'status', status: 500 }, /server failed \(HTTP 500\)/],
		['not JSON', { kind: 'not-json' }, /not Rocket\.Chat’s API/],
	];
	for (const [name, fault, expected] of faults) {
		test(`server ${name} on the write: a clear message, nothing changed`, async () => {
			await linkWithPassword(s, 'bea');
			s.server.faults.set('users.updateOwnBasicInfo', fault as never);
			await s.host.runCommand('bea', 'profile', 'set name Bea New', ROOM);
			assert.match(lastText(s, 'bea'), expected);
			assert.equal(s.server.getUser('bea')?.name, 'Bea Bio');
		});
	}

	test('a timeout says the change may have landed and how to check', async () => {
		await linkWithPassword(s, 'bea');
		// The app's timer is armed before the server's delay and is shorter: it fires first, however busy the machine.
		await s.host.setAppSetting('request_timeout_ms', 1000);
		s.server.faults.set('users.updateOwnBasicInfo', { kind: 'delay', ms: 2500, times: 1 });
		await s.host.runCommand('bea', 'profile', 'set name Slow Bea', ROOM);
		assert.match(lastText(s, 'bea'), /did not answer within 1 s.*\/profile show/);
	});
});

describe('429: queued, applied later, exactly once', () => {
	test('a rate-limited change is queued, applied by the scheduled job, and reported', async () => {
		await linkWithPassword(s, 'bea');
		s.server.faults.set('users.updateOwnBasicInfo', {
			kind: 'rate-limit',
			retryAfterSeconds: 30,
			times: 1,
		});
		await s.host.runCommand('bea', 'profile', 'set name Queued Bea', ROOM);
		assert.match(lastText(s, 'bea'), /queued, place 1: it will be applied in about 30 s/);
		assert.equal(s.server.getUser('bea')?.name, 'Bea Bio');
		const [job] = s.host.scheduledJobs();
		assert.ok(job);
		await s.host.runDueJobs(Date.now() + 31_000);
		assert.equal(s.server.getUser('bea')?.name, 'Queued Bea');
		assert.match(lastText(s, 'bea'), /queued change was applied/);
		const writes = ownUpdates().filter((entry) => entry.status === 200).length;
		await s.host.runDueJobs(Date.now() + 120_000);
		assert.equal(ownUpdates().filter((entry) => entry.status === 200).length, writes);
	});
});
