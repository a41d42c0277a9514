/** /profile linking (PRODUCT §1): password with TOTP and e-mail codes, personal access tokens, logout, 401. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	lastText,
	linkWithPassword,
	linkWithToken,
	messages,
	openView,
	requests,
	ROOM,
	userId,
	useScenario,
} from './support/scenario';

const s = useScenario();

/** The records that hold a sign-in's password digest between its two steps. */
function signInSteps(): ReturnType<typeof s.host.persistence.records> {
	return s.host.persistence
		.records()
		.filter((record) =>
			JSON.stringify(record.associations).includes('profile-app:credential-signin'),
		);
}

/** The action ids of a view's input blocks, in order. */
function inputIds(blocks: unknown): string[] {
	return (blocks as Array<{ type: string; element?: { actionId?: string } }>)
		.filter((block) => block.type === 'input')
		.map((block) => block.element?.actionId ?? '');
}

describe('help and the unlinked user', () => {
	test('/profile and /profile help answer with the usage, privately, in the room of the command', async () => {
		const room = s.host.createRoom({ name: 'team' });
		await s.host.runCommand('alice', 'profile', '', room.id);
		await s.host.runCommand('alice', 'profile', 'help', room.id);
		const received = messages(s, 'alice');
		assert.equal(received.length, 2);
		for (const message of received) {
			assert.equal(message.delivery, 'notifyUser');
			assert.equal(message.userId, userId(s, 'alice'));
			assert.equal(message.roomId, room.id);
			assert.match(message.text ?? '', /\/profile set <field> <value…>/);
		}
		assert.equal(messages(s, 'bea').length, 0);
		assert.equal(s.server.requestLog.length, 0);
	});

	test('an unlinked user gets how to link and a button that opens the modal', async () => {
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		const [message] = messages(s, 'alice');
		assert.match(message.text ?? '', /not linked/);
		assert.equal(s.server.requestLog.length, 0);
		const button = JSON.stringify(message.blocks);
		assert.match(button, /open-link-modal/);
		await s.host.blockAction('alice', {
			actionId: 'open-link-modal',
			blockId: 'link',
			messageId: message.id,
		});
		assert.match(openView(s, 'alice').viewId, /^profile-app--link--/);
	});
});

describe('password sign-in', () => {
	test('a password-only user links with one login request; the password is never stored', async () => {
		await linkWithPassword(s, 'alice');
		const logins = requests(s, 'login');
		assert.equal(logins.length, 1);
		assert.deepEqual((logins[0].body as { user: unknown }).user, { username: 'alice' });
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'alice'), /Alice Anders/);
		assert.match(lastText(s, 'alice'), /`alice@example\.com` \(verified\)/);
	});

	test('a wrong password keeps the modal open with the error under the field', async () => {
		await s.host.runCommand('alice', 'profile', 'login', ROOM);
		const view = openView(s, 'alice');
		await s.host.submitView('alice', view.viewId, { password: { password: 'not-her-password' } });
		s.secrets.add('not-her-password');
		assert.match(openView(s, 'alice').errors.password, /Wrong password/);
	});

	test('a TOTP user: the same modal asks for the code alone, then the login succeeds', async () => {
		await s.host.runCommand('tom', 'profile', 'login', ROOM);
		const view = openView(s, 'tom');
		await s.host.submitView('tom', view.viewId, { password: { password: 'tom-pass' } });
		const codeStep = openView(s, 'tom');
		assert.equal(codeStep.viewId, view.viewId);
		assert.match(
			JSON.stringify(codeStep.view.blocks),
			/Password accepted\. Your account also uses an authenticator/,
		);
		assert.deepEqual(inputIds(codeStep.view.blocks), ['code'], 'the password is not asked again');
		assert.equal(
			signInSteps().length,
			1,
			"the accepted password's digest waits in the credential store",
		);
		const code = s.server.totpCode('tom');
		s.secrets.add(code);
		await s.host.submitView('tom', view.viewId, { code: { code } });
		assert.match(lastText(s, 'tom'), /linked/);
		assert.equal(s.host.openView(userId(s, 'tom')), undefined);
		assert.equal(requests(s, 'login').length, 2);
		assert.deepEqual(signInSteps(), [], 'the digest is gone once linked');
	});

	test('a code step left with Cancel keeps nothing: the digest goes with the modal', async () => {
		await s.host.runCommand('tom', 'profile', 'login', ROOM);
		const view = openView(s, 'tom');
		await s.host.submitView('tom', view.viewId, { password: { password: 'tom-pass' } });
		assert.equal(signInSteps().length, 1);
		await s.host.closeView('tom', view.viewId);
		assert.deepEqual(signInSteps(), []);
	});

	test('a code step older than 10 minutes asks for the password again, and links with it', async () => {
		await s.host.runCommand('tom', 'profile', 'login', ROOM);
		const view = openView(s, 'tom');
		await s.host.submitView('tom', view.viewId, { password: { password: 'tom-pass' } });
		// The app reads the real clock: the step's record is aged instead.
		const [step] = signInSteps();
		assert.ok(step?.associations);
		s.host.persistence.replaceDataOfExactMatch(
			step.appId,
			step.associations,
			{ ...(step.data as object), expiresAt: Date.now() - 1 },
			false,
		);
		await s.host.submitView('tom', view.viewId, { code: { code: s.server.totpCode('tom') } });
		const again = openView(s, 'tom');
		assert.match(JSON.stringify(again.view.blocks), /waited more than 10 minutes/);
		assert.ok(inputIds(again.view.blocks).includes('password'));
		assert.deepEqual(signInSteps(), []);
		const code = s.server.totpCode('tom');
		s.secrets.add(code);
		await s.host.submitView('tom', view.viewId, {
			password: { password: 'tom-pass' },
			code: { code },
		});
		assert.match(lastText(s, 'tom'), /linked/);
	});

	test('a TOTP user can give password and code at once: one login request', async () => {
		await s.host.runCommand('tom', 'profile', 'login', ROOM);
		const code = s.server.totpCode('tom');
		await s.host.submitView('tom', openView(s, 'tom').viewId, {
			password: { password: 'tom-pass' },
			code: { code },
		});
		assert.match(lastText(s, 'tom'), /linked/);
		assert.equal(requests(s, 'login').length, 1);
	});

	test('an e-mail-code user: the server mails a code, the modal asks for it, the login succeeds', async () => {
		await s.host.runCommand('erin', 'profile', 'login', ROOM);
		const view = openView(s, 'erin');
		await s.host.submitView('erin', view.viewId, { password: { password: 'erin-pass' } });
		assert.match(JSON.stringify(openView(s, 'erin').view.blocks), /e-mailed you/);
		const code = s.server.lastEmailCode('erin');
		assert.ok(code);
		s.secrets.add(code);
		await s.host.submitView('erin', view.viewId, { code: { code: 'nope12' } });
		assert.match(openView(s, 'erin').errors.code, /not valid/);
		assert.equal(
			signInSteps().length,
			1,
			'a wrong code keeps the step: the user tries the code again',
		);
		await s.host.submitView('erin', view.viewId, { code: { code } });
		assert.match(lastText(s, 'erin'), /linked/);
		assert.deepEqual(signInSteps(), []);
	});
});

describe('personal access tokens', () => {
	test('a token of the user is checked with /me and accepted', async () => {
		await linkWithToken(s, 'sso');
		assert.equal(requests(s, 'me').length, 1);
		await s.host.runCommand('sso', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'sso'), /Sam Sso/);
	});

	test("another user's token is refused", async () => {
		const token = s.server.createPersonalAccessToken(userId(s, 'bea'), 'bea-token');
		s.secrets.add(token);
		await s.host.runCommand('alice', 'profile', 'login', ROOM);
		const view = openView(s, 'alice');
		await s.host.submitView('alice', view.viewId, { token: { token } });
		assert.match(openView(s, 'alice').errors.token, /does not accept this token for your account/);
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'alice'), /not linked/);
	});
});

describe('logout and lost credentials', () => {
	test('logout revokes the login token on the server and forgets it', async () => {
		await linkWithPassword(s, 'alice');
		const tokensBefore = s.server.getUser('alice')?.services.resume?.loginTokens.length ?? 0;
		await s.host.runCommand('alice', 'profile', 'logout', ROOM);
		assert.match(lastText(s, 'alice'), /signed out/);
		assert.equal(requests(s, 'logout').length, 1);
		assert.equal(s.server.getUser('alice')?.services.resume?.loginTokens.length, tokensBefore - 1);
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'alice'), /not linked/);
	});

	test('a 401 makes the app forget the credential and ask to link again', async () => {
		await linkWithPassword(s, 'alice');
		s.server.faults.set('me', { kind: 'unauthorized', times: 1 });
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'alice'), /no longer accepts your link/);
		assert.match(JSON.stringify(messages(s, 'alice').at(-1)?.blocks), /open-link-modal/);
		await s.host.runCommand('alice', 'profile', 'show', ROOM);
		assert.match(lastText(s, 'alice'), /not linked/);
	});
});
