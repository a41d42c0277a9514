/**
 * Forgiving typing (issue 13 item 1) through the packaged app: an unclosed quote is refused with nothing sent,
 * typographic quotes group words, misspellings get "did you mean …", status words and field names of the four
 * languages are understood.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	openView,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario({ rateLimit: 'v7' });

describe('quotes', () => {
	test('an unclosed quote: refused, pointing at it, no request, nothing saved', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set name="Alice Anders nickname=al', ROOM);
		assert.match(lastText(s, 'alice'), /quote opened at .*name=.*Alice.* is never closed/);
		assert.equal(s.server.requestLog.length, before);
		assert.equal(s.server.getUser('alice')?.name, 'Alice Anders');
	});

	test('typographic quotes from autocorrect group words like straight ones', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set name=“Alice Liddell” nickname=al', ROOM);
		const user = s.server.getUser('alice');
		assert.equal(user?.name, 'Alice Liddell');
		assert.equal(user?.nickname, 'al');
	});
});

describe('did you mean', () => {
	test('a misspelt sub-command and field name get the likely word, nothing is sent', async () => {
		await s.host.runCommand('bea', 'profile', 'shwo', ROOM);
		assert.match(lastText(s, 'bea'), /Did you mean `\/profile show`\?/);
		await s.host.runCommand('bea', 'profile', 'set nickame Bee', ROOM);
		assert.match(lastText(s, 'bea'), /no field .*nickame.*Did you mean `nickname`\?/);
		await s.host.runCommand('bea', 'profile', 'set status bsuy', ROOM);
		assert.match(lastText(s, 'bea'), /not a status\. Did you mean `busy`\?/);
		await s.host.runCommand('admin', 'admin-user', 'deactivtae bea', ROOM);
		assert.match(lastText(s, 'admin'), /Did you mean `\/admin-user deactivate`\?/);
		assert.equal(s.server.requestLog.length, 0);
		assert.equal(s.server.getUser('bea')?.active, true);
	});
});

describe('status and field words', () => {
	test('dnd is busy, invisible is offline (where the workspace allows it)', async () => {
		await s.host.runCommand('bea', 'profile', 'set status dnd Focus time', ROOM);
		assert.equal(s.server.getUser('bea')?.status, 'busy');
		assert.equal(s.server.getUser('bea')?.statusText, 'Focus time');
		await s.host.runCommand('bea', 'profile', 'set status invisible', ROOM);
		assert.equal(s.server.getUser('bea')?.status, 'offline');
		s.server.settings.set('Accounts_AllowInvisibleStatusOption', false);
		await s.host.runCommand('bea', 'profile', 'set status online', ROOM);
		await s.host.runCommand('bea', 'profile', 'set status invisible', ROOM);
		assert.match(lastText(s, 'bea'), /invisible \(offline\) status is disabled/);
		assert.equal(s.server.getUser('bea')?.status, 'online');
	});

	test('a German user types German words', async () => {
		const bea = s.host.user('bea');
		const german = { ...bea, settings: { preferences: { language: 'de' } } };
		await s.host.runCommand(german, 'profile', 'set status abwesend Mittagspause', ROOM);
		await s.host.runCommand(german, 'profile', 'set biografie Imkerin', ROOM);
		const user = s.server.getUser('bea');
		assert.equal(user?.status, 'away');
		assert.equal(user?.statusText, 'Mittagspause');
		assert.equal(user?.bio, 'Imkerin');
		assert.equal(s.server.requestLog.length, 0);
	});
});

describe('specific refusals', () => {
	test('a username in use is refused in plain words before any write', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set username BEA', ROOM);
		assert.match(lastText(s, 'alice'), /“BEA” is already in use\. Choose another username\./);
		const routes = s.server.requestLog.slice(before).map((entry) => entry.route);
		assert.deepEqual(routes, ['users.checkUsernameAvailability']);
		assert.equal(s.server.getUser('alice')?.username, 'alice');
	});

	test('a free username is checked, then saved', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set username alice.l', ROOM);
		const routes = s.server.requestLog.slice(before).map((entry) => entry.route);
		assert.deepEqual(routes, ['users.checkUsernameAvailability', 'users.updateOwnBasicInfo']);
		assert.equal(s.server.getUser('alice.l')?.name, 'Alice Anders');
	});

	test('a change of letter case only is not checked (the check would find the user themself): it is saved', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set username Alice', ROOM);
		const routes = s.server.requestLog.slice(before).map((entry) => entry.route);
		assert.deepEqual(routes, ['users.updateOwnBasicInfo']);
		assert.equal(s.server.getUser('Alice')?.name, 'Alice Anders');
	});

	test("an admin's rename to a username in use is refused before the write, command and form alike", async () => {
		await linkWithPassword(s, 'admin');
		const before = s.server.requestLog.length;
		await s.host.runCommand('admin', 'admin-user', 'set @bea username alice', ROOM);
		assert.match(lastText(s, 'admin'), /“alice” is already in use\. Choose another username\./);
		await s.host.runCommand('admin', 'admin-user', 'edit bea', ROOM);
		const form = openView(s, 'admin');
		await s.host.submitView('admin', form.viewId, { username: { username: 'Tom' } });
		assert.match(openView(s, 'admin').errors.username, /“Tom” is already in use/);
		const routes = s.server.requestLog.slice(before).map((entry) => entry.route);
		assert.ok(!routes.includes('users.update'), routes.join(', '));
		assert.equal(s.server.getUser('bea')?.username, 'bea');
	});

	test("an admin's rename of someone to the admin's own username is refused without asking (the server would call it free)", async () => {
		await linkWithPassword(s, 'admin');
		const before = s.server.requestLog.length;
		await s.host.runCommand('admin', 'admin-user', 'set @bea username admin', ROOM);
		assert.match(lastText(s, 'admin'), /“admin” is already in use/);
		const routes = s.server.requestLog.slice(before).map((entry) => entry.route);
		assert.deepEqual(routes, ['users.info']);
	});

	test('with username changes off for users, an admin still renames others (the check refuses nobody)', async () => {
		s.server.settings.set('Accounts_AllowUsernameChange', false);
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'set @bea username bea.b', ROOM);
		const twoFactor = s.host.openView(userId(s, 'admin'));
		if (twoFactor) {
			await s.host.submitView('admin', twoFactor.viewId, { code: { code: 'admin-pass' } });
		}
		assert.equal(s.server.getUser('bea.b')?.name, 'Bea Bio');
	});
});
