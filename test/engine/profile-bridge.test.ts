/**
 * Status, status text and bio through the Apps-Engine user bridge (issue 10 item 2): no link, no REST request,
 * and the rules users.updateOwnBasicInfo would apply (settings, lengths, status values) enforced by the app,
 * since the bridge writes whatever it is given. Reads come from the engine's user reader (item 3).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lastText, linkWithPassword, messages, ROOM, useScenario } from './support/scenario';

const s = useScenario({ rateLimit: 'v7' });

describe('no link, no request', () => {
	test('30 users set a status at once (V7 rate limiter on): all applied, 0 REST requests', async () => {
		const names = Array.from({ length: 30 }, (_, index) => `crowd-${index}`);
		for (const username of names) {
			await s.server.seedUser({ username, name: username, email: `${username}@example.com` });
		}
		await Promise.all(
			names.map((username, index) =>
				s.host.runCommand(
					username,
					'profile',
					`set status ${index % 2 ? 'away' : 'busy'} Out ${username}`,
					ROOM,
				),
			),
		);
		assert.equal(s.server.requestLog.length, 0);
		names.forEach((username, index) => {
			const user = s.server.getUser(username);
			assert.equal(user?.status, index % 2 ? 'away' : 'busy');
			assert.equal(user?.statusText, `Out ${username}`);
			assert.match(lastText(s, username), new RegExp(`status text: .* → “Out ${username}”`));
		});
	});

	test('an unlinked user sets status, status text and bio; a name still asks for a link', async () => {
		await s.host.runCommand('alice', 'profile', 'set status away', ROOM);
		await s.host.runCommand('alice', 'profile', 'set text Lunch', ROOM);
		await s.host.runCommand('alice', 'profile', 'set bio Curious', ROOM);
		const user = s.server.getUser('alice');
		assert.equal(user?.status, 'away');
		assert.equal(user?.statusText, 'Lunch');
		assert.equal(user?.bio, 'Curious');
		assert.match(lastText(s, 'alice'), /bio: \(empty\) → “Curious”/);
		await s.host.runCommand('alice', 'profile', 'set name Alice L', ROOM);
		assert.match(lastText(s, 'alice'), /link/i);
		assert.equal(s.server.getUser('alice')?.name, 'Alice Anders');
		assert.equal(s.server.requestLog.length, 0);
	});

	test('values are trimmed as the server stores them; the same value again changes nothing', async () => {
		await s.host.runCommand('bea', 'profile', 'set bio=" Space bee "', ROOM);
		assert.equal(s.server.getUser('bea')?.bio, 'Space bee');
		await s.host.runCommand('bea', 'profile', 'set bio Space bee', ROOM);
		assert.match(lastText(s, 'bea'), /already/);
	});
});

describe('mixed commands', () => {
	test('linked: the bridge part is applied, the REST part is one request, and one receipt names both', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		const repliesBefore = messages(s, 'alice').length;
		await s.host.runCommand('alice', 'profile', 'set bio=Explorer name="Alice Liddell"', ROOM);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => [entry.route, entry.body]),
			[['users.updateOwnBasicInfo', { data: { name: 'Alice Liddell' } }]],
		);
		const user = s.server.getUser('alice');
		assert.equal(user?.bio, 'Explorer');
		assert.equal(user?.name, 'Alice Liddell');
		const texts = messages(s, 'alice')
			.slice(repliesBefore)
			.map((message) => message.text ?? '');
		assert.equal(texts.length, 1, JSON.stringify(texts));
		assert.match(
			texts[0],
			/bio: \(empty\) → “Explorer”[\s\S]*name: “Alice Anders” → “Alice Liddell”/,
		);
	});

	test('linked, the REST part queued (8.5+: one write a minute): the bridge receipt first, then the place', async () => {
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set nickname first', ROOM);
		assert.match(lastText(s, 'alice'), /nickname: .* → “first”/);
		const repliesBefore = messages(s, 'alice').length;
		await s.host.runCommand('alice', 'profile', 'set bio=Explorer nickname=second', ROOM);
		const texts = messages(s, 'alice')
			.slice(repliesBefore)
			.map((message) => message.text ?? '');
		assert.equal(texts.length, 2, JSON.stringify(texts));
		assert.match(texts[0], /bio: \(empty\) → “Explorer”/);
		assert.doesNotMatch(texts[0], /nickname/);
		assert.match(texts[1], /queued, place 1/);
		assert.equal(s.server.getUser('alice')?.bio, 'Explorer');
	});

	test('unlinked: the bridge part is applied and the rest asks for a link', async () => {
		await s.host.runCommand('alice', 'profile', 'set bio=Explorer name="Alice Liddell"', ROOM);
		assert.equal(s.server.getUser('alice')?.bio, 'Explorer');
		assert.equal(s.server.getUser('alice')?.name, 'Alice Anders');
		assert.match(lastText(s, 'alice'), /link/i);
		assert.equal(s.server.requestLog.length, 0);
	});

	test('a refused bridge field stops the whole command before anything is written', async () => {
		s.server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set text=Busy name="Alice Liddell"', ROOM);
		assert.match(lastText(s, 'alice'), /does not allow changing the status text/);
		assert.equal(s.server.getUser('alice')?.name, 'Alice Anders');
		assert.equal(s.server.requestLog.length, before);
	});
});

describe('the rules users.updateOwnBasicInfo would apply', () => {
	const refusals: Array<[string, string, boolean, string, RegExp]> = [
		[
			'profile changes off: bio',
			'Accounts_AllowUserProfileChange',
			false,
			'set bio Nope',
			/does not allow users to edit their profile/,
		],
		[
			'profile changes off: status',
			'Accounts_AllowUserProfileChange',
			false,
			'set status away',
			/does not allow users to edit their profile/,
		],
		[
			'status messages off: text',
			'Accounts_AllowUserStatusMessageChange',
			false,
			'set text Nope',
			/does not allow changing the status text/,
		],
		[
			'status messages off: status with text',
			'Accounts_AllowUserStatusMessageChange',
			false,
			'set status away Nope',
			/does not allow changing the status text/,
		],
		[
			'invisible off: offline',
			'Accounts_AllowInvisibleStatusOption',
			false,
			'set status offline',
			/invisible \(offline\) status is disabled/,
		],
	];
	for (const [name, setting, value, args, expected] of refusals) {
		test(`${name} → refused, nothing written`, async () => {
			s.server.settings.set(setting, value);
			const before = s.server.getUser('bea');
			await s.host.runCommand('bea', 'profile', args, ROOM);
			assert.match(lastText(s, 'bea'), expected);
			const after = s.server.getUser('bea');
			assert.equal(after?.bio, before?.bio);
			assert.equal(after?.status, before?.status);
			assert.equal(after?.statusText, before?.statusText);
		});
	}

	test('status messages off still allow a status without text (setUserStatusMethod checks text only)', async () => {
		s.server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		await s.host.runCommand('bea', 'profile', 'set status busy', ROOM);
		assert.equal(s.server.getUser('bea')?.status, 'busy');
	});

	const lengths: Array<[string, RegExp]> = [
		['set bio ' + 'b'.repeat(261), /261 characters long; the server allows at most 260/],
		['set text ' + 't'.repeat(121), /at most 120/],
		['set status away ' + 't'.repeat(121), /at most 120/],
		['set status sleeping', /not a status/],
	];
	for (const [args, expected] of lengths) {
		test(`/profile ${args.slice(0, 30)}… → refused, nothing written`, async () => {
			await s.host.runCommand('bea', 'profile', args, ROOM);
			assert.match(lastText(s, 'bea'), expected);
			const user = s.server.getUser('bea');
			assert.equal(user?.bio, 'I build rockets');
			assert.equal(user?.status, 'online');
		});
	}

	test('bio of exactly 260 and status text of exactly 120 are written', async () => {
		await s.host.runCommand('bea', 'profile', `set bio ${'b'.repeat(260)}`, ROOM);
		await s.host.runCommand('bea', 'profile', `set text ${'t'.repeat(120)}`, ROOM);
		assert.equal(s.server.getUser('bea')?.bio?.length, 260);
		assert.equal(s.server.getUser('bea')?.statusText?.length, 120);
	});
});

describe('/profile show from the user reader', () => {
	test('unlinked: asks for a link, like everything but status, text and bio', async () => {
		await s.host.runCommand('bea', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'bea'), /not linked/);
		assert.equal(s.server.requestLog.length, 0);
	});

	test('linked: one /me for the nickname; fresh values from the reader', async () => {
		await linkWithPassword(s, 'bea');
		await s.host.runCommand('bea', 'profile', 'set text Flying', ROOM);
		const before = s.server.requestLog.length;
		await s.host.runCommand('bea', 'profile', 'show', ROOM);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => entry.route),
			['me'],
		);
		const text = lastText(s, 'bea');
		assert.match(text, /Nickname: Bee/);
		assert.match(text, /Status text: Flying/);
	});
});
