/**
 * Admin actions on another user's account, written from apps/meteor/app/api/server/v1/users.ts,
 * apps/meteor/server/methods/deleteUser.ts, apps/meteor/app/lib/server/functions/deleteUser.ts,
 * apps/meteor/app/2fa/server/functions/resetTOTP.ts, apps/meteor/server/lib/resetUserE2EKey.ts and the e2e tests
 * (apps/meteor/tests/end-to-end/api/users.ts).
 */
import { sha256Hex } from '../../tools/refserver/crypto';
import { authAs, useTestServer, userId } from './testClient';

const t = useTestServer();
const post = (route: string, body: unknown, as = 'admin', extra = {}) =>
	t.api.post(route, body, authAs(t.server, as, extra));
const adminProof = { 'x-2fa-code': sha256Hex('admin-pass'), 'x-2fa-method': 'password' };
const tokens = (username: string) => t.server.getUser(username)?.services.resume?.loginTokens ?? [];

describe('POST users.delete', () => {
	it('deletes a user named by id or username; needs delete-user (401 without)', async () => {
		const refused = await post('users.delete', { username: 'bea' }, 'alice');
		expect(refused.status).toBe(401);
		expect(refused.body).toEqual({ success: false, error: 'unauthorized' });
		const done = await post('users.delete', { userId: userId(t.server, 'bea') });
		expect(done.body).toEqual({ success: true });
		expect(t.server.getUser('bea')).toBeUndefined();
		expect((await post('users.delete', { username: 'bea' })).body.errorType).toBe(
			'error-invalid-user',
		);
		expect((await post('users.delete', {})).body.errorType).toBe('error-user-param-not-provided');
	});

	it('refuses the last holder of role admin', async () => {
		const answer = await post('users.delete', { username: 'admin' });
		expect(answer.body).toMatchObject({
			errorType: 'error-action-not-allowed',
			error: 'Leaving the app without admins is not allowed [error-action-not-allowed]',
			details: { method: 'deleteUser', action: 'Remove_last_admin' },
		});
		expect(t.server.getUser('admin')).toBeDefined();
	});

	it('rooms the user alone owns: user-last-owner naming them, until confirmRelinquish', async () => {
		const bea = userId(t.server, 'bea');
		const alice = userId(t.server, 'alice');
		t.server.rooms.add({
			_id: 'r1',
			name: 'rockets',
			t: 'c',
			subscriptions: [
				{ userId: bea, roles: ['owner'] },
				{ userId: alice, roles: [] },
			],
		});
		t.server.rooms.add({
			_id: 'r2',
			name: 'solo',
			fname: 'Solo room',
			t: 'p',
			subscriptions: [{ userId: bea, roles: ['owner'] }],
		});
		t.server.rooms.add({
			_id: 'r3',
			name: 'shared',
			t: 'c',
			subscriptions: [
				{ userId: bea, roles: ['owner'] },
				{ userId: alice, roles: ['owner'] },
			],
		});
		t.server.rooms.add({
			_id: 'd1',
			name: 'dm',
			t: 'd',
			subscriptions: [
				{ userId: bea, roles: [] },
				{ userId: alice, roles: [] },
			],
		});
		const refused = await post('users.delete', { username: 'bea' });
		expect(refused.status).toBe(400);
		expect(refused.body).toEqual({
			success: false,
			error: '[user-last-owner]',
			errorType: 'user-last-owner',
			details: { shouldBeRemoved: ['Solo room'], shouldChangeOwner: ['rockets'] },
		});
		expect(t.server.getUser('bea')).toBeDefined();
		const done = await post('users.delete', { username: 'bea', confirmRelinquish: true });
		expect(done.body).toEqual({ success: true });
		expect(t.server.rooms.findById('r1')?.subscriptions).toEqual([
			{ userId: alice, roles: ['owner'], ts: 1 },
		]);
		expect(t.server.rooms.findById('r2')).toBeUndefined();
		expect(t.server.rooms.findById('r3')?.subscriptions.map((s) => s.userId)).toEqual([alice]);
		expect(t.server.rooms.findById('d1')).toBeUndefined();
	});
});

describe('POST users.resetTOTP / users.resetE2EKey', () => {
	it('reset TOTP: the caller’s own factor every time, then the user’s TOTP and every token go', async () => {
		t.server.createPersonalAccessToken(userId(t.server, 'tom'), 'pat');
		expect(tokens('tom').length).toBe(1);
		const asked = await post('users.resetTOTP', { userId: userId(t.server, 'tom') });
		expect(asked.body).toMatchObject({
			errorType: 'totp-required',
			details: { method: 'password' },
		});
		const done = await post('users.resetTOTP', { username: 'tom' }, 'admin', adminProof);
		expect(done.body).toEqual({ success: true });
		expect(t.server.getUser('tom')?.services.totp).toBeUndefined();
		expect(tokens('tom')).toEqual([]);
		expect(
			t.server.outbox.some((mail) => mail.to === 'tom@example.com' && /TOTP/.test(mail.subject)),
		).toBe(true);
	});

	it('reset TOTP refusals: edit-other-user-totp, then the 2FA setting', async () => {
		t.server.permissions.setRoles('edit-other-user-totp', []);
		const refused = await post('users.resetTOTP', { username: 'tom' }, 'admin', adminProof);
		expect(refused.body).toMatchObject({
			errorType: 'error-not-allowed',
			error: 'Not allowed [error-not-allowed]',
		});
		t.server.permissions.reset();
		t.server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
		const off = await post('users.resetTOTP', { username: 'tom' }, 'admin', adminProof);
		expect(off.body).toMatchObject({ errorType: 'error-two-factor-not-enabled' });
		expect(t.server.getUser('tom')?.services.totp).toBeDefined();
	});

	it('reset E2E key: the user first, then edit-other-user-e2ee; keys and tokens go', async () => {
		expect(
			(await post('users.resetE2EKey', { username: 'nobody' }, 'admin', adminProof)).body.errorType,
		).toBe('error-invalid-user');
		t.server.permissions.setRoles('edit-other-user-e2ee', []);
		expect(
			(await post('users.resetE2EKey', { username: 'bea' }, 'admin', adminProof)).body.errorType,
		).toBe('error-not-allowed');
		t.server.permissions.reset();
		authAs(t.server, 'bea');
		expect(tokens('bea').length).toBe(1);
		const done = await post('users.resetE2EKey', { username: 'bea' }, 'admin', adminProof);
		expect(done.body).toEqual({ success: true });
		expect(tokens('bea')).toEqual([]);
	});
});

describe('POST users.logout', () => {
	it('logs another user out everywhere (PATs too) with logout-other-user; 401 without', async () => {
		authAs(t.server, 'bea');
		t.server.createPersonalAccessToken(userId(t.server, 'bea'), 'pat');
		const refused = await post('users.logout', { userId: userId(t.server, 'bea') }, 'alice');
		expect(refused.status).toBe(401);
		expect(tokens('bea').length).toBe(2);
		const done = await post('users.logout', { userId: userId(t.server, 'bea') });
		expect(done.body).toEqual({
			success: true,
			message: `User ${userId(t.server, 'bea')} has been logged out!`,
		});
		expect(tokens('bea')).toEqual([]);
	});

	it('validates the body (rest-typings isUserLogoutParamsPOST; AJV coerces a number to a string)', async () => {
		const answer = await post('users.logout', { userId: { $ne: null } });
		expect(answer.status).toBe(400);
		expect(answer.body.errorType).toBe('invalid-params');
	});
});
