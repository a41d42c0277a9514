/** `GET /api/v1/permissions.listAll` (apps/meteor/app/api/server/v1/permissions.ts). */
import type { ReferenceServer } from '../../tools/refserver';
import { apiClient, authAs, startTestServer } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
afterAll(() => server.close());

describe('permissions.listAll', () => {
	it('answers every permission with its roles to any signed-in user', async () => {
		const res = await api.get('permissions.listAll', {}, authAs(server, 'alice'));
		expect(res.status).toBe(200);
		expect(Object.keys(res.body).sort()).toEqual(['remove', 'success', 'update']);
		expect(res.body.remove).toEqual([]);
		const byId = new Map(
			(res.body.update as Array<{ _id: string; roles: string[]; _updatedAt: string }>).map(
				(permission) => [permission._id, permission],
			),
		);
		expect(byId.get('edit-other-user-password')?.roles).toEqual(['admin']);
		expect(byId.get('api-bypass-rate-limit')?.roles).toEqual(['admin', 'bot', 'app']);
		expect(typeof byId.get('assign-roles')?._updatedAt).toBe('string');
	});

	it('follows role changes, and filters by updatedSince', async () => {
		const before = new Date(Date.now() - 1000).toISOString();
		server.permissions.setRoles('edit-other-user-password', ['admin', 'moderator']);
		const res = await api.get(
			'permissions.listAll',
			{ updatedSince: before },
			authAs(server, 'alice'),
		);
		expect(res.body.update.map((permission: { _id: string }) => permission._id)).toEqual([
			'edit-other-user-password',
		]);
		expect(res.body.update[0].roles).toEqual(['admin', 'moderator']);
		const invalid = await api.get(
			'permissions.listAll',
			{ updatedSince: 'nope' },
			authAs(server, 'alice'),
		);
		expect(invalid.status).toBe(400);
		expect(invalid.body.errorType).toBe('error-roomId-param-invalid');
	});

	it('needs a signed-in user', async () => {
		expect((await api.get('permissions.listAll')).status).toBe(401);
	});
});
