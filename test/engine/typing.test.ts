/**
 * Forgiving typing (issue 13 item 1) through the packaged app: an unclosed quote is refused with nothing sent,
 * typographic quotes group words, misspellings get "did you mean …", status words and field names of the four
 * languages are understood.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lastText, linkWithPassword, ROOM, useScenario } from './support/scenario';

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
});
