import { planAccountAction, planActiveUpdate, planRolesUpdate } from '../../lib/adminPlan';
import type { AdminRequest } from '../../lib/adminArgs';
import { dropsActiveAdmin, otherAdminIds, selfLockout, selfLockoutOf } from '../../lib/lastAdmin';
import type { ProfileSnapshot } from '../../lib/profile';

const actor = { id: 'A1', username: 'Root', roles: ['admin', 'user'] };

function snapshot(overrides: Partial<ProfileSnapshot>): ProfileSnapshot {
	return {
		id: 'U1',
		username: 'bob',
		name: 'Bob',
		nickname: '',
		bio: '',
		email: '',
		emailVerified: false,
		status: 'online',
		statusText: '',
		roles: ['user'],
		active: true,
		customFields: {},
		...overrides,
	} as ProfileSnapshot;
}

describe('selfLockout (before any request)', () => {
	test.each<[AdminRequest, string | undefined]>([
		[{ kind: 'roles', user: '@root', action: 'remove', roles: ['admin'] }, 'admin_self_admin_role'],
		[{ kind: 'roles', user: 'A1', action: 'set', roles: ['user'] }, 'admin_self_admin_role'],
		[{ kind: 'roles', user: 'root', action: 'add', roles: ['bot'] }, undefined],
		[{ kind: 'roles', user: 'root', action: 'set', roles: ['admin'] }, undefined],
		[{ kind: 'roles', user: 'bob', action: 'remove', roles: ['admin'] }, undefined],
		[{ kind: 'deactivate', users: ['bob', 'ROOT'] }, 'admin_self_deactivate'],
		[{ kind: 'activate', users: ['root'] }, undefined],
		[
			{
				kind: 'set',
				user: 'root',
				changes: [{ ref: { kind: 'standard', field: 'active' }, value: 'no' }],
			},
			'admin_self_deactivate',
		],
		[
			{
				kind: 'set',
				user: 'root',
				changes: [{ ref: { kind: 'standard', field: 'bio' }, value: 'no' }],
			},
			undefined,
		],
		[{ kind: 'delete', user: '@ROOT', relinquish: false }, 'admin_self_delete'],
		[{ kind: 'delete', user: 'A1', relinquish: true }, 'admin_self_delete'],
		[{ kind: 'delete', user: 'bob', relinquish: false }, undefined],
		[{ kind: 'logout', user: 'root' }, 'admin_self_logout'],
		[{ kind: 'logout', user: 'bob' }, undefined],
		[{ kind: 'reset-2fa', user: 'root', factor: 'e2e' }, 'admin_self_reset_2fa'],
		[{ kind: 'reset-2fa', user: 'bob', factor: 'totp' }, undefined],
	])('%j → %s', (request, key) => {
		expect(selfLockout(request, actor)?.key).toBe(key);
	});
});

describe('after the target was read', () => {
	const admin = snapshot({ id: 'A1', roles: ['admin', 'user'] });

	test('selfLockoutOf: deactivating or demoting oneself', () => {
		expect(selfLockoutOf(admin, planActiveUpdate(admin, false), 'A1')?.key).toBe(
			'admin_self_deactivate',
		);
		expect(selfLockoutOf(admin, planRolesUpdate(admin, ['user']), 'A1')?.key).toBe(
			'admin_self_admin_role',
		);
		expect(selfLockoutOf(admin, planRolesUpdate(admin, ['user']), 'X')).toBeUndefined();
	});

	test('dropsActiveAdmin: only an active admin deactivated or losing the role', () => {
		expect(dropsActiveAdmin(admin, planActiveUpdate(admin, false))).toBe(true);
		expect(dropsActiveAdmin(admin, planRolesUpdate(admin, ['user']))).toBe(true);
		expect(dropsActiveAdmin(admin, planRolesUpdate(admin, ['admin']))).toBe(false);
		const inactive = snapshot({ roles: ['admin'], active: false });
		expect(dropsActiveAdmin(inactive, planRolesUpdate(inactive, []))).toBe(false);
		const user = snapshot({});
		expect(dropsActiveAdmin(user, planActiveUpdate(user, false))).toBe(false);
	});

	test('otherAdminIds: the listed ids but the target', () => {
		expect(otherAdminIds({ users: [{ _id: 'A1' }, { _id: 'B2' }, {}] }, 'A1')).toEqual(['B2']);
		expect(otherAdminIds({}, 'A1')).toEqual([]);
	});
});

describe('deleting a user', () => {
	test('deleting oneself, once read, is refused; deleting an active admin drops one, an inactive one does not', () => {
		const admin = snapshot({ id: 'A1', roles: ['admin', 'user'] });
		expect(selfLockoutOf(admin, planAccountAction(admin, 'delete'), 'A1')?.key).toBe(
			'admin_self_delete',
		);
		const other = snapshot({ id: 'A2', roles: ['admin'] });
		expect(dropsActiveAdmin(other, planAccountAction(other, 'delete'))).toBe(true);
		const inactive = snapshot({ id: 'A3', roles: ['admin'], active: false });
		expect(dropsActiveAdmin(inactive, planAccountAction(inactive, 'delete'))).toBe(false);
		expect(dropsActiveAdmin(other, planAccountAction(other, 'logout'))).toBe(false);
	});
});
