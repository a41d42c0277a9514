/**
 * `/admin-user create` and `/admin-user invite` (issue 14 item 8): Administration → Users → New in a modal
 * (users.create) and "Invite users" by e-mail (sendInvitationEmail), with the server's refusals in its words,
 * under their field where they belong. Production limits on (the V7 rate limiter).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	sha256Hex,
	lastText,
	linkWithPassword,
	openView,
	requests,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario();
const NEW_PASSWORD = 'Create-Passw0rd!';

function form(fields: Record<string, unknown>): Record<string, Record<string, unknown>> {
	return Object.fromEntries(Object.entries(fields).map(([id, value]) => [id, { [id]: value }]));
}

async function signInAnswer(username: string, password: string): Promise<string> {
	const login = await fetch(`${s.server.url}/api/v1/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			user: username,
			password: { digest: sha256Hex(password), algorithm: 'sha-256' },
		}),
	});
	const body = (await login.json()) as { error?: string; errorType?: string };
	return login.status === 200
		? 'signed-in'
		: body.errorType === 'totp-required' || body.error === 'totp-required'
		? 'totp-required'
		: 'refused';
}

async function openCreate(): Promise<string> {
	await s.host.runCommand('admin', 'admin-user', 'create', ROOM);
	const view = openView(s, 'admin');
	assert.match(view.viewId, /admin-create/);
	return view.viewId;
}

const NEWBIE = {
	'name': 'New Bie',
	'username': 'newbie',
	'email': 'newbie@example.org',
	'password-mode': 'manual',
	'new-password': NEW_PASSWORD,
	'roles': 'user',
	'create-options': ['verified', 'join-default-channels'],
};

describe('create', () => {
	test('the form opens without a request; a manual password creates a user who can sign in', async () => {
		s.secrets.add(NEW_PASSWORD);
		await linkWithPassword(s, 'admin');
		const before = s.server.requestLog.length;
		const viewId = await openCreate();
		assert.equal(s.server.requestLog.length, before);
		await s.host.submitView('admin', viewId, form(NEWBIE));
		const created = s.server.getUser('newbie');
		assert.ok(created);
		assert.equal(created.name, 'New Bie');
		assert.deepEqual(created.roles, ['user']);
		assert.equal(created.emails?.[0].verified, true);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
		assert.match(lastText(s, 'admin'), /Created `@\u2060newbie` \(`newbie@example\.org`\)/);
		// The password is right: the server only wants the e-mail code new users are opted into.
		assert.equal(await signInAnswer('newbie', NEW_PASSWORD), 'totp-required');
		assert.equal(await signInAnswer('newbie', 'wrong-password'), 'refused');
		const body = requests(s, 'users.create')[0].body as Record<string, unknown>;
		assert.equal(body.joinDefaultChannels, true);
		assert.equal(body.sendWelcomeEmail, false);
	});

	test('Set randomly and send by email: the server mails the password and requires a change', async () => {
		await linkWithPassword(s, 'admin');
		const viewId = await openCreate();
		await s.host.submitView(
			'admin',
			viewId,
			form({
				...NEWBIE,
				'password-mode': 'random',
				'new-password': '',
				'create-options': ['welcome'],
			}),
		);
		const created = s.server.getUser('newbie');
		assert.equal(created?.requirePasswordChange, true);
		const mails = s.server.outbox.filter((mail) => mail.to === 'newbie@example.org');
		assert.equal(mails.length, 2, 'welcome and password e-mails');
		for (const mail of mails) {
			s.secrets.add(mail.text.replace(/^.*: /, ''));
		}
		assert.match(lastText(s, 'admin'), /random password/);
	});

	test("the workspace's custom fields are in the form (defaults, options); checked as users.create would, then saved", async () => {
		s.server.settings.set(
			'Accounts_CustomFields',
			JSON.stringify({
				team: { type: 'select', options: ['red', 'blue'], required: true },
				badge: { type: 'text', maxLength: 5, defaultValue: 'new' },
			}),
		);
		await linkWithPassword(s, 'admin');
		s.secrets.add(NEW_PASSWORD);
		const viewId = await openCreate();
		const blocks = openView(s, 'admin').view.blocks as Array<{
			blockId?: string;
			optional?: boolean;
			hint?: { text: string };
			element?: { initialValue?: string };
		}>;
		const team = blocks.find((block) => block.blockId === 'custom-field:team');
		const badge = blocks.find((block) => block.blockId === 'custom-field:badge');
		assert.equal(team?.optional, false);
		assert.match(team?.hint?.text ?? '', /red, blue/);
		assert.equal(badge?.element?.initialValue, 'new');
		const before = requests(s, 'users.create').length;
		for (const [typed, field, text] of [
			[{ 'custom-field:badge': 'new' }, 'custom-field:team', /team is required/],
			[{ 'custom-field:team': 'green' }, 'custom-field:team', /one of: red, blue/],
			[{ 'custom-field:team': 'red', 'custom-field:badge': 'toolong' }, 'custom-field:badge', /5/],
		] as Array<[Record<string, string>, string, RegExp]>) {
			const response = (await s.host.submitView(
				'admin',
				viewId,
				form({ ...NEWBIE, ...typed }),
			)) as { type?: string; errors?: Record<string, string> };
			assert.equal(response?.type, 'errors', JSON.stringify(typed));
			assert.match(response.errors?.[field] ?? '', text, JSON.stringify(response.errors));
		}
		assert.equal(
			requests(s, 'users.create').length,
			before,
			'nothing sent that the server would refuse',
		);
		await s.host.submitView(
			'admin',
			viewId,
			form({ ...NEWBIE, 'custom-field:team': 'blue', 'custom-field:badge': 'new' }),
		);
		assert.deepEqual(s.server.getUser('newbie')?.customFields, { team: 'blue', badge: 'new' });
		assert.match(lastText(s, 'admin'), /Created/);
	});

	test('refusals appear under their field and the form stays open: taken username, taken e-mail, bad role', async () => {
		await linkWithPassword(s, 'admin');
		s.secrets.add(NEW_PASSWORD);
		const viewId = await openCreate();
		const cases: Array<[Record<string, unknown>, string, RegExp]> = [
			[{ username: 'bea' }, 'username', /“bea” is already in use/],
			[{ email: 'BEA@example.com' }, 'email', /already in use/],
			[{ username: '*x* @all' }, 'username', /not a valid username|server refused/],
			[{ roles: 'user, wizard' }, 'roles', /roles does not exist/],
			[{ 'new-password': '' }, 'new-password', /Type the new password/],
			[{ username: '' }, 'username', /Type a username/],
		];
		for (const [change, field, text] of cases) {
			const response = (await s.host.submitView(
				'admin',
				viewId,
				form({ ...NEWBIE, ...change }),
			)) as {
				type?: string;
				errors?: Record<string, string>;
			};
			assert.equal(response?.type, 'errors', JSON.stringify(change));
			assert.match(response.errors?.[field] ?? '', text, JSON.stringify(response.errors));
		}
		assert.equal(s.server.getUser('newbie'), undefined);
	});

	test('without create-user the server refuses; the form closes and says so', async () => {
		await linkWithPassword(s, 'admin');
		s.secrets.add(NEW_PASSWORD);
		s.server.permissions.setRoles('create-user', []);
		const viewId = await openCreate();
		await s.host.submitView('admin', viewId, form(NEWBIE));
		assert.equal(s.server.getUser('newbie'), undefined);
		assert.match(lastText(s, 'admin'), /does not allow you to add users/);
	});

	test('not an admin: refused before any request; a role lost while the form is open sends nothing', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'admin-user', 'create', ROOM);
		assert.match(lastText(s, 'alice'), /Only users with one of these roles/);
		await linkWithPassword(s, 'admin');
		s.secrets.add(NEW_PASSWORD);
		const viewId = await openCreate();
		await s.host.setAppSetting('admin_roles', 'user-manager');
		await s.host.submitView('admin', viewId, form(NEWBIE));
		assert.equal(requests(s, 'users.create').length, 0);
		assert.equal(s.server.getUser('newbie'), undefined);
	});

	test('a password on the command line is refused, nothing opens', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'create newbie password=Secret-1', ROOM);
		assert.match(lastText(s, 'admin'), /never on the command line|password/i);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
	});

	test('8.5+ asks the admin a second factor on users.create: asked in the form, then created', async () => {
		try {
			s.server.setProfile('vn');
			await linkWithPassword(s, 'admin');
			s.secrets.add(NEW_PASSWORD);
			// A fresh login is remembered for 2FA: let the remember window pass.
			s.server.clock.advance(31 * 60 * 1000);
			const viewId = await openCreate();
			const first = (await s.host.submitView('admin', viewId, form(NEWBIE))) as {
				errors?: Record<string, string>;
			};
			assert.match(first?.errors?.code ?? '', /own password|second factor|code/);
			assert.equal(s.server.getUser('newbie'), undefined);
			await s.host.submitView('admin', viewId, form({ ...NEWBIE, code: 'admin-pass' }));
			assert.ok(s.server.getUser('newbie'));
			assert.equal(requests(s, 'users.create').at(-1)?.headers['x-2fa-method'], 'password');
		} finally {
			s.server.setProfile('v7');
		}
	});
});

describe('invite', () => {
	test('invitations go to each address once; what is no address is named and not sent', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand(
			'admin',
			'admin-user',
			'invite a@example.org,b@example.org A@example.org not-an-address',
			ROOM,
		);
		const body = requests(s, 'sendInvitationEmail')[0].body as { emails: string[] };
		assert.deepEqual(body.emails, ['a@example.org', 'b@example.org']);
		assert.deepEqual(s.server.outbox.map((mail) => mail.to).sort(), [
			'a@example.org',
			'b@example.org',
		]);
		assert.match(lastText(s, 'admin'), /Invitation sent by the server to 2 address\(es\)/);
		const texts = s.host.messages(userId(s, 'admin')).map((m) => m.text ?? '');
		assert.ok(texts.some((text) => /no e-mail addresses: not-an-address/.test(text)));
	});

	test('without bulk-register-user the server refuses in its own words', async () => {
		await linkWithPassword(s, 'admin');
		s.server.permissions.setRoles('bulk-register-user', []);
		await s.host.runCommand('admin', 'admin-user', 'invite a@example.org', ROOM);
		assert.equal(requests(s, 'sendInvitationEmail')[0].status, 400);
		assert.match(lastText(s, 'admin'), /refused the change: Not allowed/);
		assert.equal(s.server.outbox.length, 0);
	});

	test('no address at all, or too many: refused without a request', async () => {
		await linkWithPassword(s, 'admin');
		await s.host.runCommand('admin', 'admin-user', 'invite', ROOM);
		assert.match(lastText(s, 'admin'), /Usage: `\/admin-user invite/);
		await s.host.runCommand('admin', 'admin-user', 'invite @all <script>', ROOM);
		assert.match(lastText(s, 'admin'), /no e-mail addresses/);
		const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.org`).join(' ');
		await s.host.runCommand('admin', 'admin-user', `invite ${many}`, ROOM);
		assert.match(lastText(s, 'admin'), /At most 50 addresses/);
		assert.equal(requests(s, 'sendInvitationEmail').length, 0);
	});
});
