/**
 * `GET /api/v1/custom-user-status.list` (apps/meteor/app/api/server/v1/custom-user-status.ts; the server's own e2e
 * test: apps/meteor/tests/end-to-end/api/custom-user-status.ts).
 */
import { authAs, useTestServer } from './testClient';

const ref = useTestServer();

describe('custom-user-status.list', () => {
	it('any signed-in user reads every custom status, sorted by name, with count, offset and total', async () => {
		const res = await ref.api.get('custom-user-status.list', {}, authAs(ref.server, 'alice'));
		expect(res.status).toBe(200);
		const statuses = res.body.statuses as Array<Record<string, unknown>>;
		expect(statuses.map((status) => status.name)).toEqual([
			'Back soon',
			'Focus time',
			'In a call',
			'On holiday',
			'Working remotely',
		]);
		expect(statuses[3]).toMatchObject({ name: 'On holiday', statusType: 'away' });
		expect(res.body).toMatchObject({ count: 5, offset: 0, total: 5, success: true });
	});

	it('name matches case-insensitively anywhere in the name; _id exactly; count and offset page', async () => {
		const byName = await ref.api.get(
			'custom-user-status.list',
			{ name: 'HOLI' },
			authAs(ref.server, 'alice'),
		);
		expect(byName.body.statuses).toHaveLength(1);
		const id = (byName.body.statuses as Array<{ _id: string }>)[0]._id;
		const byId = await ref.api.get(
			'custom-user-status.list',
			{ _id: id },
			authAs(ref.server, 'alice'),
		);
		expect(byId.body).toMatchObject({ count: 1, total: 1 });
		const unknown = await ref.api.get(
			'custom-user-status.list',
			{ name: 'testxxx' },
			authAs(ref.server, 'alice'),
		);
		expect(unknown.body).toMatchObject({ statuses: [], count: 0, total: 0 });
		const page = await ref.api.get(
			'custom-user-status.list',
			{ count: '2', offset: '1' },
			authAs(ref.server, 'alice'),
		);
		expect(page.body).toMatchObject({ count: 2, offset: 1, total: 5 });
	});

	it('needs a signed-in user; an unknown query parameter is a 400', async () => {
		const anonymous = await ref.api.get('custom-user-status.list', {});
		expect(anonymous.status).toBe(401);
		const extra = await ref.api.get(
			'custom-user-status.list',
			{ fields: '{}' },
			authAs(ref.server, 'alice'),
		);
		expect(extra.status).toBe(400);
	});
});
