/**
 * `/admin-user list` (issue 14 item 7): a private page of users from users.listByStatus, "Previous"/"Next" that
 * re-check the role gate and trust only the typed query and a page number, and quick actions that run what the
 * admin could type (the edit form, the deactivation's confirmation). Production limits on (the V7 rate limiter).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { CapturedMessage } from '../../tools/host';
import {
	confirmAdminChange,
	lastText,
	linkWithPassword,
	messages,
	openView,
	requests,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario();

interface Button {
	actionId: string;
	blockId: string;
	value?: string;
	text: { text: string };
}

function buttonsOf(message: CapturedMessage | undefined): Button[] {
	return ((message?.blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
		.filter((block) => block.type === 'actions')
		.flatMap((block) => block.elements ?? []);
}

function lastMessage(username: string): CapturedMessage {
	const all = messages(s, username);
	assert.ok(all.length);
	return all[all.length - 1];
}

async function click(username: string, message: CapturedMessage, button: Button): Promise<void> {
	await s.host.blockAction(username, {
		actionId: button.actionId,
		blockId: button.blockId,
		value: button.value,
		messageId: message.id,
	});
}

function button(message: CapturedMessage, label: string, near?: string): Button {
	const all = buttonsOf(message);
	const found = near
		? all.find((candidate) => candidate.text.text === label && candidate.value === near)
		: all.find((candidate) => candidate.text.text === label);
	assert.ok(found, `no button “${label}”`);
	return found;
}

async function seedMany(count: number): Promise<void> {
	for (let i = 0; i < count; i++) {
		await s.server.seedUser({ username: `crew${String(i).padStart(2, '0')}`, name: `Crew ${i}` });
	}
}

describe('list and search', () => {
	test('lists users with name, inert @username, e-mail, roles and state; one request', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
		const text = lastText(s, 'admin');
		assert.match(text, /\*Users\* 1–\d+ of \d+/);
		assert.match(text, /Bea Bio · `@\u2060bea` · `bea@example\.com` · roles: user · active/);
		assert.equal(requests(s, 'users.listByStatus').length, 1);
		assert.equal(requests(s, 'users.listByStatus')[0].status, 200);
		const message = lastMessage('admin');
		assert.ok(button(message, 'Edit', userId(s, 'bea')));
		assert.ok(button(message, 'Deactivate', userId(s, 'bea')));
	});

	test('search, role and state filters reach the server as its own parameters', async () => {
		await s.server.seedUser({ username: 'gone', name: 'Gone Person', active: false });
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list BEA', ROOM);
		assert.match(lastText(s, 'admin'), /1–1 of 1 \(matching BEA\)/);
		await s.host.runCommand('admin', 'admin-user', 'list role:admin', ROOM);
		assert.match(lastText(s, 'admin'), /1–1 of 1 \(role admin\)[\s\S]*`@\u2060admin`/);
		await s.host.runCommand('admin', 'admin-user', 'list inactive', ROOM);
		const text = lastText(s, 'admin');
		assert.match(text, /Gone Person · `@\u2060gone` .* · deactivated/);
		assert.ok(button(lastMessage('admin'), 'Activate', userId(s, 'gone')));
		const last = requests(s, 'users.listByStatus').at(-1);
		assert.equal(last?.query.status, 'deactivated');
		await s.host.runCommand('admin', 'admin-user', 'list nobody-here', ROOM);
		assert.match(lastText(s, 'admin'), /No user matches \(matching nobody-here\)/);
	});

	test('attack-style searches are sent as typed and matched literally; names are shown inert', async () => {
		await s.server.seedUser({ username: 'mallory', name: '*bold* @all [x](http://evil)' });
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list .* role:admin', ROOM);
		assert.match(lastText(s, 'admin'), /No user matches/);
		await s.host.runCommand('admin', 'admin-user', 'list @all', ROOM);
		const text = lastText(s, 'admin');
		assert.match(text, /`\*bold\* @\u2060all \[x\]\(http:\/\/evil\)`/);
		await s.host.runCommand('admin', 'admin-user', `list ${'x'.repeat(101)}`, ROOM);
		assert.match(lastText(s, 'admin'), /at most 100 characters/);
		await s.host.runCommand('admin', 'admin-user', 'list role:a role:b', ROOM);
		assert.match(lastText(s, 'admin'), /Usage: `\/admin-user list/);
		assert.equal(requests(s, 'users.listByStatus').length, 2);
	});
});

describe('pages', () => {
	test('Next and Previous page through; the last page has no Next', async () => {
		await seedMany(15);
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list crew', ROOM);
		const first = lastMessage('admin');
		assert.match(first.text ?? '', /1–10 of 15/);
		assert.equal(
			buttonsOf(first).some((b) => b.text.text === 'Previous'),
			false,
		);
		await click('admin', first, button(first, 'Next'));
		const second = lastMessage('admin');
		assert.match(second.text ?? '', /11–15 of 15 \(matching crew\)/);
		assert.match(second.text ?? '', /`@\u2060crew14`/);
		assert.equal(
			buttonsOf(second).some((b) => b.text.text === 'Next'),
			false,
		);
		await click('admin', second, button(second, 'Previous'));
		assert.match(lastText(s, 'admin'), /1–10 of 15/);
		assert.equal(requests(s, 'users.listByStatus').at(-2)?.query.offset, '10');
	});

	test('a click is refused once the admin role is gone, without a request', async () => {
		await seedMany(12);
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list crew', ROOM);
		const first = lastMessage('admin');
		await s.host.setAppSetting('admin_roles', 'user-manager');
		const before = s.server.requestLog.length;
		await click('admin', first, button(first, 'Next'));
		assert.match(lastText(s, 'admin'), /user-manager/);
		assert.equal(s.server.requestLog.length, before);
	});

	test('a forged page state is refused without a request; a forged query is checked like typed words', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
		const message = lastMessage('admin');
		const before = s.server.requestLog.length;
		for (const value of [
			'{"s":"","r":null,"a":null,"p":-1}',
			'{"s":"","r":null,"a":null,"p":1.5}',
			'{"s":"","r":"$where","a":null,"p":0}',
			`{"s":"${'y'.repeat(200)}","r":null,"a":null,"p":0}`,
			'{"s":"","r":null,"a":"everyone","p":0}',
			'not json',
			'{"__proto__":{"p":1}}',
		]) {
			await click('admin', message, {
				actionId: 'admin-list-page',
				blockId: 'admin-list-nav',
				value,
				text: { text: 'Next' },
			});
			assert.match(lastText(s, 'admin'), /Usage: `\/admin-user list/);
		}
		assert.equal(s.server.requestLog.length, before);
	});
});

describe('quick actions', () => {
	test('Edit opens the admin edit form for that user, read afresh', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list bea', ROOM);
		const message = lastMessage('admin');
		await click('admin', message, button(message, 'Edit', userId(s, 'bea')));
		assert.match(openView(s, 'admin').viewId, /admin-edit/);
		assert.equal(requests(s, 'users.info').length, 1);
	});

	test('Deactivate goes through the confirmation, then deactivates', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list bea', ROOM);
		const message = lastMessage('admin');
		await click('admin', message, button(message, 'Deactivate', userId(s, 'bea')));
		assert.equal(s.server.getUser('bea')?.active, true);
		await confirmAdminChange(s, 'admin');
		const view = s.host.openView(userId(s, 'admin'));
		if (view) {
			// The server asked the admin's second factor for users.update.
			await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
		}
		assert.equal(s.server.getUser('bea')?.active, false);
	});

	test('a quick action of someone who is not an admin is refused before any request', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'list bea', ROOM);
		const message = lastMessage('admin');
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await click('alice', message, button(message, 'Deactivate', userId(s, 'bea')));
		assert.match(lastText(s, 'alice'), /Only users with one of these roles/);
		assert.equal(s.server.requestLog.length, before);
		assert.equal(s.server.getUser('bea')?.active, true);
	});
});

describe('refusals', () => {
	test('not an admin: refused before any request', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'admin-user', 'list', ROOM);
		assert.match(lastText(s, 'alice'), /Only users with one of these roles/);
		assert.equal(s.server.requestLog.length, before);
	});

	test('the server refuses without view-d-room, or without view-outside-room when its setting is on', async () => {
		await linkWithPassword(s, 'admin');
		s.server.permissions.setRoles('view-d-room', ['guest']);
		await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
		assert.equal(requests(s, 'users.listByStatus').at(-1)?.status, 403);
		assert.match(lastText(s, 'admin'), /you lack the permission/);
		s.server.permissions.setRoles('view-d-room', ['admin', 'user']);
		s.server.settings.set('API_Apply_permission_view-outside-room_on_users-list', true);
		s.server.permissions.setRoles('view-outside-room', ['guest']);
		await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
		assert.equal(requests(s, 'users.listByStatus').at(-1)?.status, 403);
	});

	test('users.listByStatus counts in the V7 budget: the 11th listing in a minute is told to wait', async () => {
		await linkWithPassword(s, 'admin');
		s.server.permissions.setRoles('api-bypass-rate-limit', ['bot', 'app']);
		for (let i = 0; i < 10; i++) {
			await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
			assert.match(lastText(s, 'admin'), /\*Users\*/);
		}
		await s.host.runCommand('admin', 'admin-user', 'list', ROOM);
		assert.match(lastText(s, 'admin'), /Try again in \d+ s/);
	});
});
