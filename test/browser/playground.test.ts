/**
 * The playground in a real browser (issue #5): Debian's Chromium drives the page that `npm start` serves,
 * with the packaged app in the real Apps-Engine. Alice links her account, changes her bio and, through the
 * second-factor modal, her e-mail; the admin deactivates a user and edits one in the form, whose second factor
 * is asked for in its own short modal. Each step is checked on the page and on
 * the reference server. Run with `npm run test:browser` (NODE_ENV=development; the engine skips permission
 * checks under 'test').
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import type { Browser } from 'playwright-core';

import type { Language } from '../../lib/i18n';
import { translate } from '../../lib/i18n';
import { ensureFreshPackage } from '../../playground/build/appPackage.mjs';
import { buildPage } from '../../playground/build/page.mjs';
import type { RunningPlayground } from '../../playground/server';
import { startPlayground } from '../../playground/server';
import { launchChromium } from '../../playground/tools/chromium';
import { PlaygroundPage } from '../../playground/tools/PlaygroundPage';
import { sha256Hex } from '../../tools/refserver';

let running: RunningPlayground;
let browser: Browser;
let ui: PlaygroundPage;
/** Requests the page made anywhere but the playground server (there must be none: no CDN). */
const foreignRequests: string[] = [];

/** What must never reach the page outside the test-server panels (typed secrets included). */
const SECRETS = ['alice-pass', 'admin-pass', 'not-alices-password'];

function server() {
	return running.playground.referenceServer();
}

before(
	async () => {
		const { zip } = ensureFreshPackage({ quiet: true });
		await buildPage();
		running = await startPlayground({ zipPath: zip, port: 0, bcryptRounds: 4 });
		browser = await launchChromium();
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
		page.on('request', (request) => {
			if (!request.url().startsWith('http://127.0.0.1:') && !request.url().startsWith('data:')) {
				foreignRequests.push(request.url());
			}
		});
		ui = new PlaygroundPage(page);
		await ui.open(running.url, 'alice');
		const status = await running.ready;
		assert.equal(status.phase, 'ready', status.message);
	},
	{ timeout: 90_000 },
);

after(async () => {
	await browser?.close();
	await running?.stop();
});

test('the page lists the seeded users and the commands with their usage', async () => {
	for (const username of ['alice', 'tom', 'erin', 'bea', 'admin', 'sso']) {
		assert.equal(
			await ui.page.locator(`.user-item[data-username="${username}"]`).count(),
			1,
			username,
		);
	}
	await ui.page.getByTestId('composer').fill('/pro');
	const popup = await ui.waitForText(
		ui.page.getByRole('listbox', { name: 'Commands' }),
		'/profile',
	);
	assert.match(popup, /set <field> <value…>/);
	await ui.page.getByTestId('composer').fill('');
	assert.match((await ui.page.getByTestId('totp').textContent()) ?? '', /@tom\s*\d{3} \d{3}/);
});

test('alice links her account in the Link modal; a wrong password shows under the field', async () => {
	await ui.command('/profile login');
	await ui.waitForModal(/Link your account/);
	await ui.fill('password', 'not-alices-password');
	await ui.submit();
	await ui.waitForText(ui.fieldError(), /Wrong password/);
	await ui.fill('password', 'alice-pass');
	await ui.submit();
	await ui.waitForModalClosed();
	await ui.waitForLastMessage(/Your account is linked/);
	assert.equal(server().requestLog.filter((entry) => entry.route === 'login').length, 2);
});

test('alice changes her bio; the server copy on the page follows', async () => {
	await ui.command('/profile set bio I build rockets');
	await ui.waitForLastMessage(/bio: \(empty\) → “I build rockets”/);
	await ui.waitForText(ui.serverField('bio'), 'I build rockets');
	assert.equal(server().getUser('alice')?.bio, 'I build rockets');
});

test('alice changes her e-mail through the second-factor modal', async () => {
	await ui.command('/profile set email alice@wonderland.example');
	await ui.waitForModal(/second factor/);
	assert.equal(server().getUser('alice')?.emails?.[0].address, 'alice@example.com');
	await ui.fill('code', 'alice-pass');
	await ui.submit();
	await ui.waitForModalClosed();
	await ui.waitForLastMessage(/e-mail: alice@example\.com → alice@wonderland\.example/);
	await ui.waitForText(ui.serverField('e-mail'), 'alice@wonderland.example');
	await ui.waitForText(ui.serverField('e-mail verified'), 'no');
	// The app asks for the second factor before sending (it read the 2FA state first): one write, with proof.
	const updates = server().requestLog.filter((entry) => entry.route === 'users.updateOwnBasicInfo');
	assert.equal(updates.length, 1);
	// The request log panel shows the request, with the proof masked.
	const log = await ui.page.getByTestId('requests').textContent();
	assert.match(log ?? '', /users\.updateOwnBasicInfo/);
});

test('the rate-limit panel shows the server’s shared budget: calls left per endpoint and reset time', async () => {
	// Production's V7 limiter (10 calls a minute per address and route), whatever the playground started with.
	server().setRateLimit('v7');
	await ui.command('/profile set nickname Al');
	await ui.waitForLastMessage(/nickname/);
	const [budget] = server()
		.rateLimitBudgets()
		.filter((candidate) => candidate.rule.includes('users.updateOwnBasicInfo'));
	assert.ok(budget, 'the server counted the change');
	const row = ui.page.locator(
		'[data-testid=budget][data-endpoint="POST users.updateOwnBasicInfo"]',
	);
	await ui.waitForText(row, `${budget.remaining} / ${budget.limit} left`);
	await ui.waitForText(row, /resets in \d+ s/);
});

test('the admin deactivates bea: one click confirms, then their password', async () => {
	await ui.actAs('admin');
	await ui.command('/profile login');
	await ui.fill('password', 'admin-pass');
	await ui.submit();
	await ui.waitForLastMessage(/Your account is linked/);
	await ui.command('/admin-user deactivate bea');
	await ui.waitForModal(/Confirm the change/);
	await ui.waitForText(ui.modal(), /@bea: deactivated/);
	await ui.submit();
	await ui.waitForModal(/second factor/);
	await ui.fill('code', 'admin-pass');
	await ui.submit();
	await ui.waitForModalClosed();
	await ui.waitForLastMessage(/@bea is now deactivated/);
	await ui.waitForText(ui.page.locator('.user-item[data-username="bea"]'), 'deactivated');
	assert.equal(server().getUser('bea')?.active, false);
	const retried = server().requestLog.filter((entry) => entry.route === 'users.update');
	assert.deepEqual(
		retried.map((entry) => entry.status),
		[400, 200],
	);
});

test('the admin edit form has no second-factor field; when the server asks, the short 2FA modal is in view', async () => {
	// A new link (a new login token) is not inside the window the deactivation above opened: the server asks.
	await ui.actAs('admin');
	await ui.command('/profile login');
	await ui.clickButton(ui.lastMessage(), 'Link again');
	await ui.waitForModal(/Link your account/);
	await ui.fill('password', 'admin-pass');
	await ui.submit();
	await ui.waitForLastMessage(/Your account is linked/);
	await ui.command('/admin-user edit tom');
	await ui.waitForModal(/Edit @tom/);
	assert.equal(await ui.field('code').count(), 0, 'no second-factor field up front');
	await ui.fill('nickname', 'Tommy');
	await ui.submit();
	await ui.waitForModal(/second factor/);
	const text = await ui.waitForText(ui.modal(), /Profile of @tom:/);
	assert.match(text, /nickname: .*→ “Tommy”/);
	assert.match(text, /your own password, not @tom's/);
	const box = await ui.field('code').boundingBox();
	assert.ok(box && box.y >= 0 && box.y + box.height <= 900, 'the code field is in view');
	await ui.fill('code', 'admin-pass');
	await ui.submit();
	await ui.waitForModalClosed();
	await ui.waitForLastMessage(/Updated @tom/);
	assert.equal(server().getUser('tom')?.nickname, 'Tommy');
});

test('acting as admin, the server panel follows the user the command changed, and can show anyone', async () => {
	await ui.actAs('admin');
	await ui.command('/admin-user show bea');
	await ui.waitForLastMessage(/@bea/);
	await ui.waitForText(ui.serverPanel().locator('h2'), '@bea');
	await ui.waitForText(ui.serverField('active'), 'no');
	await ui.serverPanel().getByTestId('server-user-picker').selectOption({ label: '@admin (you)' });
	await ui.waitForText(ui.serverPanel().locator('h2'), '@admin');
	await ui.waitForText(ui.serverField('roles'), 'admin');
});

test('the app’s action buttons: “Manage user” in a message’s menu (admins only), “Edit my profile” in the composer’s', async () => {
	await ui.actAs('tom');
	await ui.command('Hello from tom');
	const message = ui.messages().filter({ hasText: 'Hello from tom' });
	await ui.waitForText(message, 'Hello from tom');
	assert.equal(
		await message.getByRole('button', { name: 'Message actions' }).count(),
		0,
		'not shown to tom (no admin role)',
	);
	await ui.actAs('admin');
	await ui.clickActionButton(message, 'Message actions', 'Manage user');
	await ui.waitForModal(/Edit @tom/);
	assert.equal(await ui.field('nickname').inputValue(), 'Tommy');
	await ui.modal().getByRole('button', { name: 'Cancel' }).click();
	await ui.waitForModalClosed();
	await ui.clickActionButton(
		ui.page.getByTestId('composer-actions'),
		'More actions',
		'Edit my profile',
	);
	await ui.waitForModal(/Edit your profile/);
	await ui.modal().getByRole('button', { name: 'Cancel' }).click();
	await ui.waitForModalClosed();
});

test('a message button works: an unlinked user opens the Link modal from it', async () => {
	await ui.actAs('erin');
	await ui.command('/profile show');
	await ui.clickButton(ui.lastMessage(), 'Link my account');
	await ui.waitForModal(/Link your account/);
	await ui.modal().getByRole('button', { name: 'Cancel' }).click();
	await ui.waitForModalClosed();
});

test('the SSO user links with a personal access token made in the server panel', async () => {
	await ui.actAs('sso');
	await ui.serverPanel().getByRole('button', { name: 'Create a personal access token' }).click();
	const token = (await ui.page.getByTestId('token').locator('code').textContent()) ?? '';
	assert.ok(token.length > 20);
	await ui.command('/profile login');
	await ui.fill('token', token);
	await ui.submit();
	await ui.waitForLastMessage(/Your account is linked/);
	await ui.waitForText(ui.serverPanel().locator('.security'), '1 personal access token(s)');
});

test('a reload drops the open modal, as Rocket.Chat’s client does; the page stays usable', async () => {
	await ui.actAs('erin');
	await ui.command('/profile login');
	await ui.waitForModal(/./);
	const erin = server().getUser('erin')?._id ?? '';
	assert.ok(running.playground.state(erin).modal, 'the modal is open before the reload');
	await ui.page.reload();
	await ui.page.locator('[data-testid=composer]:not([disabled])').waitFor({ timeout: 15_000 });
	// The address still names alice (?user=alice): act as erin again.
	await ui.actAs('erin');
	assert.equal(await ui.modal().count(), 0);
	assert.equal(running.playground.state(erin).modal, undefined);
	// What the app opens next shows as usual.
	await ui.command('/profile login');
	await ui.waitForModal(/./);
	await ui.modal().getByRole('button', { name: 'Close' }).click();
	await ui.waitForModalClosed();
});

test('the user list stops showing a seeded password once it has changed', async () => {
	const alice = ui.page.locator('.user-item[data-username="alice"] .user-password');
	await ui.waitForText(alice, 'password: alice-pass');
	const login = await fetch(`${server().url}/api/v1/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ user: 'alice', password: 'alice-pass' }),
	});
	const { data } = (await login.json()) as { data: { authToken: string; userId: string } };
	const change = await fetch(`${server().url}/api/v1/users.updateOwnBasicInfo`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			'X-Auth-Token': data.authToken,
			'X-User-Id': data.userId,
		},
		body: JSON.stringify({
			data: { currentPassword: sha256Hex('alice-pass'), newPassword: 'alice-changed-pass' },
		}),
	});
	assert.equal(change.status, 200, await change.text());
	// The page hears of it with its next state (any change): the user list is redrawn from the server.
	await ui.actAs('bea');
	await ui.waitForText(alice, 'password: changed since seeding');
	assert.doesNotMatch((await alice.textContent()) ?? '', /alice-pass/);
});

test('a user’s language switches the app’s replies and modals (en, pt-BR, de, es)', async () => {
	await ui.actAs('tom');
	for (const language of ['pt-BR', 'de', 'es', 'en'] as Language[]) {
		await ui.setLanguage(language);
		assert.equal(server().getUser('tom')?.settings?.preferences?.language, language);
		await ui.command('/profile help');
		const firstLine = translate(language, 'help_profile').split('\n')[0].replace(/[*`]/g, '');
		await ui.waitForLastMessage(new RegExp(escapeRegExp(firstLine)));
		await ui.command('/profile login');
		await ui.waitForModal(new RegExp(escapeRegExp(translate(language, 'link_modal_title'))));
		await ui.modal().getByRole('button', { name: 'Close' }).click();
		await ui.waitForModalClosed();
	}
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('no secret outside the test-server panels, no engine error, nothing loaded from elsewhere', async () => {
	const shown = await ui.page
		.locator('.room, [data-testid=requests], [data-testid=server-user]')
		.allTextContents();
	const state = JSON.stringify({ ...running.playground.state('alice'), users: [] });
	for (const secret of SECRETS) {
		assert.ok(!shown.join('\n').includes(secret), `${secret} is on the page`);
		assert.ok(!state.includes(secret), `${secret} is in the page state`);
	}
	assert.deepEqual(running.playground.state('alice').engineErrors, []);
	assert.equal(await ui.errorItems().count(), 0);
	assert.deepEqual(foreignRequests, []);
});

test('errors are shown on the page: an unknown command, a crashed host, a stopped server', async () => {
	await ui.command('/nope');
	await ui.waitForText(ui.errorItems().last(), /\/nope is not an enabled app command/);
	running.playground.reportCrash(new Error('boom'));
	await ui.waitForText(ui.page.getByTestId('engine-failure'), /engine host crashed: boom/);
	await running.stop();
	await ui.page.getByTestId('connection-lost').waitFor({ timeout: 15_000 });
});

test('a playground that cannot load the app says why on the page', async () => {
	const brokenZip = join(mkdtempSync(join(tmpdir(), 'playground-')), 'broken.zip');
	writeFileSync(brokenZip, 'not a zip');
	const broken = await startPlayground({ zipPath: brokenZip, port: 0, bcryptRounds: 4 });
	try {
		assert.equal((await broken.ready).phase, 'failed');
		await ui.page.goto(broken.url);
		await ui.waitForText(ui.page.getByTestId('engine-failure'), /could not start: .*zip/i);
		assert.equal(await ui.page.getByTestId('composer').isDisabled(), true);
	} finally {
		await broken.stop();
	}
});
