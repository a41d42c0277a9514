import type { ReferenceServer } from '../../tools/refserver';
import { apiClient, authAs, startTestServer, userId } from './testClient';

let server: ReferenceServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
	server = await startTestServer();
	api = apiClient(server);
});
beforeEach(async () => {
	server.reset();
	server.setProfile('v7');
	await server.seedDefaults();
});
afterAll(() => server.close());

const setStatus = (body: unknown, as = 'alice') =>
	api.post('users.setStatus', body, authAs(server, as));
const MATCH_ERROR = {
	success: false,
	error: 'Match error: Failed Match.OneOf, Match.Maybe or Match.Optional validation',
};

describe('POST users.setStatus (V7)', () => {
	it('sets status and statusDefault, and the message (trimmed, cut to 120)', async () => {
		expect((await setStatus({ status: 'away', message: ` ${'m'.repeat(125)}` })).body).toEqual({
			success: true,
		});
		expect(server.getUser('alice')).toMatchObject({
			status: 'away',
			statusDefault: 'away',
			statusText: 'm'.repeat(120),
		});
		await setStatus({ message: '' });
		expect(server.getUser('alice')?.statusText).toBe('');
	});

	it('uses Meteor check rules', async () => {
		expect((await setStatus({})).body).toEqual(MATCH_ERROR);
		expect((await setStatus({ status: 5 })).body).toEqual(MATCH_ERROR);
		expect((await setStatus({ message: null })).body).toEqual(MATCH_ERROR);
		expect((await setStatus({ status: 'busy', extra: true })).status).toBe(200);
	});

	it('validates the status value and the invisible option', async () => {
		expect((await setStatus({ status: 'sleeping' })).body).toEqual({
			success: false,
			error: 'Valid status types include online, away, offline, and busy. [error-invalid-status]',
			errorType: 'error-invalid-status',
			details: { method: 'users.setStatus' },
		});
		server.settings.set('Accounts_AllowInvisibleStatusOption', false);
		expect((await setStatus({ status: 'offline' })).body.errorType).toBe(
			'error-status-not-allowed',
		);
	});

	it('refuses even status-only changes when status messages are locked', async () => {
		server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		expect((await setStatus({ status: 'busy' })).body).toEqual({
			success: false,
			error: 'Change status is not allowed [error-not-allowed]',
			errorType: 'error-not-allowed',
			details: { method: 'users.setStatus' },
		});
	});

	it('edits others only with edit-other-user-info', async () => {
		expect(await setStatus({ status: 'busy', username: 'bea' })).toMatchObject({
			status: 403,
			body: { success: false, error: 'unauthorized' },
		});
		expect((await setStatus({ status: 'busy', userId: userId(server, 'alice') })).status).toBe(200);
		expect((await setStatus({ status: 'busy', username: 'bea' }, 'admin')).status).toBe(200);
		expect(server.getUser('bea')?.status).toBe('busy');
		expect((await setStatus({ status: 'busy', username: 'ghost' }, 'admin')).body.error).toBe(
			'The required "userId" or "username" param provided does not match any users [error-invalid-user]',
		);
	});
});

describe('POST users.setStatus (VN)', () => {
	beforeEach(() => server.setProfile('vn'));

	it('validates the body with AJV', async () => {
		expect((await setStatus({ status: 'sleeping' })).body).toEqual({
			success: false,
			errorType: 'invalid-params',
			error: 'must be equal to one of the allowed values',
		});
		expect((await setStatus({ status: 'busy', extra: true })).body.error).toBe(
			'must NOT have additional properties',
		);
	});

	it('only checks the message setting when a message is sent', async () => {
		server.settings.set('Accounts_AllowUserStatusMessageChange', false);
		expect((await setStatus({ status: 'busy' })).status).toBe(200);
		expect((await setStatus({ message: 'hi' })).body.errorType).toBe('error-not-allowed');
	});

	it('accepts a future expiresAt only', async () => {
		const future = new Date(server.clock.now() + 60000).toISOString();
		expect((await setStatus({ status: 'busy', expiresAt: future })).status).toBe(200);
		expect((await setStatus({ status: 'busy', expiresAt: 'yesterday' })).body.errorType).toBe(
			'error-invalid-date',
		);
	});
});
