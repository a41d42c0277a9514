/** `/admin-user doctor` (issue 10 item 7): one private report for admins, a line per check, fixes for problems. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	messages,
	requests,
	ROOM,
	useScenario,
} from './support/scenario';

const s = useScenario();

/** The report's lines that start with a mark. */
function report(text: string): { ok: string[]; warning: string[]; problem: string[] } {
	const lines = text.split('\n');
	return {
		ok: lines.filter((line) => line.startsWith('✅')),
		warning: lines.filter((line) => line.startsWith('⚠️')),
		problem: lines.filter((line) => line.startsWith('❌')),
	};
}

/** Failed-login blocking on (Rocket.Chat's defaults) with the server's loopback address whitelisted. */
function healthyLoginBlocking(whitelist = '127.0.0.1'): void {
	const settings: Record<string, string | number | boolean> = {
		Block_Multiple_Failed_Logins_Enabled: true,
		Block_Multiple_Failed_Logins_By_User: true,
		Block_Multiple_Failed_Logins_Attempts_Until_Block_by_User: 10,
		Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes: 5,
		Block_Multiple_Failed_Logins_By_Ip: true,
		Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip: 50,
		Block_Multiple_Failed_Logins_Time_To_Unblock_By_Ip_In_Minutes: 5,
		Block_Multiple_Failed_Logins_Ip_Whitelist: whitelist,
	};
	for (const [id, value] of Object.entries(settings)) {
		s.server.settings.set(id, value);
	}
}

describe('healthy server', () => {
	test('a linked admin gets one report: no problem, the shared rate limit explained', async () => {
		await linkWithPassword(s, 'admin');
		healthyLoginBlocking();
		s.server.requestLog.length = 0;
		await s.host.runCommand('admin', 'admin-user', 'doctor', ROOM);
		const text = lastText(s, 'admin');
		const lines = report(text);
		assert.equal(lines.ok.length + lines.warning.length + lines.problem.length, 10, text);
		assert.deepEqual(lines.problem, [], text);
		assert.match(text, /answers `\/api\/info`/);
		assert.match(text, /accepts your linked account: it is this workspace/);
		assert.match(text, /Rocket\.Chat 7\.10/);
		assert.match(text, /about 10 own changes a minute for the whole workspace/);
		assert.match(text, /127\.0\.0\.1 is whitelisted/);
		assert.match(text, /2FA on \(authenticator, e-mail codes, password\).*30 min/);
		assert.match(text, /admin: every permission \/admin-user needs/);
		// Read-only: /api/info and permissions.listAll, nothing else.
		assert.deepEqual(s.server.requestLog.map((entry) => entry.route).sort(), [
			'/api/info',
			'permissions.listAll',
		]);
		assert.equal(messages(s, 'admin').filter((m) => m.text?.includes('doctor')).length, 1);
	});

	test('an unlinked admin still gets the settings checks, and is told to link for the rest', async () => {
		healthyLoginBlocking();
		await s.host.runCommand('admin', 'admin-user', 'doctor', ROOM);
		const text = lastText(s, 'admin');
		assert.match(text, /⚠️ Workspace and server permissions not checked/);
		assert.match(text, /Fix: link your account with `\/profile login`/);
		assert.equal(requests(s, 'permissions.listAll').length, 0);
	});
});

describe('misconfigured server', () => {
	test('a server URL that does not answer: problems with the setting to fix', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.setAppSetting('server_url', 'http://127.0.0.1:9');
		s.server.requestLog.length = 0;
		await s.host.runCommand('admin', 'admin-user', 'doctor', ROOM);
		const text = lastText(s, 'admin');
		const lines = report(text);
		assert.ok(
			lines.problem.some((line) => /`http:\/\/127\.0\.0\.1:9` does not answer/.test(line)),
			text,
		);
		assert.match(text, /Fix: set the app setting “Server URL for API calls”/);
		assert.equal(s.server.requestLog.length, 0);
	});

	test('permissions, whitelist and custom fields wrong: each named with its fix', async () => {
		await s.host.setAppSetting('admin_roles', 'admin, manager');
		await linkWithPassword(s, 'admin');
		healthyLoginBlocking('10.0.0.1');
		s.server.settings.set('Accounts_CustomFields', '{not json');
		s.server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
		await s.host.runCommand('admin', 'admin-user', 'doctor', ROOM);
		const text = lastText(s, 'admin');
		const lines = report(text);
		assert.ok(
			lines.problem.some((line) =>
				/manager: edit-other-user-info, view-full-other-user-info/.test(line),
			),
			text,
		);
		assert.ok(
			lines.problem.some((line) => /Accounts_CustomFields` is not valid JSON/.test(line)),
			text,
		);
		assert.ok(
			lines.warning.some((line) => /block `\/profile login` for everyone/.test(line)),
			text,
		);
		assert.match(text, /Fix: add the server’s own address \(127\.0\.0\.1, /);
		assert.ok(
			lines.warning.some((line) => /2FA off/.test(line)),
			text,
		);
		assert.match(text, /doctor\*: \d+ ok, \d+ warning\(s\), 2 problem\(s\)/);
	});

	test('in the admin’s language', async () => {
		await linkWithPassword(s, 'admin');
		s.server.settings.set('Language', 'de');
		await s.host.runCommand('admin', 'admin-user', 'doctor', ROOM);
		assert.match(lastText(s, 'admin'), /REST-Ratenbegrenzung an/);
	});
});

describe('access', () => {
	test('refused for a user without an allowed role, with zero requests', async () => {
		await linkWithPassword(s, 'alice');
		s.server.requestLog.length = 0;
		await s.host.runCommand('alice', 'admin-user', 'doctor', ROOM);
		assert.match(
			lastText(s, 'alice'),
			/Only users with one of these roles may use \/admin-user: admin/,
		);
		assert.equal(s.server.requestLog.length, 0);
	});
});
