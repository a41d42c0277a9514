/** /admin-user (PRODUCT §3, §4 admin changes): access, no data loss, 2FA retry, several users, audit, 429. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	confirmAdminChange,
	lastText,
	linkWithPassword,
	messages,
	openView,
	requests,
	ROOM,
	canSignIn,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario();

function updates() {
	return requests(s, 'users.update');
}

/** The admin links with a login token; 2FA is confirmed once so later commands run inside the remember window. */
async function linkAdmin(): Promise<void> {
	await linkWithPassword(s, 'admin');
}

/** Answers the server's second-factor request for the admin (password method) in the modal. */
async function confirmWithAdminPassword(): Promise<void> {
	const view = openView(s, 'admin');
	assert.match(view.viewId, /admin-2fa/);
	await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
}

describe('access', () => {
	test('a user without an allowed role is refused before any request', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		for (const args of ['show bea', 'set bea bio x', 'deactivate bea', 'help']) {
			await s.host.runCommand('alice', 'admin-user', args, ROOM);
			assert.match(
				lastText(s, 'alice'),
				/Only users with one of these roles may use \/admin-user: admin/,
			);
		}
		assert.equal(s.server.requestLog.length, before);
	});

	test('the allowed roles come from the app setting', async () => {
		await s.host.setAppSetting('admin_roles', 'user-manager, admin');
		await s.host.runCommand('alice', 'admin-user', 'help', ROOM);
		assert.match(lastText(s, 'alice'), /user-manager, admin/);
		await s.host.runCommand('admin', 'admin-user', 'help', ROOM);
		assert.match(lastText(s, 'admin'), /\/admin-user show <user>/);
	});

	test('an admin who has not linked is asked to link', async () => {
		await s.host.runCommand('admin', 'admin-user', 'show bea', ROOM);
		assert.match(lastText(s, 'admin'), /not linked/);
		assert.equal(s.server.requestLog.length, 0);
	});
});

describe('show and user references', () => {
	test('@username, username and id all find the user; unknown users get a clear message', async () => {
		await linkAdmin();
		for (const ref of ['@bea', 'bea', userId(s, 'bea')]) {
			await s.host.runCommand('admin', 'admin-user', `show ${ref}`, ROOM);
			const text = lastText(s, 'admin');
			assert.match(text, /Profile of\* @bea/);
			assert.match(text, /Roles: user/);
			assert.match(text, /Active: yes/);
			assert.match(text, /`bea@example\.com` \(verified\)/);
		}
		await s.host.runCommand('admin', 'admin-user', 'show nobody', ROOM);
		assert.match(lastText(s, 'admin'), /no user “nobody”/);
	});
});

describe('set without losing data', () => {
	test('setting the name keeps bio and nickname (users.update erases what is left out)', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set @bea name Beatrice Bio', ROOM);
		await confirmWithAdminPassword();
		const bea = s.server.getUser('bea');
		assert.equal(bea?.name, 'Beatrice Bio');
		assert.equal(bea?.bio, 'I build rockets');
		assert.equal(bea?.nickname, 'Bee');
		assert.match(lastText(s, 'admin'), /Updated @bea:\n• name: “Bea Bio” → “Beatrice Bio”/);
		const successful = updates().filter((entry) => entry.status === 200);
		assert.equal(successful.length, 1);
		assert.equal(requests(s, 'users.info').length, 1);
	});

	test('2FA: sent without proof first, then retried once with x-2fa headers; remembered afterwards', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname=B2 text="On leave"', ROOM);
		assert.equal(updates().length, 1);
		assert.equal(updates()[0].status, 400);
		await confirmWithAdminPassword();
		assert.equal(updates().length, 2);
		assert.equal(updates()[1].status, 200);
		assert.equal(updates()[1].headers['x-2fa-method'], 'password');
		assert.equal(s.server.getUser('bea')?.statusText, 'On leave');
		assert.equal(s.server.getUser('bea')?.bio, 'I build rockets');
		// Inside the server's remember window no second prompt appears.
		await s.host.runCommand('admin', 'admin-user', 'set bea bio Rockets, again', ROOM);
		assert.equal(updates().length, 3);
		assert.equal(updates()[2].status, 200);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		assert.equal(s.server.getUser('bea')?.nickname, 'B2');
	});

	test('a wrong admin password keeps the modal open', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname Bumble', ROOM);
		const view = openView(s, 'admin');
		s.secrets.add('wrong-admin-pass');
		await s.host.submitView('admin', view.viewId, { code: { code: 'wrong-admin-pass' } });
		assert.match(openView(s, 'admin').errors.code, /password is not correct/);
		await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
		assert.equal(s.server.getUser('bea')?.nickname, 'Bumble');
	});

	test('when the 5-second window has passed, a message with a button opens the modal', async () => {
		await s.host.setAppSetting('request_timeout_ms', 8000);
		await linkAdmin();
		s.server.faults.set('users.info', { kind: 'delay', ms: 4300, times: 1 });
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname Late', ROOM);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		const message = messages(s, 'admin').at(-1);
		assert.match(message?.text ?? '', /confirm this change/);
		const nonce = /"value":"([0-9a-f]+)"/.exec(JSON.stringify(message?.blocks))?.[1];
		await s.host.blockAction('admin', {
			actionId: 'open-pending-view',
			blockId: 'pending',
			value: nonce,
			messageId: message?.id,
		});
		await confirmWithAdminPassword();
		assert.equal(s.server.getUser('bea')?.nickname, 'Late');
		assert.equal(s.host.expiredTriggerUses.length, 0);
	});
});

describe('activate, deactivate, roles, verify', () => {
	test('several users: each reported, one failure does not stop the others', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'deactivate alice', ROOM);
		await confirmAdminChange(s, 'admin');
		await confirmWithAdminPassword();
		await s.host.runCommand('admin', 'admin-user', 'deactivate @alice nobody bea', ROOM);
		// Told at once about the users that need nothing; the confirmation names the one that changes.
		assert.match(JSON.stringify(openView(s, 'admin').view.blocks), /@bea: deactivated/);
		await confirmAdminChange(s, 'admin');
		const texts = messages(s, 'admin')
			.slice(-3)
			.map((message) => message.text);
		assert.match(texts[0] ?? '', /@alice is already deactivated/);
		assert.match(texts[1] ?? '', /no user “nobody”/);
		assert.match(texts[2] ?? '', /@bea is now deactivated/);
		assert.equal(s.server.getUser('bea')?.active, false);
		assert.equal(s.server.getUser('bea')?.bio, 'I build rockets');
		await s.host.runCommand('admin', 'admin-user', 'activate alice bea', ROOM);
		assert.equal(s.server.getUser('alice')?.active, true);
		assert.equal(s.server.getUser('bea')?.active, true);
	});

	test('a 429 queues the rest; the job applies it when allowed', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea text warm-up', ROOM);
		await confirmWithAdminPassword();
		s.server.faults.set('users.update', { kind: 'rate-limit', retryAfterSeconds: 20, times: 1 });
		await s.host.runCommand('admin', 'admin-user', 'deactivate alice bea', ROOM);
		await confirmAdminChange(s, 'admin');
		assert.match(lastText(s, 'admin'), /queued/);
		assert.equal(s.server.getUser('alice')?.active, true);
		await s.host.runDueJobs(Date.now() + 21_000);
		assert.equal(s.server.getUser('alice')?.active, false);
		assert.equal(s.server.getUser('bea')?.active, false);
		await s.host.runDueJobs(Date.now() + 120_000);
		assert.equal(updates().filter((entry) => entry.status === 200).length, 3);
	});

	test('roles add, remove and set', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'roles bea add moderator', ROOM);
		await confirmWithAdminPassword();
		assert.deepEqual(s.server.getUser('bea')?.roles, ['user', 'moderator']);
		assert.match(lastText(s, 'admin'), /Roles of @bea: user → user, moderator/);
		await s.host.runCommand('admin', 'admin-user', 'roles bea remove moderator', ROOM);
		assert.equal(s.server.getUser('bea')?.roles.length, 2, 'nothing before the confirmation');
		await confirmAdminChange(s, 'admin');
		assert.deepEqual(s.server.getUser('bea')?.roles, ['user']);
		await s.host.runCommand('admin', 'admin-user', 'roles bea set user', ROOM);
		assert.match(lastText(s, 'admin'), /already has roles user/);
		await s.host.runCommand('admin', 'admin-user', 'roles bea add no-such-role', ROOM);
		assert.match(lastText(s, 'admin'), /does not exist/);
		assert.equal(s.server.getUser('bea')?.bio, 'I build rockets');
	});

	test('verify marks the e-mail verified', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea email bea@verify.example', ROOM);
		await confirmWithAdminPassword();
		assert.equal(s.server.getUser('bea')?.emails?.[0].verified, false);
		await s.host.runCommand('admin', 'admin-user', 'verify bea', ROOM);
		assert.equal(s.server.getUser('bea')?.emails?.[0].verified, true);
		assert.match(lastText(s, 'admin'), /now marked verified/);
		await s.host.runCommand('admin', 'admin-user', 'verify bea', ROOM);
		assert.match(lastText(s, 'admin'), /already verified/);
	});
});

describe('forms', () => {
	test('password form: a new password, required change; the 2FA proof in the same form', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'password bea', ROOM);
		await confirmAdminChange(s, 'admin');
		const view = openView(s, 'admin');
		s.secrets.add('Bea-new-Passw0rd');
		const state = {
			'new-password': { 'new-password': 'Bea-new-Passw0rd' },
			'password-options': { 'password-options': ['require-change'] },
		};
		await s.host.submitView('admin', view.viewId, state);
		assert.match(openView(s, 'admin').errors.code, /confirm with your own password/);
		await s.host.submitView('admin', view.viewId, { ...state, code: { code: 'admin-pass' } });
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		assert.match(lastText(s, 'admin'), /password of @bea was changed/);
		const bea = s.server.getUser('bea');
		assert.equal(bea?.requirePasswordChange, true);
		assert.equal(bea?.bio, 'I build rockets');
		assert.ok(await canSignIn(s, 'bea', 'Bea-new-Passw0rd'));
	});

	test('edit form: prefilled, no second-factor field; only what the admin changed is changed; bio and nickname kept', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'edit bea', ROOM);
		const view = openView(s, 'admin');
		assert.match(JSON.stringify(view.view.blocks), /I build rockets/);
		assert.ok(
			!view.view.blocks.some((block) => JSON.stringify(block).includes('"blockId":"code"')),
		);
		await s.host.submitView('admin', view.viewId, {
			name: { name: 'Bea Renamed' },
			nickname: { nickname: 'Busy Bee' },
			bio: { bio: 'I build rockets' },
		});
		// The server asked for the admin's second factor: the same form became the short step `set` opens.
		const step = openView(s, 'admin');
		assert.equal(step.viewId, view.viewId);
		const text = JSON.stringify(step.view.blocks);
		assert.match(text, /Profile of @bea:/);
		assert.match(text, /nickname: “Bee” → “Busy Bee”/);
		assert.match(text, /name: “Bea Bio” → “Bea Renamed”/);
		assert.match(text, /your own password, not @bea's/);
		assert.equal(step.view.submit?.text.text, 'Verify');
		assert.equal(s.server.getUser('bea')?.nickname, 'Bee');
		await s.host.submitView('admin', view.viewId, { code: { code: 'wrong-pass' } });
		assert.match(openView(s, 'admin').errors.code, /not correct/);
		await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		const bea = s.server.getUser('bea');
		assert.equal(bea?.name, 'Bea Renamed');
		assert.equal(bea?.nickname, 'Busy Bee');
		assert.equal(bea?.bio, 'I build rockets');
		assert.match(lastText(s, 'admin'), /Updated @bea:/);
	});

	test('the 2FA modal of /admin-user set names @bea, the new values and whose code it wants', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname="*Bee* @all"', ROOM);
		const text = JSON.stringify(openView(s, 'admin').view.blocks);
		assert.match(text, /Profile of @bea:/);
		assert.match(text, /nickname: “Bee” → `\*Bee\* @/);
		assert.match(text, /your own password, not @bea's/);
	});
});

describe('audit room', () => {
	test('each change is posted there: who, whom, which fields, never a secret', async () => {
		const audit = s.host.createRoom({ name: 'admin-audit' });
		await s.host.setAppSetting('audit_room', 'admin-audit');
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname=Auditee', ROOM);
		await confirmWithAdminPassword();
		await s.host.runCommand('admin', 'admin-user', 'password bea', ROOM);
		await confirmAdminChange(s, 'admin');
		s.secrets.add('Audit-Secret-9');
		await s.host.submitView('admin', openView(s, 'admin').viewId, {
			'new-password': { 'new-password': 'Audit-Secret-9' },
			'code': { code: 'admin-pass' },
		});
		const posted = s.host.roomMessages(audit.id).map((message) => message.text);
		assert.deepEqual(posted, ['@admin changed @bea: nickname', '@admin changed @bea: password']);
	});
});

describe('the same answer for the same act', () => {
	test('closing any modal says nothing, drops its pending form and changes nothing, whatever its kind', async () => {
		await linkAdmin();
		const before = JSON.stringify(s.server.getUser('bea'));
		const opened: Array<[string, string]> = [
			['profile', 'edit'],
			['profile', 'password'],
			['profile', 'set email admin@closed.example'],
			['profile', 'login'],
			['admin-user', 'edit bea'],
			['admin-user', 'password bea'],
			['admin-user', 'set bea nickname=Closed'],
		];
		for (const [command, args] of opened) {
			await s.host.runCommand('admin', command, args, ROOM);
			const said = messages(s, 'admin').length;
			if (command === 'profile' && args === 'login') {
				// Already linked: the reply offers "Link again"; its modal is what is closed.
				await s.host.blockAction(userId(s, 'admin'), {
					actionId: 'open-link-modal',
					blockId: 'link',
					messageId: messages(s, 'admin')[said - 1].id,
				});
			}
			const view = openView(s, 'admin');
			await s.host.closeView('admin', view.viewId);
			assert.equal(messages(s, 'admin').length, said, `/${command} ${args}: nothing said`);
			assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		}
		// The edit form's own second-factor step is closed the same way.
		await s.host.runCommand('admin', 'admin-user', 'edit bea', ROOM);
		const form = openView(s, 'admin');
		await s.host.submitView('admin', form.viewId, { nickname: { nickname: 'Closed' } });
		const said = messages(s, 'admin').length;
		await s.host.closeView('admin', openView(s, 'admin').viewId);
		assert.equal(messages(s, 'admin').length, said);
		assert.equal(JSON.stringify(s.server.getUser('bea')), before);
		assert.equal(s.server.getUser('admin')?.emails?.[0].address, 'admin@example.com');
	});

	test('a yes/no refusal names the field as typed; help says which fields exist and why status is not one', async () => {
		await linkAdmin();
		await s.host.runCommand('admin', 'admin-user', 'set bea verified=maybe', ROOM);
		assert.match(lastText(s, 'admin'), /`verified` takes `yes` or `no`/);
		await s.host.runCommand('admin', 'admin-user', 'set bea require-password-change maybe', ROOM);
		assert.match(lastText(s, 'admin'), /`require-password-change` takes `yes` or `no`/);
		await s.host.runCommand('admin', 'admin-user', 'help', ROOM);
		const help = lastText(s, 'admin');
		assert.match(help, /Fields: .*nickname/);
		assert.match(help, /Status \(online, away, busy, offline\) is not one of them/);
	});
});
