/** The user bridge's write (AppUserBridge#update, apps/meteor/app/apps/server/bridges/users.ts). */
import type { ReferenceServer } from '../../tools/refserver';
import { startTestServer, userId } from './testClient';

let server: ReferenceServer;

beforeAll(async () => {
	server = await startTestServer();
});
beforeEach(async () => {
	server.reset();
	await server.seedDefaults();
});
afterAll(() => server.close());

describe('updateUserFromApp', () => {
	it('a status goes through presence (status, statusDefault) with its text', () => {
		server.updateUserFromApp(userId(server, 'alice'), { statusText: 'Lunch', status: 'away' });
		expect(server.getUser('alice')).toMatchObject({
			status: 'away',
			statusDefault: 'away',
			statusText: 'Lunch',
		});
	});

	it('other fields are written as given: no setting, length or trim check', () => {
		server.settings.set('Accounts_AllowUserProfileChange', false);
		server.updateUserFromApp(userId(server, 'bea'), { bio: ` ${'b'.repeat(300)} ` });
		expect(server.getUser('bea')?.bio).toBe(` ${'b'.repeat(300)} `);
	});

	it('undefined values are skipped, an empty field list changes nothing', () => {
		const before = server.getUser('bea');
		server.updateUserFromApp(userId(server, 'bea'), { statusText: undefined, status: 'busy' });
		expect(server.getUser('bea')?.statusText).toBe(before?.statusText);
		server.updateUserFromApp(userId(server, 'bea'), {});
		expect(server.getUser('bea')?.status).toBe('busy');
	});
});
