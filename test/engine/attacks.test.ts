/**
 * Attacks that once worked (issue "Security"), each kept as a scenario that must fail: nothing sent, nothing
 * changed on the server, no secret anywhere, the user told why.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parse } from '@rocket.chat/message-parser';

import { startReferenceServer } from '../../tools/refserver';
import {
	canSignIn,
	confirmAdminChange,
	lastText,
	linkWithPassword,
	messages,
	openView,
	PASSWORDS,
	requests,
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

describe('a decision taken at command time is re-checked when the form is used', () => {
	const NOT_ALLOWED =
		/Nothing was changed: you no longer hold a role allowed to use \/admin-user \(user-manager\)/;

	/** Opens an admin form or confirmation as admin (admitted), then an admin takes `admin` out of the setting. */
	async function openThenRevoke(command: string): Promise<{ viewId: string; before: number }> {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', command, ROOM);
		const { viewId } = openView(s, 'admin');
		await s.host.setAppSetting('admin_roles', 'user-manager');
		return { viewId, before: s.server.requestLog.length };
	}

	function assertRefused(before: number): void {
		assert.equal(s.server.requestLog.length, before, 'no request');
		assert.match(lastText(s, 'admin'), NOT_ALLOWED);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined, 'the modal closed');
	}

	test('edit form: submitted after the role left the setting, nothing is sent', async () => {
		const { viewId, before } = await openThenRevoke('edit bea');
		await s.host.submitView('admin', viewId, {
			name: { name: 'Bea Hijacked' },
			bio: { bio: 'I build rockets' },
			code: { code: 'admin-pass' },
		});
		assertRefused(before);
		assert.equal(s.server.getUser('bea')?.name, 'Bea Bio');
	});

	test('password form: submitted after the role left the setting, nothing is sent', async () => {
		const { viewId, before } = await openThenRevoke('password bea');
		s.secrets.add('Hijacked-Passw0rd');
		await s.host.submitView('admin', viewId, {
			'new-password': { 'new-password': 'Hijacked-Passw0rd' },
			'code': { code: 'admin-pass' },
		});
		assertRefused(before);
		assert.equal(await canSignIn(s, 'bea', 'Hijacked-Passw0rd'), false);
		assert.ok(await canSignIn(s, 'bea', 'bea-pass'));
	});

	test('pending 2FA confirmation: confirmed after the role left the setting, nothing is sent', async () => {
		const { viewId, before } = await openThenRevoke('set bea nickname=Hijacked');
		assert.match(viewId, /admin-2fa/);
		await s.host.submitView('admin', viewId, { code: { code: 'admin-pass' } });
		assertRefused(before);
		assert.equal(s.server.getUser('bea')?.nickname, 'Bee');
	});

	test('the confirmation button of a pending change: refused, and the change is gone', async () => {
		await s.host.setAppSetting('request_timeout_ms', 8000);
		await linkWithPassword(s, 'admin');
		s.server.faults.set('users.info', { kind: 'delay', ms: 4300, times: 1 });
		await s.host.runCommand('admin', 'admin-user', 'set bea nickname Late', ROOM);
		const message = messages(s, 'admin').at(-1);
		const nonce = /"value":"([0-9a-f]+)"/.exec(JSON.stringify(message?.blocks))?.[1];
		assert.ok(nonce, 'a button to open the confirmation');
		await s.host.setAppSetting('admin_roles', 'user-manager');
		const before = s.server.requestLog.length;
		await s.host.blockAction('admin', {
			actionId: 'open-pending-view',
			blockId: 'pending',
			value: nonce,
			messageId: message?.id,
		});
		assertRefused(before);
		await s.host.setAppSetting('admin_roles', 'admin');
		await s.host.blockAction('admin', {
			actionId: 'open-pending-view',
			blockId: 'pending',
			value: nonce,
			messageId: message?.id,
		});
		assert.equal(s.host.openView(userId(s, 'admin')), undefined, 'the pending change was dropped');
		assert.match(lastText(s, 'admin'), /expired or was already used/);
	});

	test('a queued admin change: run after the role left the setting, nothing is sent', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'set bea text warm-up', ROOM);
		await s.host.submitView('admin', openView(s, 'admin').viewId, { code: { code: 'admin-pass' } });
		s.server.faults.set('users.update', { kind: 'rate-limit', retryAfterSeconds: 20, times: 1 });
		await s.host.runCommand('admin', 'admin-user', 'deactivate bea', ROOM);
		await confirmAdminChange(s, 'admin');
		assert.match(lastText(s, 'admin'), /queued/);
		await s.host.setAppSetting('admin_roles', 'user-manager');
		const before = s.server.requestLog.length;
		const runs = await s.host.runDueJobs(Date.now() + 21_000);
		assert.equal(runs.length, 1);
		assert.equal(s.server.requestLog.length, before, 'no request');
		assert.equal(s.server.getUser('bea')?.active, true);
		assert.match(lastText(s, 'admin'), NOT_ALLOWED);
	});

	test('the role setting still admits: the same edit form goes through', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.setAppSetting('admin_roles', 'user-manager, admin');
		await s.host.runCommand('admin', 'admin-user', 'edit bea', ROOM);
		const { viewId } = openView(s, 'admin');
		await s.host.submitView('admin', viewId, {
			name: { name: 'Bea Renamed' },
			bio: { bio: 'I build rockets' },
		});
		// The server asks for the admin's second factor: the form's own 2FA step.
		await s.host.submitView('admin', viewId, { code: { code: 'admin-pass' } });
		assert.equal(s.server.getUser('bea')?.name, 'Bea Renamed');
	});
});

describe('a submission is applied once', () => {
	const ROUNDS = 20;

	/** Submits the open modal twice at once, as a double click or a replayed request would. */
	async function submitTwiceAtOnce(username: string, code: string) {
		const { viewId } = openView(s, username);
		return Promise.all([
			s.host.submitView(username, viewId, { code: { code } }),
			s.host.submitView(username, viewId, { code: { code } }, { force: true }),
		]);
	}

	function errorTexts(responses: unknown[]): string[] {
		return responses.flatMap((response) =>
			Object.values((response as { errors?: Record<string, string> } | undefined)?.errors ?? {}),
		);
	}

	// The race is the point: under the V7 limiter the second round's e-mail change is already answered 429.
	test(`own 2FA modal submitted twice at once: one write, one reply (${ROUNDS} rounds, rate limiter off)`, async () => {
		s.server.setRateLimit('off');
		await linkWithPassword(s, 'alice');
		for (let round = 0; round < ROUNDS; round++) {
			const address = `alice${round}@race.example`;
			await s.host.runCommand('alice', 'profile', `set email ${address}`, ROOM);
			const writes = requests(s, 'users.updateOwnBasicInfo').length;
			const replies = messages(s, 'alice').length;
			const responses = await submitTwiceAtOnce('alice', 'alice-pass');
			assert.equal(requests(s, 'users.updateOwnBasicInfo').length, writes + 1, `round ${round}`);
			assert.equal(s.server.getUser('alice')?.emails?.[0].address, address);
			assert.equal(messages(s, 'alice').length, replies + 1, `one reply in round ${round}`);
			for (const text of errorTexts(responses)) {
				assert.match(text, /already submitted|expired or was already used/);
			}
		}
		assert.equal(s.host.openView(userId(s, 'alice')), undefined);
	});

	test(`admin 2FA modal submitted twice at once: one write, one reply, one audit post (${ROUNDS} rounds)`, async () => {
		const audit = s.host.createRoom({ name: 'admin-audit' });
		await s.host.setAppSetting('audit_room', 'admin-audit');
		// No remember window: every change asks for the second factor again.
		s.server.settings.set('Accounts_TwoFactorAuthentication_RememberFor', 0);
		await linkWithPassword(s, 'admin');
		for (let round = 0; round < ROUNDS; round++) {
			await s.host.runCommand('admin', 'admin-user', `set bea nickname=Race${round}`, ROOM);
			const writes = requests(s, 'users.update').length;
			const replies = messages(s, 'admin').length;
			const posts = s.host.roomMessages(audit.id).length;
			await submitTwiceAtOnce('admin', 'admin-pass');
			assert.equal(requests(s, 'users.update').length, writes + 1, `one write in round ${round}`);
			assert.equal(s.server.getUser('bea')?.nickname, `Race${round}`);
			assert.equal(messages(s, 'admin').length, replies + 1, `one reply in round ${round}`);
			assert.equal(
				s.host.roomMessages(audit.id).length,
				posts + 1,
				`one audit post in round ${round}`,
			);
		}
	});

	test('a claim is released when the modal stays open: a wrong code, then the right one, goes through', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set email alice@again.example', ROOM);
		s.secrets.add('wrong-alice-pass');
		const { viewId } = openView(s, 'alice');
		await s.host.submitView('alice', viewId, { code: { code: 'wrong-alice-pass' } });
		assert.match(openView(s, 'alice').errors.code, /password is not correct/);
		await s.host.submitView('alice', viewId, { code: { code: 'alice-pass' } });
		assert.equal(s.server.getUser('alice')?.emails?.[0].address, 'alice@again.example');
		const claims = s.host.persistence
			.records()
			.filter((record) => JSON.stringify(record.associations).includes('profile-app:claim'));
		assert.deepEqual(claims, [], 'no claim is left behind');
	});
});

describe('a bug in a queued job', () => {
	test('is caught, logged without secrets, and answered to its user', async () => {
		const SECRET_IN_RECORD = 'Corrupted-Secret-77';
		s.secrets.add(SECRET_IN_RECORD);
		await linkWithPassword(s, 'alice');
		s.server.faults.set('users.updateOwnBasicInfo', {
			kind: 'rate-limit',
			retryAfterSeconds: 20,
			times: 1,
		});
		await s.host.runCommand('alice', 'profile', 'set name Queued Alice', ROOM);
		assert.match(lastText(s, 'alice'), /queued/);
		// The queued record is corrupted in persistence: its replay throws.
		const queued = s.host.persistence
			.records()
			.find((record) => JSON.stringify(record.associations).includes('profile-app:queue'));
		assert.ok(queued?.associations, 'a queued change in persistence');
		s.host.persistence.replaceDataOfExactMatch(
			queued.appId,
			queued.associations,
			{
				...queued.data,
				operation: { type: 'own', changes: 7, note: SECRET_IN_RECORD },
			},
			false,
		);
		const before = s.server.requestLog.length;
		const runs = await s.host.runDueJobs(Date.now() + 21_000);
		assert.deepEqual(
			runs.map((run) => run.ok),
			[true],
		);
		assert.match(lastText(s, 'alice'), /Something went wrong in the app; nothing more was changed/);
		assert.equal(s.server.getUser('alice')?.name, 'Alice Anders');
		assert.ok(s.server.requestLog.length - before <= 1, 'at most the read before the bug');
		const errors = s.host.errors();
		assert.equal(errors.length, 1);
		assert.match(errors[0].message, /unexpected failure in a queued job/);
		assert.ok(!JSON.stringify(s.host.logEntries()).includes(SECRET_IN_RECORD));
		// The expected error is checked: the sweep runs now, and the log is cleared for the after-test check.
		s.secrets.assertNotLeaked(s.host, s.server);
		await s.host.reset();
	});
});

describe('the last admin cannot lock the workspace out', () => {
	const lockouts: Array<[string, RegExp]> = [
		['roles admin remove admin', /cannot remove your own admin role/],
		['roles @admin set user', /cannot remove your own admin role/],
		[`roles ${'ADMIN'} remove admin moderator`, /cannot remove your own admin role/],
		['deactivate admin', /cannot deactivate yourself/],
		['deactivate bea @admin', /cannot deactivate yourself/],
		['set admin active=no', /cannot deactivate yourself/],
	];
	for (const [words, told] of lockouts) {
		test(`/admin-user ${words} by the only admin: refused before any request`, async () => {
			await linkWithPassword(s, 'admin');
			const before = s.server.requestLog.length;
			await s.host.runCommand('admin', 'admin-user', words, ROOM);
			assert.match(lastText(s, 'admin'), told);
			assert.match(lastText(s, 'admin'), /Nothing was sent/);
			assert.equal(s.server.requestLog.length, before);
			assert.deepEqual(s.server.getUser('admin')?.roles, ['admin', 'user']);
			assert.equal(s.server.getUser('admin')?.active, true);
			assert.equal(s.server.getUser('bea')?.active, true);
		});
	}

	test('the edit form: deactivating oneself by user id is refused at submission, nothing written', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', `edit ${userId(s, 'admin')}`, ROOM);
		await s.host.submitView('admin', openView(s, 'admin').viewId, {
			active: { active: [] },
		});
		assert.match(lastText(s, 'admin'), /cannot deactivate yourself/);
		assert.equal(s.server.requestLog.filter((entry) => entry.route === 'users.update').length, 0);
		assert.equal(s.server.getUser('admin')?.active, true);
	});
});

describe('destructive admin actions wait for one confirming click', () => {
	const writes = () => s.server.requestLog.filter((entry) => entry.route === 'users.update');

	test('deactivate: the modal names each user and what changes; nothing is sent before the click', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'deactivate bea alice', ROOM);
		const shown = JSON.stringify(openView(s, 'admin').view.blocks);
		assert.match(shown, /@bea: deactivated, signed out of every session/);
		assert.match(shown, /@alice: deactivated, signed out of every session/);
		assert.equal(writes().length, 0);
		assert.equal(s.server.getUser('bea')?.active, true);
		await s.host.submitView('admin', openView(s, 'admin').viewId, {});
		// The admin's own second factor, then the rest of the confirmed words run at once.
		await s.host.submitView('admin', openView(s, 'admin').viewId, { code: { code: 'admin-pass' } });
		await s.host.runDueJobs(Date.now() + 1000);
		assert.equal(s.server.getUser('bea')?.active, false);
		assert.equal(s.server.getUser('alice')?.active, false);
	});

	test('roles and passwords: named in the modal; closing it sends nothing', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'roles bea set moderator', ROOM);
		assert.match(JSON.stringify(openView(s, 'admin').view.blocks), /@bea: roles user → moderator/);
		await s.host.closeView('admin', openView(s, 'admin').viewId);
		await s.host.runCommand('admin', 'admin-user', 'password bea', ROOM);
		const view = openView(s, 'admin');
		assert.match(view.viewId, /admin-confirm/);
		assert.match(JSON.stringify(view.view.blocks), /@bea: a new password/);
		await s.host.closeView('admin', view.viewId);
		assert.equal(writes().length, 0);
		assert.deepEqual(s.server.getUser('bea')?.roles, ['user']);
	});

	test('the click re-checks the role gate: an admin removed from the setting meanwhile sends nothing', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'deactivate bea', ROOM);
		const view = openView(s, 'admin');
		await s.host.setAppSetting('admin_roles', 'user-manager');
		await s.host.submitView('admin', view.viewId, {});
		assert.match(lastText(s, 'admin'), /no longer hold a role allowed to use \/admin-user/);
		assert.equal(writes().length, 0);
		assert.equal(s.server.getUser('bea')?.active, true);
	});

	test('confirmation turned off by the app setting (automation): a deactivation runs at once', async () => {
		await s.host.setAppSetting('confirm_admin_changes', false);
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'deactivate bea', ROOM);
		await s.host.submitView('admin', openView(s, 'admin').viewId, { code: { code: 'admin-pass' } });
		assert.equal(s.server.getUser('bea')?.active, false);
	});
});

describe('action buttons: a forged click is checked like the command it runs', () => {
	// The web client hides a button by its `when` filters; the server delivers any click
	// (apps/meteor/ee/server/apps/communication/uikit.ts), so these are what a crafted request does.
	const manageUser = (user: string, messageId: string) =>
		s.host.actionButton(user, { actionId: 'manage-user', context: 'messageAction', messageId });

	test('"Manage user" by a non-admin (the client never showed it): refused, nothing sent, no form', async () => {
		await linkWithPassword(s, 'alice');
		assert.deepEqual(await s.host.visibleActionButtons('alice', 'messageAction', ROOM), []);
		const before = s.server.requestLog.length;
		for (const sender of ['bea', 'admin', 'alice']) {
			await manageUser('alice', s.host.postMessage(sender, 'hi', ROOM));
			assert.match(
				lastText(s, 'alice'),
				/Only users with one of these roles may use \/admin-user: admin/,
			);
		}
		assert.equal(s.server.requestLog.length, before, 'no request');
		assert.equal(s.host.openView(userId(s, 'alice')), undefined);
	});

	test('"Manage user" still shown to a role the setting dropped since the app was enabled: refused at the click', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.setAppSetting('admin_roles', 'user-manager');
		// The engine takes buttons when the app is enabled: the client still shows the button to admins.
		assert.equal((await s.host.visibleActionButtons('admin', 'messageAction', ROOM)).length, 1);
		const before = s.server.requestLog.length;
		await manageUser('admin', s.host.postMessage('bea', 'hi', ROOM));
		assert.match(
			lastText(s, 'admin'),
			/Only users with one of these roles may use \/admin-user: user-manager/,
		);
		assert.equal(s.server.requestLog.length, before, 'no request');
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
	});

	test('crafted action ids run nothing: no request, no reply, no modal', async () => {
		await linkWithPassword(s, 'admin');
		const posted = s.host.postMessage('bea', 'hi', ROOM);
		const before = { requests: s.server.requestLog.length, said: messages(s, 'admin').length };
		for (const actionId of [
			'MANAGE-USER',
			'manage-user ',
			'manage-user\nedit',
			'open-pending-view',
			'edit-my-profile/../manage-user',
			'x'.repeat(10_000),
			'',
		]) {
			await s.host.actionButton('admin', { actionId, context: 'messageAction', messageId: posted });
		}
		assert.equal(s.server.requestLog.length, before.requests);
		assert.equal(messages(s, 'admin').length, before.said);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
	});

	test('"Edit my profile" sent with another context and someone else\'s message opens the clicking user\'s own form only', async () => {
		await linkWithPassword(s, 'alice');
		const posted = s.host.postMessage('bea', 'hi', ROOM);
		await s.host.actionButton('alice', {
			actionId: 'edit-my-profile',
			context: 'messageAction',
			messageId: posted,
		});
		const view = openView(s, 'alice');
		assert.match(view.viewId, /--own-edit--/);
		const blocks = JSON.stringify(view.view.blocks);
		assert.doesNotMatch(blocks, /I build rockets/, "not bea's bio");
		await s.host.submitView('alice', view.viewId, { nickname: { nickname: 'Only Me' } });
		assert.equal(s.server.getUser('alice')?.nickname, 'Only Me');
		assert.equal(s.server.getUser('bea')?.nickname, 'Bee');
	});
});
