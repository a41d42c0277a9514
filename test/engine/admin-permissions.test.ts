/** /admin-user against the server's own permission checks: refusals in plain words, partial updates exactly. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lastText, linkWithPassword, openView, ROOM, useScenario } from './support/scenario';

const s = useScenario();

/** A "user-manager" allowed by the app setting, whose server permissions the test chooses. */
async function managerWith(permissions: string[]): Promise<void> {
	await s.host.setAppSetting('admin_roles', 'admin, user-manager');
	await s.server.seedUser({
		username: 'manager',
		name: 'Max Manager',
		password: 'manager-pass',
		email: 'max@example.com',
		roles: ['user', 'user-manager'],
	});
	s.secrets.add('manager-pass');
	for (const permission of permissions) {
		s.server.permissions.setRoles(permission, [
			...s.server.permissions.rolesFor(permission),
			'user-manager',
		]);
	}
	await s.host.runCommand('manager', 'profile', 'login', ROOM);
	await s.host.submitView('manager', openView(s, 'manager').viewId, {
		password: { password: 'manager-pass' },
	});
}

async function confirm(): Promise<void> {
	await s.host.submitView('manager', openView(s, 'manager').viewId, {
		code: { code: 'manager-pass' },
	});
}

describe('server refusals', () => {
	test('without edit-other-user-info the server refuses and the manager is told why', async () => {
		await managerWith([]);
		await s.host.runCommand('manager', 'admin-user', 'set bea nickname Nope', ROOM);
		await confirm();
		assert.match(lastText(s, 'manager'), /does not let you edit other users/);
		assert.equal(s.server.getUser('bea')?.nickname, 'Bee');
	});

	test('active refused after the other fields were saved: the partial update is reported exactly', async () => {
		await managerWith(['edit-other-user-info', 'view-full-other-user-info']);
		await s.host.runCommand('manager', 'admin-user', 'deactivate bea', ROOM);
		await confirm();
		assert.match(
			lastText(s, 'manager'),
			/@bea: The server does not let you activate or deactivate users/,
		);
		assert.equal(s.server.getUser('bea')?.active, true);
		assert.equal(s.server.getUser('bea')?.bio, 'I build rockets');
	});

	test('fields saved, then active refused: the partial update is reported exactly and audited', async () => {
		const audit = s.host.createRoom({ name: 'audit' });
		await s.host.setAppSetting('audit_room', audit.id);
		await managerWith(['edit-other-user-info', 'view-full-other-user-info']);
		await s.host.runCommand('manager', 'admin-user', 'set bea nickname=Partial active=no', ROOM);
		await confirm();
		assert.match(
			lastText(s, 'manager'),
			/Partly done for @bea: nickname saved, but the server refused to change the active state: The server does not let you activate or deactivate users/,
		);
		assert.equal(s.server.getUser('bea')?.nickname, 'Partial');
		assert.equal(s.server.getUser('bea')?.active, true);
		assert.deepEqual(
			s.host.roomMessages(audit.id).map((message) => message.text),
			['@manager changed @bea: nickname'],
		);
	});

	test('the edit form reports a partial update the same way', async () => {
		await managerWith(['edit-other-user-info', 'view-full-other-user-info']);
		await s.host.runCommand('manager', 'admin-user', 'edit bea', ROOM);
		const view = openView(s, 'manager');
		await s.host.submitView('manager', view.viewId, {
			bio: { bio: 'Edited bio' },
			active: { active: 'no' },
			code: { code: 'manager-pass' },
		});
		assert.match(lastText(s, 'manager'), /Partly done for @bea: bio saved/);
		assert.equal(s.server.getUser('bea')?.bio, 'Edited bio');
		assert.equal(s.server.getUser('bea')?.active, true);
	});

	test('roles without assign-roles', async () => {
		await managerWith(['edit-other-user-info', 'view-full-other-user-info']);
		await s.host.runCommand('manager', 'admin-user', 'roles bea add moderator', ROOM);
		await confirm();
		assert.match(lastText(s, 'manager'), /does not let you assign roles/);
	});

	test('linking with a personal access token that bypasses 2FA: no prompt at all', async () => {
		await linkWithPassword(s, 'alice');
		const token = s.server.createPersonalAccessToken(s.server.getUser('admin')!._id, 'ci', true);
		s.secrets.add(token);
		await s.host.runCommand('admin', 'profile', 'login', ROOM);
		await s.host.submitView('admin', openView(s, 'admin').viewId, { token: { token } });
		await s.host.runCommand('admin', 'admin-user', 'set alice bio Set without a prompt', ROOM);
		assert.equal(s.server.getUser('alice')?.bio, 'Set without a prompt');
	});
});

describe('language', () => {
	test('replies follow the user language (German), else the workspace default (Spanish)', async () => {
		const alice = s.host.user('alice');
		const german = { ...alice, settings: { preferences: { language: 'de' } } };
		await s.host.runCommand(german, 'profile', 'help', ROOM);
		assert.match(lastText(s, 'alice'), /Profil/);
		s.host.setServerSetting('Language', 'es');
		await s.host.runCommand('alice', 'profile', 'help', ROOM);
		assert.match(lastText(s, 'alice'), /perfil/);
	});
});
