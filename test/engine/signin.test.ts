/**
 * Sign-in in exact words (issue 10 item 5): every refusal of POST /api/v1/login has its own message; during a
 * failed-login block the app makes no further sign-in attempt (each would prolong the block); LDAP users are told
 * to link with a personal access token. The reference server blocks failed logins by default.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lastText, linkWithToken, openView, requests, ROOM, useScenario } from './support/scenario';

const s = useScenario();

/**
 * An address other than the app's: failed logins from there block the user without spending the app's login
 * budget under the server's rate limiter (10 calls a minute per address and route).
 */
const ELSEWHERE = '198.51.100.7';

/** Failed logins sent straight to the server, from the address the app calls from unless `from` is given. */
async function failLogins(username: string, times: number, from?: string): Promise<void> {
	for (let i = 0; i < times; i++) {
		const res = await fetch(`${s.server.url}/api/v1/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(from ? { 'x-real-ip': from } : {}) },
			body: JSON.stringify({ user: username, password: 'not-the-password' }),
		});
		assert.equal(res.status, 401);
	}
}

async function submitPassword(username: string, password: string): Promise<string | undefined> {
	const view =
		s.host.openView(s.server.getUser(username)?._id ?? '') ?? (await openLinkModal(username));
	await s.host.submitView(username, view.viewId, { password: { password } });
	return s.host.openView(s.server.getUser(username)?._id ?? '')?.errors.password;
}

async function openLinkModal(username: string) {
	await s.host.runCommand(username, 'profile', 'login', ROOM);
	return openView(s, username);
}

describe('failed-login block', () => {
	test('blocked for the user: the message says when to retry, and the app does not try again meanwhile', async () => {
		s.secrets.add('not-the-password');
		await failLogins('alice', 10, ELSEWHERE);
		const before = requests(s, 'login').length;
		const first = await submitPassword('alice', 'alice-pass');
		assert.match(first ?? '', /paused sign-in for your account/);
		assert.match(first ?? '', /Try again in 5 minutes/);
		assert.equal(requests(s, 'login').length, before + 1);
		// The right password again, during the block: no request at all.
		const second = await submitPassword('alice', 'alice-pass');
		assert.match(second ?? '', /Try again in [1-5] minutes?/);
		assert.equal(requests(s, 'login').length, before + 1);
		// A personal access token still links (it never goes through login).
		await linkWithToken(s, 'alice');
		assert.match(lastText(s, 'alice'), /linked/);
	});

	test('the retry time follows Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes', async () => {
		s.server.settings.set('Block_Multiple_Failed_Logins_Time_To_Unblock_By_User_In_Minutes', 15);
		s.secrets.add('not-the-password');
		await failLogins('bea', 10, ELSEWHERE);
		assert.match((await submitPassword('bea', 'bea-pass')) ?? '', /Try again in 15 minutes/);
	});

	test('blocked for the address: nobody signs in through the app until it ends; admins learn the whitelist remedy', async () => {
		s.server.settings.set('Block_Multiple_Failed_Logins_Attempts_Until_Block_By_Ip', 3);
		s.secrets.add('not-the-password');
		await failLogins('ghost', 3);
		const before = requests(s, 'login').length;
		const bea = await submitPassword('bea', 'bea-pass');
		assert.match(bea ?? '', /paused sign-ins from its own address/);
		assert.doesNotMatch(bea ?? '', /Whitelist/);
		assert.equal(requests(s, 'login').length, before + 1);
		const admin = await submitPassword('admin', 'admin-pass');
		assert.match(admin ?? '', /paused sign-ins from its own address/);
		assert.match(admin ?? '', /Block_Multiple_Failed_Logins_Ip_Whitelist/);
		assert.equal(requests(s, 'login').length, before + 1, 'no attempt during the address block');
	});
});

describe('other refusals', () => {
	test('a deactivated user is told so', async () => {
		await s.server.seedUser({ username: 'ina', password: 'ina-pass', active: false });
		s.secrets.add('ina-pass');
		assert.match((await submitPassword('ina', 'ina-pass')) ?? '', /deactivated/);
	});

	test('an unverified e-mail is named when the server requires verified e-mail', async () => {
		s.server.settings.set('Accounts_EmailVerification', true);
		await s.server.seedUser({
			username: 'nov',
			password: 'nov-pass',
			email: 'nov@example.com',
			emailVerified: false,
		});
		s.secrets.add('nov-pass');
		assert.match((await submitPassword('nov', 'nov-pass')) ?? '', /verified e-mail address/);
	});

	test('an LDAP user is told to link with a personal access token', async () => {
		s.server.settings.set('LDAP_Enable', true);
		await s.server.seedUser({
			username: 'lee',
			password: 'lee-pass',
			email: 'lee@example.com',
			ldap: true,
		});
		s.secrets.add('lee-pass');
		const before = requests(s, 'login').length;
		const error = await submitPassword('lee', 'lee-pass');
		assert.match(error ?? '', /LDAP/);
		assert.match(error ?? '', /personal access token/);
		assert.equal(requests(s, 'login').length, before + 1);
		await linkWithToken(s, 'lee');
		assert.match(lastText(s, 'lee'), /linked/);
	});

	test('with single sign-on on, a user without a password is pointed at the token field', async () => {
		s.server.settings.set('Accounts_OAuth_Google', true);
		s.server.settings.set('SAML_Custom_Default', true);
		s.secrets.add('sso-guess-1');
		const error = (await submitPassword('sso', 'sso-guess-1')) ?? '';
		assert.match(error, /If you sign in with Google, SAML, your account has no password here/);
		assert.match(error, /token field below/);
		await linkWithToken(s, 'sso');
		assert.match(lastText(s, 'sso'), /linked/);
	});

	test('a wrong password without LDAP stays "Wrong password"', async () => {
		s.secrets.add('nope-nope');
		assert.match((await submitPassword('alice', 'nope-nope')) ?? '', /^Wrong password\.$/);
	});
});
