/** /admin-user against the server's own permission checks: refusals in plain words, partial updates exactly. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	canSignIn,
	confirmAdminChange,
	openView,
	requests,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

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
		await confirmAdminChange(s, 'manager');
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
		await confirmAdminChange(s, 'manager');
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
			active: { active: [] },
		});
		// The server asks for the manager's own second factor: the form's short 2FA step.
		await s.host.submitView('manager', view.viewId, { code: { code: 'manager-pass' } });
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

const FIELDS = {
	team: { type: 'text', maxLength: 20, public: true },
	level: { type: 'select', options: ['junior', 'senior'] },
};

async function caraWithCustomFields(): Promise<void> {
	s.server.settings.set('Accounts_CustomFields', JSON.stringify(FIELDS));
	await s.server.seedUser({
		username: 'cara',
		name: 'Cara',
		password: 'cara-pass',
		email: 'cara@example.com',
		roles: ['user'],
		customFields: { team: 'rockets', level: 'senior' },
	});
	s.secrets.add('cara-pass');
}

/** A user whose custom fields hold a team and no level (the select of FIELDS). */
async function seedWithTeamOnly(username: string): Promise<void> {
	await s.server.seedUser({
		username,
		name: username,
		password: `${username}-pass`,
		email: `${username}@example.com`,
		roles: ['user'],
		customFields: { team: 'rockets' },
	});
	s.secrets.add(`${username}-pass`);
}

describe('custom fields kept when the set is replaced', () => {
	test('own change: the other configured field is sent back and kept', async () => {
		await caraWithCustomFields();
		await s.host.runCommand('cara', 'profile', 'login', ROOM);
		await s.host.submitView('cara', openView(s, 'cara').viewId, {
			password: { password: 'cara-pass' },
		});
		await s.host.runCommand('cara', 'profile', 'set team=comets', ROOM);
		assert.deepEqual(s.server.getUser('cara')?.customFields, { team: 'comets', level: 'senior' });
		const [sent] = requests(s, 'users.updateOwnBasicInfo');
		assert.deepEqual((sent.body as { customFields?: unknown }).customFields, {
			team: 'comets',
			level: 'senior',
		});
	});

	test('admin change: the other configured field is sent back and kept', async () => {
		await caraWithCustomFields();
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'set cara level=junior', ROOM);
		await s.host.submitView('admin', openView(s, 'admin').viewId, { code: { code: 'admin-pass' } });
		assert.deepEqual(s.server.getUser('cara')?.customFields, { team: 'rockets', level: 'junior' });
	});

	test('an admin without view-full-other-user-info is refused: nothing sent, the hidden field named', async () => {
		await caraWithCustomFields();
		await managerWith(['edit-other-user-info']);
		const before = s.server.requestLog.length;
		await s.host.runCommand('manager', 'admin-user', 'set cara team=comets', ROOM);
		assert.match(
			lastText(s, 'manager'),
			/Nothing was sent.*\(level; permission view-full-other-user-info\)/,
		);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => entry.route),
			['users.info'],
		);
		assert.deepEqual(s.server.getUser('cara')?.customFields, { team: 'rockets', level: 'senior' });
	});

	test('a configured select the user never set: the server would refuse the whole set, so nothing is sent and the field is named', async () => {
		s.server.settings.set('Accounts_CustomFields', JSON.stringify(FIELDS));
		await seedWithTeamOnly('dora');
		await s.host.runCommand('dora', 'profile', 'login', ROOM);
		await s.host.submitView('dora', openView(s, 'dora').viewId, {
			password: { password: 'dora-pass' },
		});
		await s.host.runCommand('dora', 'profile', 'set team=comets', ROOM);
		assert.match(
			lastText(s, 'dora'),
			/level must be one of: junior, senior\..*every custom field.*set level/,
		);
		assert.equal(requests(s, 'users.updateOwnBasicInfo').length, 0);
		await s.host.runCommand('dora', 'profile', 'set team=comets level=junior', ROOM);
		assert.deepEqual(s.server.getUser('dora')?.customFields, { team: 'comets', level: 'junior' });

		// The admin's edit form shows the refusal under the field that would fail.
		await seedWithTeamOnly('ezra');
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'edit ezra', ROOM);
		const response = (await s.host.submitView('admin', openView(s, 'admin').viewId, {
			'custom-field:team': { 'custom-field:team': 'stars' },
		})) as { type?: string; errors?: Record<string, string> };
		assert.equal(response?.type, 'errors');
		assert.match(response.errors?.['custom-field:level'] ?? '', /junior, senior/);
		assert.equal(requests(s, 'users.update').length, 0);
	});
});

describe('a password change is claimed only with edit-other-user-password', () => {
	test('without the permission: refused before the form opens, the permission named, nothing written', async () => {
		await managerWith(['edit-other-user-info', 'view-full-other-user-info']);
		await s.host.runCommand('manager', 'admin-user', 'password bea', ROOM);
		assert.match(lastText(s, 'manager'), /Nothing was sent.*edit-other-user-password/);
		assert.equal(requests(s, 'users.update').length, 0);
		assert.equal(s.host.openView(userId(s, 'manager')), undefined);
	});

	test('revoked while the form is open: the submission is refused and nothing is sent', async () => {
		await managerWith([
			'edit-other-user-info',
			'view-full-other-user-info',
			'edit-other-user-password',
		]);
		await s.host.runCommand('manager', 'admin-user', 'password bea', ROOM);
		await confirmAdminChange(s, 'manager');
		const view = openView(s, 'manager');
		s.server.permissions.setRoles('edit-other-user-password', ['admin']);
		await s.host.submitView('manager', view.viewId, {
			'new-password': { 'new-password': 'Fresh-pass-1' },
			'code': { code: 'manager-pass' },
		});
		s.secrets.add('Fresh-pass-1');
		assert.match(lastText(s, 'manager'), /edit-other-user-password/);
		assert.equal(requests(s, 'users.update').length, 0);
		assert.equal(await canSignIn(s, 'bea', 'bea-pass'), true);
	});

	test('with the permission: changed; the permissions are read once a minute for commands, afresh to send', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'password bea', ROOM);
		await s.host.runCommand('admin', 'admin-user', 'password bea', ROOM);
		await confirmAdminChange(s, 'admin');
		// The confirmed run checks again, still from the read kept a minute.
		assert.equal(requests(s, 'permissions.listAll').length, 1);
		await s.host.submitView('admin', openView(s, 'admin').viewId, {
			'new-password': { 'new-password': 'Fresh-pass-1' },
			'code': { code: 'admin-pass' },
		});
		s.secrets.add('Fresh-pass-1');
		assert.match(lastText(s, 'admin'), /password of @bea was changed/);
		assert.equal(requests(s, 'permissions.listAll').length, 2);
		assert.equal(await canSignIn(s, 'bea', 'Fresh-pass-1'), true);
	});
});

describe('the workspace keeps an active admin', () => {
	const MANAGER = [
		'edit-other-user-info',
		'view-full-other-user-info',
		'edit-other-user-active-status',
		'assign-roles',
		'access-permissions',
	];

	test('a manager removing the only active admin is refused: the server asked, nothing written', async () => {
		await s.server.seedUser({ username: 'former', roles: ['admin'], active: false });
		await managerWith(MANAGER);
		const before = s.server.requestLog.length;
		await s.host.runCommand('manager', 'admin-user', 'roles admin remove admin', ROOM);
		assert.match(lastText(s, 'manager'), /@admin is the last active admin/);
		assert.deepEqual(
			s.server.requestLog.slice(before).map((entry) => entry.route),
			['users.info', 'roles.getUsersInRole', 'users.info'],
		);
		await s.host.runCommand('manager', 'admin-user', 'deactivate admin', ROOM);
		assert.match(lastText(s, 'manager'), /@admin is the last active admin/);
		assert.equal(requests(s, 'users.update').length, 0);
		assert.deepEqual(s.server.getUser('admin')?.roles, ['admin', 'user']);
		assert.equal(s.server.getUser('admin')?.active, true);
	});

	test('without access-permissions the manager is refused, the permission named', async () => {
		await managerWith(MANAGER.filter((permission) => permission !== 'access-permissions'));
		await s.host.runCommand('manager', 'admin-user', 'set admin active=no', ROOM);
		assert.match(lastText(s, 'manager'), /access-permissions/);
		assert.equal(requests(s, 'users.update').length, 0);
		assert.equal(s.server.getUser('admin')?.active, true);
	});

	test('with another active admin the change goes through', async () => {
		await s.server.seedUser({ username: 'boss', roles: ['admin', 'user'] });
		await managerWith(MANAGER);
		await s.host.runCommand('manager', 'admin-user', 'roles boss remove admin', ROOM);
		await confirmAdminChange(s, 'manager');
		await confirm();
		assert.deepEqual(s.server.getUser('boss')?.roles, ['user']);
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
