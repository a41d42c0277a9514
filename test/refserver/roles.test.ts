/** `GET /api/v1/roles.getUsersInRole` (apps/meteor/app/api/server/v1/roles.ts). */
import { authAs, useTestServer } from './testClient';

const ref = useTestServer();

describe('roles.getUsersInRole', () => {
	it('lists every holder of the role, active or not, sorted by username, without `active`', async () => {
		await ref.server.seedUser({ username: 'zed', roles: ['user', 'admin'], active: false });
		const res = await ref.api.get(
			'roles.getUsersInRole',
			{ role: 'admin' },
			authAs(ref.server, 'admin'),
		);
		expect(res.status).toBe(200);
		expect(res.body.success).toBe(true);
		const users = res.body.users as Array<Record<string, unknown>>;
		expect(users.map((user) => user.username)).toEqual(['admin', 'zed']);
		expect(res.body.total).toBe(2);
		expect(users.every((user) => !('active' in user) && !('services' in user))).toBe(true);
	});

	it('paginates with offset and count', async () => {
		const res = await ref.api.get(
			'roles.getUsersInRole',
			{ role: 'user', offset: '1', count: '2' },
			authAs(ref.server, 'admin'),
		);
		expect(res.body.users).toHaveLength(2);
		expect(res.body.total).toBeGreaterThan(2);
	});

	it('needs access-permissions', async () => {
		const res = await ref.api.get(
			'roles.getUsersInRole',
			{ role: 'admin' },
			authAs(ref.server, 'alice'),
		);
		expect(res.status).toBe(403);
		expect(res.body.error).toMatch(/error-unauthorized/);
	});

	it('needs a role that exists; a room needs view-other-user-channels', async () => {
		const missing = await ref.api.get('roles.getUsersInRole', {}, authAs(ref.server, 'admin'));
		expect(missing.status).toBe(400);
		expect(missing.body.errorType).toBe('error-param-not-provided');
		const unknown = await ref.api.get(
			'roles.getUsersInRole',
			{ role: 'nope' },
			authAs(ref.server, 'admin'),
		);
		expect(unknown.body.errorType).toBe('error-invalid-roleId');
		ref.server.permissions.setRoles('view-other-user-channels', []);
		const room = await ref.api.get(
			'roles.getUsersInRole',
			{ role: 'owner', roomId: 'GENERAL' },
			authAs(ref.server, 'admin'),
		);
		expect(room.body.errorType).toBe('error-not-allowed');
	});
});
