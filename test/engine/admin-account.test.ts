/**
 * /admin-user delete, reset-2fa, logout (issue 14 items 9, 10): Rocket.Chat's users.delete, users.resetTOTP,
 * users.resetE2EKey and users.logout behind the confirmation, the admin's own second factor where the server asks,
 * refusals before any request (oneself, the last admin, a permission, the 2FA setting) and the server's own.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	confirmAdminChange,
	lastText,
	linkWithPassword,
	linkWithToken,
	openView,
	requests,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario();

const tokens = (username: string) => s.server.getUser(username)?.services.resume?.loginTokens ?? [];

/** The admin's own password in the second-factor modal the server asks for (both resets: every time). */
async function adminSecondFactor(): Promise<void> {
	const view = openView(s, 'admin');
	assert.match(view.viewId, /admin-2fa/);
	await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
}

function confirmText(): string {
	return JSON.stringify(openView(s, 'admin').view.blocks);
}

describe('delete', () => {
	test('the confirmation names the user and what happens to messages and rooms; one click deletes, audited', async () => {
		const audit = s.host.createRoom({ name: 'admin-audit' });
		await s.host.setAppSetting('audit_room', 'admin-audit');
		const userIdOfDeleted = userId(s, 'bea');
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'delete @bea', ROOM);
		assert.equal(requests(s, 'users.delete').length, 0, 'sent before the click');
		const shown = confirmText();
		assert.match(shown, /@bea: deleted for good, with their direct messages/);
		assert.match(shown, /Their messages are deleted too/);
		assert.match(shown, /the server names those rooms and you are asked again/);
		await confirmAdminChange(s, 'admin');
		assert.equal(s.server.getUser('bea'), undefined);
		assert.deepEqual(requests(s, 'users.delete').at(-1)?.body, { userId: userIdOfDeleted });
		assert.match(lastText(s, 'admin'), /@bea was deleted\./);
		const posted = s.host.roomMessages(audit.id).map((message) => message.text);
		assert.deepEqual(posted, ['@admin changed @bea: account deleted']);
	});

	test('rooms they alone own: the server names them, a second confirmation sends confirmRelinquish', async () => {
		const bea = userId(s, 'bea');
		const alice = userId(s, 'alice');
		s.server.rooms.add({
			_id: 'r1',
			name: 'rockets',
			t: 'c',
			subscriptions: [
				{ userId: bea, roles: ['owner'] },
				{ userId: alice, roles: [] },
			],
		});
		s.server.rooms.add({
			_id: 'r2',
			name: '@here *bold*',
			t: 'p',
			subscriptions: [{ userId: bea, roles: ['owner'] }],
		});
		await s.host.setAppSetting('audit_room', '');
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'delete bea', ROOM);
		await confirmAdminChange(s, 'admin');
		assert.ok(s.server.getUser('bea'), 'deleted without confirmRelinquish');
		const second = confirmText();
		assert.match(second, /@bea is the only owner of rooms; nothing was deleted yet/);
		assert.match(second, /New owner \(the longest-standing active member\): “rockets”/);
		// A room name is the users' own words: shown inert, no mention or markup.
		assert.match(second, /Removed \(nobody else could own them\): `@\u2060here \*bold\*`/);
		await confirmAdminChange(s, 'admin');
		assert.equal(s.server.getUser('bea'), undefined);
		assert.deepEqual(requests(s, 'users.delete').at(-1)?.body, {
			userId: bea,
			confirmRelinquish: true,
		});
		assert.deepEqual(s.server.rooms.findById('r1')?.subscriptions[0].roles, ['owner']);
		assert.equal(s.server.rooms.findById('r2'), undefined);
	});

	test('(admin confirmation off) the last-owner refusal names the rooms and the words that accept it', async () => {
		s.server.rooms.add({
			_id: 'r1',
			name: 'rockets',
			t: 'c',
			subscriptions: [{ userId: userId(s, 'bea'), roles: ['owner'] }],
		});
		await s.host.setAppSetting('confirm_admin_changes', false);
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'delete bea', ROOM);
		assert.match(
			lastText(s, 'admin'),
			/Nothing was deleted: @bea is the only owner of rooms\. .*Removed \(nobody else could own them\): “rockets”\. To delete anyway: `\/admin-user delete bea relinquish`/,
		);
		assert.ok(s.server.getUser('bea'));
		await s.host.runCommand('admin', 'admin-user', 'delete bea relinquish', ROOM);
		assert.equal(s.server.getUser('bea'), undefined);
	});

	test('oneself (by name or id) and the last active admin are refused before any request', async () => {
		await linkWithPassword(s, 'admin');
		const before = s.server.requestLog.length;
		await s.host.runCommand('admin', 'admin-user', 'delete @ADMIN', ROOM);
		assert.match(lastText(s, 'admin'), /you cannot delete your own account/);
		assert.equal(s.server.requestLog.length, before);
		await s.host.runCommand('admin', 'admin-user', `delete ${userId(s, 'admin')}`, ROOM);
		assert.match(lastText(s, 'admin'), /you cannot delete your own account/);
		assert.equal(requests(s, 'users.delete').length, 0);

		// A manager allowed by the app setting, holding delete-user and access-permissions, but not admin.
		await s.host.setAppSetting('admin_roles', 'admin, user-manager');
		await s.server.seedUser({
			username: 'manager',
			name: 'Max Manager',
			password: 'manager-pass',
			email: 'max@example.com',
			roles: ['user', 'user-manager'],
		});
		s.secrets.add('manager-pass');
		for (const permission of ['delete-user', 'access-permissions', 'view-full-other-user-info']) {
			s.server.permissions.setRoles(permission, ['admin', 'user-manager']);
		}
		await s.host.runCommand('manager', 'profile', 'login', ROOM);
		await s.host.submitView('manager', openView(s, 'manager').viewId, {
			password: { password: 'manager-pass' },
		});
		await s.host.runCommand('manager', 'admin-user', 'delete admin', ROOM);
		assert.match(lastText(s, 'manager'), /@admin is the last active admin/);
		assert.equal(requests(s, 'users.delete').length, 0);
		assert.ok(s.server.getUser('admin'));
	});

	test('without delete-user: refused before any request, naming it', async () => {
		await linkWithPassword(s, 'admin');
		s.server.permissions.setRoles('delete-user', []);
		await s.host.runCommand('admin', 'admin-user', 'delete bea', ROOM);
		assert.match(
			lastText(s, 'admin'),
			/Nothing was sent: you do not hold the server permission delete-user/,
		);
		assert.equal(requests(s, 'users.delete').length, 0);
		assert.ok(s.server.getUser('bea'));
	});

	test('(admin confirmation off) delete-user revoked after the app read the permissions: the server’s 401 is a refusal, the link stays', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.setAppSetting('confirm_admin_changes', false);
		// The permission lists are trusted for a minute: read with the grant, then revoked on the server only.
		await s.host.runCommand('admin', 'admin-user', 'logout bea', ROOM);
		s.server.permissions.setRoles('delete-user', []);
		await s.host.runCommand('admin', 'admin-user', 'delete bea', ROOM);
		assert.equal(requests(s, 'users.delete').at(-1)?.status, 401);
		assert.match(
			lastText(s, 'admin'),
			/The server refused: you do not hold the server permission delete-user/,
		);
		assert.ok(s.server.getUser('bea'));
		await s.host.runCommand('admin', 'admin-user', 'show bea', ROOM);
		assert.match(lastText(s, 'admin'), /Profile of\* @bea/, 'the link was dropped');
	});
});

describe('reset-2fa', () => {
	test('TOTP: confirmation, then the admin’s own second factor (every time), then the user’s TOTP and sessions go', async () => {
		await linkWithPassword(s, 'admin');
		await linkWithToken(s, 'tom');
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa @tom', ROOM);
		assert.match(confirmText(), /@tom: authenticator \(TOTP\) removed and signed out everywhere/);
		await confirmAdminChange(s, 'admin');
		assert.equal(
			requests(s, 'users.resetTOTP').at(-1)?.status,
			400,
			'the server asks for the factor',
		);
		await adminSecondFactor();
		const sent = requests(s, 'users.resetTOTP').at(-1);
		assert.equal(sent?.status, 200);
		assert.equal(sent?.headers['x-2fa-method'], 'password');
		assert.deepEqual(sent?.body, { userId: userId(s, 'tom') });
		assert.equal(s.server.getUser('tom')?.services.totp, undefined);
		assert.deepEqual(tokens('tom'), []);
		assert.match(lastText(s, 'admin'), /The authenticator \(TOTP\) of @tom was reset/);
		// Inside the remember window the server still asks (disableRememberMe).
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa tom totp', ROOM);
		await confirmAdminChange(s, 'admin');
		assert.match(openView(s, 'admin').viewId, /admin-2fa/);
	});

	test('E2E key: users.resetE2EKey with the user’s id after the admin’s factor', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa bea e2e', ROOM);
		assert.match(confirmText(), /@bea: end-to-end encryption key reset/);
		await confirmAdminChange(s, 'admin');
		await adminSecondFactor();
		assert.deepEqual(requests(s, 'users.resetE2EKey').at(-1)?.body, { userId: userId(s, 'bea') });
		assert.match(lastText(s, 'admin'), /end-to-end encryption key of @bea was reset/);
	});

	test('refused before any request: two-factor authentication off (TOTP), no edit-other-user-e2ee, oneself', async () => {
		await linkWithPassword(s, 'admin');
		s.server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa tom', ROOM);
		assert.match(lastText(s, 'admin'), /two-factor authentication is off on this workspace/);
		s.server.settings.reset();
		s.server.permissions.setRoles('edit-other-user-e2ee', []);
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa tom e2e', ROOM);
		assert.match(lastText(s, 'admin'), /server permission edit-other-user-e2ee/);
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa @admin', ROOM);
		assert.match(lastText(s, 'admin'), /Use My Account → Security/);
		assert.equal(
			requests(s, 'users.resetTOTP').length + requests(s, 'users.resetE2EKey').length,
			0,
		);
		assert.ok(s.server.getUser('tom')?.services.totp);
	});

	test('a wrong admin password keeps the modal open; nothing is reset', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'reset-2fa tom', ROOM);
		await confirmAdminChange(s, 'admin');
		const view = openView(s, 'admin');
		s.secrets.add('not-the-admin-pass');
		const answer = await s.host.submitView('admin', view.viewId, {
			code: { code: 'not-the-admin-pass' },
		});
		assert.match(JSON.stringify(answer), /errors/);
		assert.ok(s.server.getUser('tom')?.services.totp);
	});
});

describe('logout', () => {
	test('signs the user out everywhere, their app link too; the admin’s stays', async () => {
		await linkWithPassword(s, 'admin');
		await linkWithToken(s, 'bea');
		await s.host.runCommand('admin', 'admin-user', 'logout @bea', ROOM);
		assert.match(confirmText(), /@bea: signed out of every session and device/);
		assert.equal(requests(s, 'users.logout').length, 0);
		await confirmAdminChange(s, 'admin');
		assert.deepEqual(requests(s, 'users.logout').at(-1)?.body, { userId: userId(s, 'bea') });
		assert.deepEqual(tokens('bea'), []);
		assert.match(lastText(s, 'admin'), /@bea was signed out of every session and device/);
		await s.host.runCommand('bea', 'profile', 'set name Bea Again', ROOM);
		assert.match(lastText(s, 'bea'), /no longer accepts your link/);
		await s.host.runCommand('admin', 'admin-user', 'show bea', ROOM);
		assert.match(lastText(s, 'admin'), /Profile of\* @bea/);
	});

	test('oneself is pointed to /profile logout-others; without logout-other-user nothing is sent', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'logout admin', ROOM);
		assert.match(lastText(s, 'admin'), /`\/profile logout-others`/);
		s.server.permissions.setRoles('logout-other-user', []);
		await s.host.runCommand('admin', 'admin-user', 'logout bea', ROOM);
		assert.match(lastText(s, 'admin'), /server permission logout-other-user/);
		assert.equal(requests(s, 'users.logout').length, 0);
	});

	test('attack-style references: an operator object, extra words, an overlong name reach no write', async () => {
		await linkWithPassword(s, 'admin');
		for (const args of [
			'logout {"$ne":null}',
			'delete bea; drop',
			'delete bea --force',
			`reset-2fa ${'x'.repeat(300)}`,
			'logout @bea @tom',
		]) {
			await s.host.runCommand('admin', 'admin-user', args, ROOM);
			assert.doesNotMatch(lastText(s, 'admin'), /was deleted|was signed out|was reset/);
		}
		for (const route of ['users.delete', 'users.logout', 'users.resetTOTP', 'users.resetE2EKey']) {
			assert.equal(requests(s, route).length, 0, route);
		}
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
	});
});
