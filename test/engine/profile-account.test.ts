/**
 * `/profile` beyond the fields (issue 14 items 2–6): avatar, verification e-mail, other sessions, language and
 * e-mail two-factor, each one request as the user against the reference server's copy of Rocket.Chat's endpoints,
 * with the refusals (workspace setting off, the server's refusal, the second factor it asks for).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
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
const IMAGE = 'https://images.example/alice.png';

function routesSince(before: number): string[] {
	return s.server.requestLog.slice(before).map((entry) => entry.route);
}

describe('avatar', () => {
	test('set from a URL: one users.setAvatar request with avatarUrl; reset names the user', async () => {
		await linkWithPassword(s, 'alice');
		s.server.web.set(IMAGE, { status: 200, contentType: 'image/png' });
		let before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', `set avatar ${IMAGE}`, ROOM);
		assert.deepEqual(routesSince(before), ['users.setAvatar']);
		assert.deepEqual(requests(s, 'users.setAvatar')[0].body, { avatarUrl: IMAGE });
		assert.equal(s.server.getUser('alice')?.avatarOrigin, 'url');
		assert.match(lastText(s, 'alice'), /Your avatar now comes from/);
		before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'reset avatar', ROOM);
		assert.deepEqual(routesSince(before), ['users.resetAvatar']);
		assert.deepEqual(requests(s, 'users.resetAvatar')[0].body, { userId: userId(s, 'alice') });
		assert.equal(s.server.getUser('alice')?.avatarOrigin, undefined);
		assert.match(lastText(s, 'alice'), /back to the default/);
	});

	test('localized words and `clear avatar` work; a typo gets "did you mean"', async () => {
		await linkWithPassword(s, 'alice');
		s.server.web.set(IMAGE, { status: 200, contentType: 'image/png' });
		await s.host.runCommand('alice', 'profile', `set foto ${IMAGE}`, ROOM);
		assert.equal(s.server.getUser('alice')?.avatarOrigin, 'url');
		await s.host.runCommand('alice', 'profile', 'clear avatar', ROOM);
		assert.equal(s.server.getUser('alice')?.avatarOrigin, undefined);
		await s.host.runCommand('alice', 'profile', `set avatr ${IMAGE}`, ROOM);
		assert.match(lastText(s, 'alice'), /Did you mean .*avatar/);
	});

	test('refused without a request: not a web address; Accounts_AllowUserAvatarChange off', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set avatar javascript:alert(1)', ROOM);
		assert.match(lastText(s, 'alice'), /not a web address the server can fetch/);
		s.server.settings.set('Accounts_AllowUserAvatarChange', false);
		await s.host.runCommand('alice', 'profile', `set avatar ${IMAGE}`, ROOM);
		assert.match(lastText(s, 'alice'), /Accounts_AllowUserAvatarChange/);
		await s.host.runCommand('alice', 'profile', 'reset avatar', ROOM);
		assert.match(lastText(s, 'alice'), /Accounts_AllowUserAvatarChange/);
		assert.deepEqual(routesSince(before), []);
	});

	test("the server's refusal: a URL that does not answer an image", async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', `set avatar ${IMAGE}`, ROOM);
		assert.equal(requests(s, 'users.setAvatar')[0].status, 400);
		assert.match(lastText(s, 'alice'), /could not load a picture from that address/);
	});

	test('not linked: asks for a link, no request', async () => {
		await s.host.runCommand('alice', 'profile', `set avatar ${IMAGE}`, ROOM);
		assert.deepEqual(requests(s, 'users.setAvatar'), []);
		assert.match(lastText(s, 'alice'), /link/i);
	});
});

describe('verification e-mail', () => {
	test('resent for an unverified address, one request; nothing sent for a verified one', async () => {
		await s.server.seedUser({
			username: 'vera',
			name: 'Vera',
			password: 'vera-pass',
			email: 'vera@example.com',
			emailVerified: false,
		});
		s.secrets.add('vera-pass');
		await linkWithToken(s, 'vera');
		const mails = s.server.outbox.length;
		await s.host.runCommand('vera', 'profile', 'verify-email', ROOM);
		assert.deepEqual(requests(s, 'users.sendConfirmationEmail')[0].body, {
			email: 'vera@example.com',
		});
		assert.equal(s.server.outbox.length, mails + 1);
		assert.match(lastText(s, 'vera'), /verification e-mail was sent to/);
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'verify-email', ROOM);
		assert.equal(requests(s, 'users.sendConfirmationEmail').length, 1);
		assert.match(lastText(s, 'alice'), /already verified/);
	});

	test('rate limited on the VN profile (1 a minute): the second is told when to retry', async () => {
		s.server.setProfile('vn');
		s.server.setRateLimit('vn');
		await s.server.seedUser({
			username: 'vera',
			password: 'vera-pass',
			email: 'vera@example.com',
			emailVerified: false,
		});
		s.secrets.add('vera-pass');
		await linkWithToken(s, 'vera');
		await s.host.runCommand('vera', 'profile', 'verify-email', ROOM);
		await s.host.runCommand('vera', 'profile', 'verify-email', ROOM);
		assert.match(lastText(s, 'vera'), /Try again in \d+ s/);
		assert.ok(
			requests(s, 'users.sendConfirmationEmail').filter((r) => r.status === 429).length <= 1,
		);
		assert.doesNotMatch(lastText(s, 'vera'), /queued/, 'not a field change: told, not queued');
	});
});

describe('other sessions', () => {
	test('users.logoutOtherClients signs out the others; the link (a login token) keeps working', async () => {
		await linkWithPassword(s, 'alice');
		const other = s.server.createLoginToken(userId(s, 'alice'));
		s.secrets.add(other);
		await s.host.runCommand('alice', 'profile', 'logout-others', ROOM);
		assert.equal(requests(s, 'users.logoutOtherClients').length, 1);
		assert.equal(requests(s, 'users.removeOtherTokens').length, 0);
		assert.match(lastText(s, 'alice'), /other sessions were signed out.*still works/s);
		assert.equal(s.server.getUser('alice')?.services.resume?.loginTokens.length, 1);
		s.server.web.set(IMAGE, { status: 200, contentType: 'image/png' });
		await s.host.runCommand('alice', 'profile', `set avatar ${IMAGE}`, ROOM);
		assert.equal(s.server.getUser('alice')?.avatarOrigin, 'url', 'the link still works');
	});

	test('linked with a personal access token: the token survives', async () => {
		await linkWithToken(s, 'bea');
		s.secrets.add(s.server.createLoginToken(userId(s, 'bea')));
		await s.host.runCommand('bea', 'profile', 'logout-others', ROOM);
		const tokens = s.server.getUser('bea')?.services.resume?.loginTokens ?? [];
		assert.deepEqual(
			tokens.map((token) => token.type),
			['personalAccessToken'],
		);
		await s.host.runCommand('bea', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'bea'), /Your profile/);
	});
});

describe('language', () => {
	test('users.setPreferences with the language; the reply and the next ones are in it', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set language deutsch', ROOM);
		assert.deepEqual(requests(s, 'users.setPreferences')[0].body, { data: { language: 'de' } });
		assert.equal(s.server.getUser('alice')?.language, 'de');
		assert.match(lastText(s, 'alice'), /Deine Sprache ist jetzt/);
		await s.host.runCommand('alice', 'profile', 'help', ROOM);
		assert.match(lastText(s, 'alice'), /dein Bild von einer Webadresse/);
		await s.host.runCommand('alice', 'profile', 'set idioma pt-br', ROOM);
		assert.equal(s.server.getUser('alice')?.language, 'pt-BR');
		assert.match(lastText(s, 'alice'), /Seu idioma agora é/);
	});

	test('a language the app does not speak is set, and said so; nonsense is refused without a request', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set language fr', ROOM);
		assert.equal(s.server.getUser('alice')?.language, 'fr');
		assert.match(lastText(s, 'alice'), /I only reply in/);
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', 'set language klingon-warrior', ROOM);
		assert.match(lastText(s, 'alice'), /neither a language code/);
		assert.deepEqual(routesSince(before), []);
	});
});

describe('e-mail two-factor', () => {
	test('on: users.2fa.enableEmail, other sessions signed out, the link keeps working', async () => {
		await linkWithPassword(s, 'alice');
		s.secrets.add(s.server.createLoginToken(userId(s, 'alice')));
		await s.host.runCommand('alice', 'profile', '2fa email on', ROOM);
		assert.equal(requests(s, 'users.2fa.enableEmail').length, 1);
		assert.equal(s.server.getUser('alice')?.services.email2fa?.enabled, true);
		assert.equal(s.server.getUser('alice')?.services.resume?.loginTokens.length, 1);
		assert.match(lastText(s, 'alice'), /codes by e-mail are on/);
		await s.host.runCommand('alice', 'profile', '2fa email ja', ROOM);
		assert.match(lastText(s, 'alice'), /already on/);
		assert.equal(requests(s, 'users.2fa.enableEmail').length, 1);
	});

	test('on: refused for an unverified address and when the workspace has e-mail codes off', async () => {
		await s.server.seedUser({
			username: 'vera',
			password: 'vera-pass',
			email: 'vera@example.com',
			emailVerified: false,
		});
		s.secrets.add('vera-pass');
		await linkWithToken(s, 'vera');
		await s.host.runCommand('vera', 'profile', '2fa email on', ROOM);
		assert.match(lastText(s, 'vera'), /Verify your e-mail address first/);
		s.server.settings.set('Accounts_TwoFactorAuthentication_By_Email_Enabled', false);
		await s.host.runCommand('vera', 'profile', '2fa email on', ROOM);
		assert.match(lastText(s, 'vera'), /does not offer two-factor codes by e-mail/);
		assert.equal(requests(s, 'users.2fa.enableEmail').length, 0);
	});

	test('off: the server asks for the e-mail code; the modal collects it; one request', async () => {
		await linkWithToken(s, 'erin');
		await s.host.runCommand('erin', 'profile', '2fa email off', ROOM);
		assert.equal(requests(s, 'users.2fa.disableEmail').length, 0);
		const view = openView(s, 'erin');
		assert.match(view.viewId, /account-2fa/);
		assert.match(JSON.stringify(view.view.blocks), /two-factor codes by e-mail/);
		await s.host.submitView('erin', view.viewId, { code: { code: '000000' } });
		assert.equal(requests(s, 'users.2fa.disableEmail').length, 1);
		assert.equal(s.server.getUser('erin')?.services.email2fa?.enabled, true);
		const code = s.server.lastEmailCode('erin') ?? '';
		s.secrets.add(code);
		await s.host.submitView('erin', openView(s, 'erin').viewId, { code: { code } });
		assert.equal(s.server.getUser('erin')?.services.email2fa?.enabled, false);
		assert.match(lastText(s, 'erin'), /codes by e-mail are off/);
		const sent = requests(s, 'users.2fa.disableEmail').at(-1);
		assert.equal(sent?.status, 200);
		await s.host.runCommand('erin', 'profile', '2fa email off', ROOM);
		assert.match(lastText(s, 'erin'), /already off/);
	});

	test('usage: anything but `2fa email on|off` is refused without a request', async () => {
		await linkWithPassword(s, 'alice');
		const before = s.server.requestLog.length;
		await s.host.runCommand('alice', 'profile', '2fa totp on', ROOM);
		assert.match(lastText(s, 'alice'), /2fa email on/);
		assert.deepEqual(routesSince(before), []);
	});
});
