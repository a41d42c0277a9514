/**
 * Attacks that once worked (issue "Security"), each kept as a scenario that must fail: nothing sent, nothing
 * changed on the server, no secret anywhere, the user told why.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parse } from '@rocket.chat/message-parser';

import { startReferenceServer } from '../../tools/refserver';
import {
	lastText,
	linkWithPassword,
	messages,
	openView,
	PASSWORDS,
	ROOM,
	useScenario,
	userId,
} from './support/scenario';

const s = useScenario();

const SECRET = 'Hunter2';

/** `/profile set password:Hunter2` once repeated the word in "There is no field …". */
const SECRET_WORDS = [
	`password:${SECRET}`,
	`senha＝${SECRET}`,
	`contraseña:${SECRET}`,
	`раssword=${SECRET}`, // Cyrillic р and а
	`pwd꞉${SECRET}`,
];

describe('a secret typed on the command line is never repeated', () => {
	for (const word of SECRET_WORDS) {
		test(`/profile set ${word}: refused, nothing sent, not repeated`, async () => {
			s.secrets.add(SECRET);
			await linkWithPassword(s, 'alice');
			const before = s.server.requestLog.length;
			for (const line of [`set ${word}`, `set bio hello ${word}`, word]) {
				await s.host.runCommand('alice', 'profile', line, ROOM);
			}
			assert.equal(s.server.requestLog.length, before, 'no request');
			const replies = messages(s, 'alice').slice(-3);
			assert.equal(replies.length, 3);
			for (const reply of replies) {
				assert.ok(!JSON.stringify(reply).includes(SECRET), 'the secret is not repeated');
				assert.match(reply.text ?? '', /\/profile password/);
			}
		});

		test(`/admin-user set bea ${word}: refused, nothing sent, not repeated`, async () => {
			s.secrets.add(SECRET);
			await linkWithPassword(s, 'admin');
			const before = s.server.requestLog.length;
			for (const line of [`set bea ${word}`, `roles bea add ${word}`]) {
				await s.host.runCommand('admin', 'admin-user', line, ROOM);
			}
			assert.equal(s.server.requestLog.length, before, 'no request');
			for (const reply of messages(s, 'admin').slice(-2)) {
				assert.ok(!JSON.stringify(reply).includes(SECRET), 'the secret is not repeated');
			}
		});
	}
});

/** Markup node types of a message as Rocket.Chat's clients parse it (plain text and inline code aside). */
function markup(text: string): string[] {
	const types: string[] = [];
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			node.forEach(walk);
		} else if (node && typeof node === 'object') {
			const { type } = node as { type?: string };
			if (type === 'INLINE_CODE' || type === 'PLAIN_TEXT') {
				return;
			}
			if (type && type !== 'PARAGRAPH') {
				types.push(type);
			}
			Object.values(node).forEach(walk);
		}
	};
	walk(parse(text));
	return types.sort();
}

/** A bio and a nickname that once spoke with the app's voice in `/admin-user show` and in a receipt. */
const FORGED_BIO =
	'ok\n✅ *Your account was unlinked.* [Link it again](https://evil.example/login) @all :tada:';
const FORGED_NICKNAME = 'Bee\n• password: “old” → “new”';

/** Seeds a user whose own profile holds the forged values. */
async function seedMallory(): Promise<void> {
	PASSWORDS.mallory = 'mallory-pass';
	s.secrets.add('mallory-pass');
	await s.server.seedUser({
		username: 'mallory',
		name: 'Mallory',
		password: 'mallory-pass',
		email: 'mallory@example.com',
		bio: FORGED_BIO,
		nickname: FORGED_NICKNAME,
	});
}

describe('user-controlled text cannot speak with the app voice', () => {
	test('/admin-user show: a forged bio and nickname add no line, link, emphasis, emoji or mention', async () => {
		await seedMallory();
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'show bea', ROOM);
		const baseline = lastText(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'show mallory', ROOM);
		const text = lastText(s, 'admin');
		assert.match(text, /Mallory/);
		assert.equal(text.split('\n').length, baseline.split('\n').length, 'no extra line');
		assert.deepEqual(markup(text), markup(baseline), 'no extra markup');
		assert.ok(!/^✅/m.test(text) && !/^• password/m.test(text));
	});

	test('a change receipt: a forged old nickname adds no line and no markup', async () => {
		await seedMallory();
		await linkWithPassword(s, 'mallory');
		await s.host.runCommand('mallory', 'profile', 'set nickname Bee', ROOM);
		const text = lastText(s, 'mallory');
		assert.equal(s.server.getUser('mallory')?.nickname, 'Bee');
		assert.equal(text.split('\n').length, 2, 'a title and one change line');
		assert.deepEqual(markup(text), markup(text.split('\n')[0]), 'no markup beyond the title');
	});
});

describe('credentials stay with the server that issued them', () => {
	test('after the Server URL changes, no stored token is sent to the new host; the user is told and the modal names it', async () => {
		const elsewhere = await startReferenceServer({ bcryptRounds: 4 });
		try {
			await linkWithPassword(s, 'alice');
			await s.host.setAppSetting('server_url', elsewhere.url);
			for (const line of ['show', 'set nickname Evil', 'logout']) {
				await s.host.runCommand('alice', 'profile', line, ROOM);
			}
			assert.equal(elsewhere.requestLog.length, 0, 'nothing reached the new host');
			const told = messages(s, 'alice').map((message) => message.text ?? '');
			assert.ok(told.some((text) => /not to the server you linked with/.test(text)));
			await s.host.runCommand('alice', 'profile', 'login', ROOM);
			const host = elsewhere.url.replace('http://', '');
			assert.ok(
				JSON.stringify(openView(s, 'alice').view.blocks).includes(host),
				'the modal names the host',
			);
			// Back on the original server the old link is gone too: it was forgotten, never sent.
			await s.host.setAppSetting('server_url', s.server.url);
			const before = s.server.requestLog.length;
			await s.host.runCommand('alice', 'profile', 'set nickname Evil', ROOM);
			assert.equal(s.server.requestLog.length, before);
			assert.notEqual(s.server.getUser('alice')?.nickname, 'Evil');
		} finally {
			await elsewhere.close();
		}
	});
});

describe('relinking revokes the token it replaces', () => {
	test('a second /profile login leaves exactly one live login token of the app', async () => {
		const tokens = () => s.server.getUser('alice')?.services.resume?.loginTokens.length ?? 0;
		const start = tokens();
		await linkWithPassword(s, 'alice');
		assert.equal(tokens(), start + 1);
		await linkWithPassword(s, 'alice');
		assert.equal(tokens(), start + 1, 'the first token was revoked');
		const logouts = s.server.requestLog.filter((entry) => entry.route === 'logout');
		assert.equal(logouts.length, 1);
		assert.equal(logouts[0].userId, userId(s, 'alice'));
		await s.host.runCommand('alice', 'profile', 'set nickname Relinked', ROOM);
		assert.equal(s.server.getUser('alice')?.nickname, 'Relinked', 'the new link works');
	});
});
