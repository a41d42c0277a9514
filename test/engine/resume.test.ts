/**
 * Never lose the task (issue 13 item 2): a command that needs a link, typed by an unlinked user, runs by itself once
 * the link succeeds; `/profile login` when already linked says so and offers to link again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	messages,
	openView,
	PASSWORDS,
	ROOM,
	useScenario,
} from './support/scenario';

const s = useScenario({ rateLimit: 'v7' });

async function linkThroughButton(username: string): Promise<void> {
	const message = messages(s, username).at(-1);
	assert.ok(message);
	await s.host.blockAction(username, {
		actionId: 'open-link-modal',
		blockId: 'link',
		messageId: message.id,
	});
	await s.host.submitView(username, openView(s, username).viewId, {
		password: { password: PASSWORDS[username] },
	});
}

describe('the command that asked for a link', () => {
	test('runs by itself once the link succeeds, without being typed again', async () => {
		await s.host.runCommand('alice', 'profile', 'set name="Alice Liddell" nickname=al', ROOM);
		assert.match(lastText(s, 'alice'), /not linked/);
		assert.match(lastText(s, 'alice'), /I will run `\/profile set name=Alice Liddell nickname=al`/);
		assert.equal(s.server.requestLog.length, 0);

		await linkThroughButton('alice');
		const texts = messages(s, 'alice').map((message) => message.text ?? '');
		assert.ok(texts.some((text) => /Now running `\/profile set name=Alice Liddell/.test(text)));
		const user = s.server.getUser('alice');
		assert.equal(user?.name, 'Alice Liddell');
		assert.equal(user?.nickname, 'al');
	});

	test('runs once: a second link runs nothing again', async () => {
		await s.host.runCommand('alice', 'profile', 'set name Once', ROOM);
		await linkThroughButton('alice');
		assert.equal(s.server.getUser('alice')?.name, 'Once');
		const writes = () =>
			s.server.requestLog.filter((entry) => entry.route === 'users.updateOwnBasicInfo').length;
		assert.equal(writes(), 1);
		await s.host.runCommand('alice', 'profile', 'logout', ROOM);
		await linkWithPassword(s, 'alice');
		assert.equal(writes(), 1);
	});

	test('cancelling the link modal drops it: a later link runs nothing', async () => {
		await s.host.runCommand('alice', 'profile', 'set name Cancelled', ROOM);
		const message = messages(s, 'alice').at(-1);
		assert.ok(message);
		await s.host.blockAction('alice', {
			actionId: 'open-link-modal',
			blockId: 'link',
			messageId: message.id,
		});
		await s.host.closeView('alice', openView(s, 'alice').viewId);
		await linkWithPassword(s, 'alice');
		assert.notEqual(s.server.getUser('alice')?.name, 'Cancelled');
		assert.ok(!messages(s, 'alice').some((entry) => /Now running/.test(entry.text ?? '')));
	});

	test('a line carrying a password is refused and never kept', async () => {
		await s.host.runCommand('alice', 'profile', 'set password:Hunter2', ROOM);
		s.secrets.add('Hunter2');
		assert.doesNotMatch(lastText(s, 'alice'), /I will run/);
		await linkWithPassword(s, 'alice');
		assert.equal(
			s.server.requestLog.filter((entry) => entry.route === 'users.updateOwnBasicInfo').length,
			0,
		);
	});
});

describe('/profile login when already linked', () => {
	test('says so, names the server, and offers to link again', async () => {
		await linkWithPassword(s, 'bea');
		const logins = s.server.requestLog.filter((entry) => entry.route === 'login').length;
		await s.host.runCommand('bea', 'profile', 'login', ROOM);
		assert.match(lastText(s, 'bea'), /already linked to `127\.0\.0\.1:\d+`/);
		assert.equal(s.host.openView(s.server.getUser('bea')?._id ?? ''), undefined);
		const message = messages(s, 'bea').at(-1);
		assert.match(JSON.stringify(message?.blocks), /Link again/);
		await linkThroughButton('bea');
		assert.equal(s.server.requestLog.filter((entry) => entry.route === 'login').length, logins + 1);
		assert.match(lastText(s, 'bea'), /linked/);
	});
});
