/**
 * Own e-mail and password changes (PRODUCT §4): the method is worked out before writing, the proof is collected in
 * the modal, and each change costs exactly one users.updateOwnBasicInfo request — also with the newer server's
 * 1-request-per-minute limit on that endpoint.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithToken,
	openView,
	requests,
	ROOM,
	canSignIn,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario({ rateLimit: 'vn', profile: 'vn' });

function ownUpdates() {
	return requests(s, 'users.updateOwnBasicInfo');
}

describe('e-mail change, one request for each method (rate limit: 1/min)', () => {
	test('password-only user: the modal asks for the current password, sent as its SHA-256', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set email alice@wonderland.example', ROOM);
		assert.equal(ownUpdates().length, 0);
		const view = openView(s, 'alice');
		assert.match(JSON.stringify(view.view.blocks), /current password/i);
		assert.match(JSON.stringify(view.view.blocks), /cannot hide what you type/);
		await s.host.submitView('alice', view.viewId, { code: { code: 'alice-pass' } });
		assert.equal(ownUpdates().length, 1);
		assert.equal(ownUpdates()[0].status, 200);
		assert.equal(s.server.getUser('alice')?.emails?.[0].address, 'alice@wonderland.example');
		assert.equal(s.server.getUser('alice')?.emails?.[0].verified, false);
		assert.match(
			lastText(s, 'alice'),
			/e-mail: `alice@example\.com` → `alice@wonderland\.example`/,
		);
		assert.match(lastText(s, 'alice'), /not verified yet/);
		assert.equal(s.host.openView(userId(s, 'alice')), undefined);
	});

	test('TOTP user: the code from the authenticator, in the x-2fa headers', async () => {
		await linkWithToken(s, 'tom');
		await s.host.runCommand('tom', 'profile', 'set email tom@new.example', ROOM);
		const view = openView(s, 'tom');
		assert.match(JSON.stringify(view.view.blocks), /authenticator/);
		const code = s.server.totpCode('tom');
		s.secrets.add(code);
		await s.host.submitView('tom', view.viewId, { code: { code } });
		assert.equal(ownUpdates().length, 1);
		assert.equal(s.server.getUser('tom')?.emails?.[0].address, 'tom@new.example');
	});

	test('TOTP user with a backup code', async () => {
		await linkWithToken(s, 'tom');
		await s.host.runCommand('tom', 'profile', 'set email tom@backup.example', ROOM);
		const [backup] = s.server.backupCodes('tom');
		s.secrets.add(backup);
		await s.host.submitView('tom', openView(s, 'tom').viewId, { code: { code: backup } });
		assert.equal(s.server.getUser('tom')?.emails?.[0].address, 'tom@backup.example');
		assert.equal(ownUpdates().length, 1);
	});

	test('e-mail-code user: the code is mailed before the write; "send again" mails a new one', async () => {
		await linkWithToken(s, 'erin');
		await s.host.runCommand('erin', 'profile', 'set email erin@new.example', ROOM);
		assert.equal(requests(s, 'users.2fa.sendEmailCode').length, 1);
		const first = s.server.lastEmailCode('erin');
		assert.ok(first);
		const view = openView(s, 'erin');
		assert.match(JSON.stringify(view.view.blocks), /sent a code to your e-mail/);
		await s.host.blockAction('erin', {
			actionId: 'send-code-again',
			blockId: 'code-actions',
			value: view.viewId.split('--')[2],
			viewId: view.viewId,
		});
		assert.equal(requests(s, 'users.2fa.sendEmailCode').length, 2);
		assert.match(JSON.stringify(openView(s, 'erin').view.blocks), /A new code was sent/);
		const code = s.server.lastEmailCode('erin');
		assert.ok(code);
		s.secrets.add(first);
		s.secrets.add(code);
		await s.host.submitView('erin', view.viewId, { code: { code } });
		assert.equal(ownUpdates().length, 1);
		assert.equal(s.server.getUser('erin')?.emails?.[0].address, 'erin@new.example');
	});

	test('a wrong code keeps the modal open with the error under the field (rate limiter off: each submission is a write)', async () => {
		await s.server.setRateLimit('off');
		await linkWithToken(s, 'tom');
		await s.host.runCommand('tom', 'profile', 'set email tom@wrong.example', ROOM);
		const view = openView(s, 'tom');
		await s.host.submitView('tom', view.viewId, { code: { code: '000000' } });
		assert.match(openView(s, 'tom').errors.code, /not valid/);
		assert.equal(s.server.getUser('tom')?.emails?.[0].address, 'tom@example.com');
		const code = s.server.totpCode('tom');
		s.secrets.add(code);
		await s.host.submitView('tom', view.viewId, { code: { code } });
		assert.equal(s.server.getUser('tom')?.emails?.[0].address, 'tom@wrong.example');
	});

	test('too many wrong e-mail codes end the attempt with a clear message (rate limiter off: each submission is a write)', async () => {
		await s.server.setRateLimit('off');
		await linkWithToken(s, 'erin');
		await s.host.runCommand('erin', 'profile', 'set email erin@max.example', ROOM);
		const view = openView(s, 'erin');
		for (let attempt = 0; attempt < 10 && s.host.openView(userId(s, 'erin')); attempt++) {
			await s.host.submitView('erin', view.viewId, { code: { code: '111111' } });
		}
		assert.equal(s.host.openView(userId(s, 'erin')), undefined);
		assert.match(lastText(s, 'erin'), /Too many wrong codes/);
		assert.equal(s.server.getUser('erin')?.emails?.[0].address, 'erin@example.com');
	});

	test('when the server checks another factor than worked out, the modal switches to it (rate limiter off: each submission is a write)', async () => {
		await s.server.setRateLimit('off');
		s.server.settings.set('Accounts_TwoFactorAuthentication_By_Email_Enabled', false);
		await linkWithToken(s, 'erin');
		await s.host.runCommand('erin', 'profile', 'set email erin@switch.example', ROOM);
		const view = openView(s, 'erin');
		assert.match(JSON.stringify(view.view.blocks), /current password/i);
		s.server.settings.set('Accounts_TwoFactorAuthentication_By_Email_Enabled', true);
		await s.host.submitView('erin', view.viewId, { code: { code: 'erin-pass' } });
		assert.match(JSON.stringify(openView(s, 'erin').view.blocks), /sent a code/);
		const code = s.server.lastEmailCode('erin');
		assert.ok(code);
		s.secrets.add(code);
		await s.host.submitView('erin', view.viewId, { code: { code } });
		assert.equal(s.server.getUser('erin')?.emails?.[0].address, 'erin@switch.example');
	});

	test('a closed modal drops its pending change; abandoned ones expire', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'set email alice@closed.example', ROOM);
		const view = openView(s, 'alice');
		const pending = () =>
			s.host.persistence
				.records()
				.filter((record) =>
					JSON.stringify(record.associations).includes('profile-app:interaction:'),
				);
		assert.equal(pending().length, 1);
		await s.host.closeView('alice', view.viewId);
		assert.equal(pending().length, 0);
	});

	test('a user without password or 2FA method is told why the change cannot be confirmed', async () => {
		await linkWithToken(s, 'sso');
		await s.host.runCommand('sso', 'profile', 'set email sam@new.example', ROOM);
		assert.match(lastText(s, 'sso'), /has none/);
		assert.equal(ownUpdates().length, 0);
	});
});

describe('/profile password', () => {
	test('password-only user: new password twice and the current one, one request', async () => {
		await linkWithToken(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'password', ROOM);
		const view = openView(s, 'alice');
		s.secrets.add('N3w-alice-password!');
		await s.host.submitView('alice', view.viewId, {
			'new-password': { 'new-password': 'N3w-alice-password!' },
			'confirm-password': { 'confirm-password': 'different' },
			'code': { code: 'alice-pass' },
		});
		assert.match(openView(s, 'alice').errors['confirm-password'], /do not match/);
		assert.equal(ownUpdates().length, 0);
		await s.host.submitView('alice', view.viewId, {
			'new-password': { 'new-password': 'N3w-alice-password!' },
			'confirm-password': { 'confirm-password': 'N3w-alice-password!' },
			'code': { code: 'alice-pass' },
		});
		assert.equal(ownUpdates().length, 1);
		assert.match(lastText(s, 'alice'), /password was changed/);
		assert.ok(await canSignIn(s, 'alice', 'N3w-alice-password!'));
	});

	test('TOTP user: the code goes with the new password in the same request', async () => {
		await linkWithToken(s, 'tom');
		await s.host.runCommand('tom', 'profile', 'password', ROOM);
		const code = s.server.totpCode('tom');
		s.secrets.add(code);
		s.secrets.add('N3w-tom-password!');
		await s.host.submitView('tom', openView(s, 'tom').viewId, {
			'new-password': { 'new-password': 'N3w-tom-password!' },
			'confirm-password': { 'confirm-password': 'N3w-tom-password!' },
			'code': { code },
		});
		assert.equal(ownUpdates().length, 1);
		assert.match(lastText(s, 'tom'), /password was changed/);
	});
});

describe('/profile edit', () => {
	test('the form is prefilled and only changed fields are sent, in one request', async () => {
		await linkWithToken(s, 'bea');
		await s.host.runCommand('bea', 'profile', 'edit', ROOM);
		const view = openView(s, 'bea');
		const blocks = JSON.stringify(view.view.blocks);
		assert.match(blocks, /I build rockets/);
		assert.match(blocks, /Bee/);
		await s.host.submitView('bea', view.viewId, {
			'name': { name: 'Bea Bio' },
			'username': { username: 'bea' },
			'nickname': { nickname: 'Queen Bee' },
			'bio': { bio: 'I build rockets' },
			'status-text': { 'status-text': '' },
			'email': { email: 'bea@example.com' },
		});
		assert.equal(ownUpdates().length, 1);
		assert.deepEqual(ownUpdates()[0].body, { data: { nickname: 'Queen Bee' } });
		assert.match(lastText(s, 'bea'), /nickname: “Bee” → “Queen Bee”/);
	});

	test('a bad value is shown under its field; an e-mail change turns the form into the second-factor step', async () => {
		await linkWithToken(s, 'bea');
		await s.host.runCommand('bea', 'profile', 'edit', ROOM);
		const view = openView(s, 'bea');
		await s.host.submitView('bea', view.viewId, { bio: { bio: 'b'.repeat(300) } });
		assert.match(openView(s, 'bea').errors.bio, /at most 260/);
		await s.host.submitView('bea', view.viewId, {
			bio: { bio: 'Rockets and more' },
			email: { email: 'bea@new.example' },
		});
		assert.equal(ownUpdates().length, 0);
		assert.match(JSON.stringify(openView(s, 'bea').view.blocks), /current password/i);
		await s.host.submitView('bea', view.viewId, { code: { code: 'bea-pass' } });
		assert.equal(ownUpdates().length, 1);
		assert.equal(s.server.getUser('bea')?.bio, 'Rockets and more');
		assert.equal(s.server.getUser('bea')?.emails?.[0].address, 'bea@new.example');
	});
});
