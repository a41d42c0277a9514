/**
 * A status that ends by itself and the workspace's custom statuses (issue 14 item 1), under production rules (the
 * V7 rate limiter on). The timed status is written through the user bridge like any status; the scheduler's job
 * brings the previous status back when the time comes, also after the server restarts in between; a status typed
 * through the app since cancels it, and a status changed outside the app since is left alone. Time passes on the
 * reference server's clock, which the host's scheduler follows.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';

import type { Scenario } from './support/scenario';
import {
	lastText,
	linkWithToken,
	messages,
	requests,
	ROOM,
	useScenario,
	userId,
} from './support/scenario';

const MIN = 60_000;
const RESTORE_JOB = /^restore-status_/;

const s = useScenario({ rateLimit: 'v7' });

beforeEach(() => {
	// Each test starts at real time: the app reads its own clock, the scheduler the server's.
	s.server.clock.advance(Date.now() - s.server.clock.now());
});

function statusOf(username: string): [string | undefined, string | undefined] {
	const user = s.server.getUser(username);
	return [user?.status, user?.statusText];
}

function restoreJobs(sc: Scenario = s) {
	return sc.host.scheduledJobs().filter((job) => RESTORE_JOB.test(job.name));
}

/** Lets `ms` pass on the server's clock and runs the jobs it made due. */
async function pass(ms: number): Promise<void> {
	s.server.clock.advance(ms);
	const runs = await s.host.runDueJobs();
	assert.ok(
		runs.every((run) => run.ok),
		JSON.stringify(runs),
	);
}

async function setOutside(username: string, status: string, message: string): Promise<void> {
	const token = s.server.createLoginToken(userId(s, username));
	s.secrets.add(token);
	const answer = await fetch(`${s.server.url}/api/v1/users.setStatus`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			'X-User-Id': userId(s, username),
			'X-Auth-Token': token,
		},
		body: JSON.stringify({ status, message }),
	});
	assert.equal(answer.status, 200);
}

describe('a status that ends by itself', () => {
	test('`set status busy In a meeting for 1h`: no link, no request; at the end the previous status is back', async () => {
		await s.host.runCommand('bea', 'profile', 'set text Writing', ROOM);
		await s.host.runCommand('bea', 'profile', 'set status busy In a meeting for 1h', ROOM);
		assert.deepEqual(statusOf('bea'), ['busy', 'In a meeting']);
		assert.match(lastText(s, 'bea'), /status text: “Writing” → “In a meeting”/);
		assert.match(
			lastText(s, 'bea'),
			/Until \d\d:\d\d \(UTC\); then your previous status comes back/,
		);
		assert.equal(restoreJobs().length, 1);
		assert.equal(s.server.requestLog.length, 0);

		await pass(59 * MIN);
		assert.deepEqual(statusOf('bea'), ['busy', 'In a meeting']);
		await pass(2 * MIN);
		assert.deepEqual(statusOf('bea'), ['online', 'Writing']);
		assert.match(lastText(s, 'bea'), /timed status ended; your previous status is back/);
		assert.match(lastText(s, 'bea'), /status: “busy” → “online”/);
		assert.equal(restoreJobs().length, 0);
		assert.equal(s.server.requestLog.length, 0);
	});

	test('the server restarts between set and restore: the job and the record survive, the status comes back', async () => {
		await s.host.runCommand('alice', 'profile', 'set status away Errand for 30m', ROOM);
		assert.deepEqual(statusOf('alice'), ['away', 'Errand']);
		const before = messages(s, 'alice').length;
		s.host = await s.host.restart();
		assert.equal(restoreJobs().length, 1);
		await pass(31 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', '']);
		assert.equal(messages(s, 'alice').length, before + 1);
		assert.match(lastText(s, 'alice'), /previous status is back/);
	});

	test('a status typed through the app since cancels the restore', async () => {
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 1h', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status away Lunch', ROOM);
		const before = messages(s, 'alice').length;
		await pass(61 * MIN);
		assert.deepEqual(statusOf('alice'), ['away', 'Lunch']);
		assert.equal(messages(s, 'alice').length, before, 'the cancelled restore said nothing');
	});

	test('`clear status`: back to online with no text, and the pending restore is cancelled', async () => {
		await s.host.runCommand('alice', 'profile', 'set text Before', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 1h', ROOM);
		await s.host.runCommand('alice', 'profile', 'clear status', ROOM);
		assert.deepEqual(statusOf('alice'), ['online', '']);
		await pass(61 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', '']);
		assert.doesNotMatch(lastText(s, 'alice'), /timed status ended/);
	});

	test('a status changed outside the app meanwhile is left alone, and the user is told', async () => {
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 1h', ROOM);
		await setOutside('alice', 'away', 'Gone fishing');
		await pass(61 * MIN);
		assert.deepEqual(statusOf('alice'), ['away', 'Gone fishing']);
		assert.match(lastText(s, 'alice'), /You had changed your status since, so it stays as it is/);
	});

	test('a timed status over a timed status: the first one’s job does nothing, the status from before both comes back', async () => {
		await s.host.runCommand('alice', 'profile', 'set text Base', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status busy Meeting for 1h', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status away Coffee for 30m', ROOM);
		assert.equal(restoreJobs().length, 2);
		await pass(31 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', 'Base']);
		const after = messages(s, 'alice').length;
		await pass(30 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', 'Base']);
		assert.equal(messages(s, 'alice').length, after);
	});

	test('the same status again with a new end moves the end only', async () => {
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 10m', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 1h', ROOM);
		assert.match(lastText(s, 'alice'), /^Until \d\d:\d\d \(UTC\)/);
		await pass(11 * MIN);
		assert.deepEqual(statusOf('alice'), ['busy', 'Call']);
		await pass(50 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', '']);
	});

	test('`until` is read in the user’s time zone (utcOffset): the job is due at that time', async () => {
		await s.server.seedUser({
			username: 'zoe',
			name: 'Zoe',
			email: 'zoe@example.com',
			utcOffset: 2,
		});
		const target = s.server.clock.now() + 2 * 60 * MIN;
		const local = new Date(target + 2 * 60 * MIN);
		const hh = String(local.getUTCHours()).padStart(2, '0');
		const mm = String(local.getUTCMinutes()).padStart(2, '0');
		const expected = target - (target % MIN);
		const line = `set status away Out until ${hh}:${mm}`;
		if (local.getUTCHours() < 2) {
			// Two hours from now is tomorrow in Zoe's zone: today's time has passed.
			await s.host.runCommand('zoe', 'profile', line, ROOM);
			assert.match(lastText(s, 'zoe'), /has passed today/);
			return;
		}
		await s.host.runCommand('zoe', 'profile', line, ROOM);
		assert.match(lastText(s, 'zoe'), new RegExp(`Until ${hh}:${mm} \\(UTC\\+2\\)`));
		const [job] = restoreJobs();
		assert.equal(job.nextRunAt, expected);
	});

	test('the workspace turned profile changes off meanwhile: the restore is refused and says why', async () => {
		await s.host.runCommand('alice', 'profile', 'set status busy Call for 1h', ROOM);
		s.server.settings.set('Accounts_AllowUserProfileChange', false);
		await pass(61 * MIN);
		assert.deepEqual(statusOf('alice'), ['busy', 'Call']);
		assert.match(
			lastText(s, 'alice'),
			/previous status could not be restored: This workspace does not allow users to edit their profile/,
		);
	});
});

describe('refusals of a timed status: nothing written, nothing scheduled', () => {
	const cases: Array<[string, RegExp]> = [
		['set status busy Meeting for 90', /“`?90`?” is not a duration I can read/],
		['set status busy Meeting for 2 fortnights', /not a duration I can read/],
		['set status busy Meeting until 25:00', /“`25:00`” is not a time I can read/],
		['set status busy Meeting for 45 days', /at most 30 days/],
		['set status busy Meeting for 0m', /not a duration I can read/],
		[`set status busy Meeting for ${'9'.repeat(500)}h`, /at most 30 days/],
	];
	for (const [line, expected] of cases) {
		test(`${line.slice(0, 60)} → refused`, async () => {
			await s.host.runCommand('alice', 'profile', line, ROOM);
			assert.match(lastText(s, 'alice'), expected);
			assert.deepEqual(statusOf('alice'), ['online', undefined]);
			assert.equal(restoreJobs().length, 0);
		});
	}

	test('status text changes off: a timed status with text is refused before anything is scheduled', async () => {
		s.server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		await s.host.runCommand('alice', 'profile', 'set status busy Meeting for 1h', ROOM);
		assert.match(lastText(s, 'alice'), /does not allow changing the status text/);
		assert.equal(restoreJobs().length, 0);
	});

	test('attack-style text: markdown, mentions and links are stored as typed and shown inert', async () => {
		await s.host.runCommand(
			'alice',
			'profile',
			'set status busy @all [x](https://evil.example) *b* for 1h',
			ROOM,
		);
		assert.deepEqual(statusOf('alice'), ['busy', '@all [x](https://evil.example) *b*']);
		// In a code span, the mention broken by a word joiner: no link, no emphasis, no notification.
		assert.match(lastText(s, 'alice'), /`@\u2060all \[x\]\(https:\/\/evil\.example\) \*b\*`/);
	});
});

describe('custom statuses (custom-user-status.list)', () => {
	test('`set status "On holiday"`: its status type and its name as the text, one request', async () => {
		await linkWithToken(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set status "On holiday"', ROOM);
		assert.deepEqual(statusOf('alice'), ['away', 'On holiday']);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => [entry.route, entry.status]),
			[['custom-user-status.list', 200]],
		);
	});

	test('unquoted, any case, with an end: `set status in a CALL for 30m`', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set status in a CALL for 30m', ROOM);
		assert.deepEqual(statusOf('alice'), ['busy', 'In a call']);
		await pass(31 * MIN);
		assert.deepEqual(statusOf('alice'), ['online', '']);
	});

	test('a custom status without a status type sets the text only', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set status away', ROOM);
		await s.host.runCommand('alice', 'profile', 'set status "Working remotely"', ROOM);
		assert.deepEqual(statusOf('alice'), ['away', 'Working remotely']);
	});

	test('not linked: says how to link or use the built-in words; no request', async () => {
		await s.host.runCommand('alice', 'profile', 'set status "On holiday"', ROOM);
		assert.match(lastText(s, 'alice'), /not a status .* link your account first/);
		assert.equal(requests(s, 'custom-user-status.list').length, 0);
		assert.deepEqual(statusOf('alice'), ['online', undefined]);
	});

	test('an unknown name: did you mean the closest custom status', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set status "On holidya"', ROOM);
		assert.match(lastText(s, 'alice'), /Did you mean “On holiday”\?/);
		await s.host.runCommand('alice', 'profile', 'set status sleeping', ROOM);
		assert.match(
			lastText(s, 'alice'),
			/“sleeping” is not a status .*no custom status of that name/,
		);
		assert.equal(requests(s, 'custom-user-status.list').length, 2);
		assert.deepEqual(statusOf('alice'), ['online', undefined]);
	});

	test('`/profile statuses` lists them, names shown inert', async () => {
		s.server.customUserStatuses.push({
			_id: 'evil',
			name: '*Party* @all',
			statusType: 'busy',
			_updatedAt: new Date(),
		});
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'statuses', ROOM);
		const text = lastText(s, 'alice');
		assert.match(text, /Custom statuses of this workspace/);
		assert.match(text, /On holiday \(Away\)/);
		assert.match(text, /Working remotely \(text only\)/);
		assert.doesNotMatch(text, /(^|[^\\])@all/);
	});

	test('the read is rate-limited like any request: the user is told when to try again, nothing is queued', async () => {
		s.server.faults.set('custom-user-status.list', { kind: 'rate-limit', retryAfterSeconds: 30 });
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set status "On holiday"', ROOM);
		assert.match(lastText(s, 'alice'), /30 s|seconds/);
		assert.deepEqual(statusOf('alice'), ['online', undefined]);
		assert.equal(s.host.scheduledJobs().length, 0);
	});
});
