/** `/api/info` and the app upload routes `rc-apps deploy` uses (docs/server-rules.md, "Deploying"). */
import type { AppInstaller, AppInstallRequest, ReferenceServer } from '../../tools/refserver';
import { authAs, startTestServer } from './testClient';

let server: ReferenceServer;

/** A stand-in Apps-Engine that records what the routes hand it. */
const installed = new Map<string, Record<string, unknown>>();
const received: Array<{ kind: 'install' | 'update'; request: AppInstallRequest }> = [];
const installer: AppInstaller = {
	async install(request) {
		received.push({ kind: 'install', request });
		const app = {
			id: 'app-1',
			name: 'Demo',
			status: request.enable ? 'manually_enabled' : 'initialized',
		};
		installed.set(app.id, app);
		return { app, implemented: {}, licenseValidation: { errors: {} } };
	},
	async update(request) {
		received.push({ kind: 'update', request });
		return {
			failure: { error: 'app_storage_error', status: 'storage_error', messages: ['disk full'] },
		};
	},
	async find(id) {
		return installed.get(id);
	},
};

// Starting loads the validators and hashes the seeded passwords: slow on a busy machine.
beforeAll(async () => {
	server = await startTestServer();
}, 60_000);
beforeEach(async () => {
	server.reset();
	await server.seedDefaults();
	server.setAppInstaller(installer);
	installed.clear();
	received.length = 0;
});
afterAll(() => server?.close());

function upload(
	path: string,
	headers: Record<string, string>,
	parts: Record<string, string | Blob>,
) {
	const form = new FormData();
	for (const [name, value] of Object.entries(parts)) {
		form.append(name, value);
	}
	return fetch(`${server.url}${path}`, { method: 'POST', headers, body: form });
}

const zip = () => new Blob([Buffer.from('PK-fake-zip')], { type: 'application/zip' });

describe('GET /api/info', () => {
	test('anonymous callers get the version without its patch number', async () => {
		const res = await fetch(`${server.url}/api/info`);
		expect(await res.json()).toEqual({ version: '7.10', success: true });
	});

	test('a caller with view-statistics gets the full version', async () => {
		const res = await fetch(`${server.url}/api/info`, { headers: authAs(server, 'admin') });
		expect(await res.json()).toMatchObject({ version: '7.10.0', info: { version: '7.10.0' } });
	});
});

describe('POST /api/apps', () => {
	test('an admin uploads: the file and the permissions reach the engine, enabled; the answer carries the app', async () => {
		const res = await upload('/api/apps', authAs(server, 'admin'), {
			app: zip(),
			permissions: JSON.stringify([{ name: 'slashcommand' }]),
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({
			app: { id: 'app-1', name: 'Demo', status: 'manually_enabled' },
			implemented: {},
			licenseValidation: { errors: {} },
			success: true,
		});
		expect(received).toHaveLength(1);
		expect(received[0].request.zip.toString()).toBe('PK-fake-zip');
		expect(received[0].request.permissionsGranted).toEqual([{ name: 'slashcommand' }]);
		expect(received[0].request.user.username).toBe('admin');
		expect(server.appUploads).toMatchObject([
			{ route: 'install', username: 'admin', statusCode: 200 },
		]);
	});

	test('empty or invalid permissions are passed as undefined', async () => {
		await upload('/api/apps', authAs(server, 'admin'), { app: zip(), permissions: '[]' });
		await upload('/api/apps', authAs(server, 'admin'), { app: zip(), permissions: 'not json' });
		expect(received.map((entry) => entry.request.permissionsGranted)).toEqual([
			undefined,
			undefined,
		]);
	});

	test('without a license the app is installed but not enabled', async () => {
		server.setWorkspaceLicensed(false);
		await upload('/api/apps', authAs(server, 'admin'), { app: zip() });
		expect(received[0].request.enable).toBe(false);
	});

	test('a user without manage-apps gets 403 before the upload is read', async () => {
		const res = await upload('/api/apps', authAs(server, 'alice'), { app: zip() });
		expect(res.status).toBe(403);
		expect(await res.json()).toEqual({
			success: false,
			error: 'User does not have the permissions required for this action [error-unauthorized]',
		});
		expect(received).toHaveLength(0);
		expect(server.appUploads).toHaveLength(0);
	});

	test('without credentials: 401', async () => {
		const res = await upload('/api/apps', {}, { app: zip() });
		expect(res.status).toBe(401);
	});

	test('no file, or the file in another field, is refused', async () => {
		const none = await upload('/api/apps', authAs(server, 'admin'), { permissions: '[]' });
		expect(none.status).toBe(400);
		expect(await none.json()).toMatchObject({ success: false, errorType: 'No file uploaded' });
		const other = await upload('/api/apps', authAs(server, 'admin'), { file: zip() });
		expect(await other.json()).toMatchObject({ success: false, errorType: 'invalid-field' });
		expect(received).toHaveLength(0);
	});
});

describe('/api/apps/:id', () => {
	test('GET answers 404 with the id for an unknown app, the app once installed', async () => {
		const missing = await fetch(`${server.url}/api/apps/nope`, {
			headers: authAs(server, 'admin'),
		});
		expect(missing.status).toBe(404);
		expect(await missing.json()).toEqual({
			success: false,
			error: 'No App found by the id of: nope',
		});
		await upload('/api/apps', authAs(server, 'admin'), { app: zip() });
		const found = await fetch(`${server.url}/api/apps/app-1`, { headers: authAs(server, 'admin') });
		expect(await found.json()).toMatchObject({ app: { id: 'app-1' }, success: true });
	});

	test("POST updates; the engine's failure is answered without an error field", async () => {
		const res = await upload('/api/apps/app-1', authAs(server, 'admin'), { app: zip() });
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({
			success: false,
			status: 'storage_error',
			messages: ['disk full'],
		});
		expect(received.map((entry) => entry.kind)).toEqual(['update']);
	});

	test('without a license a private app cannot be updated', async () => {
		server.setWorkspaceLicensed(false);
		const res = await upload('/api/apps/app-1', authAs(server, 'admin'), { app: zip() });
		expect(await res.json()).toEqual({ success: false, error: 'Cannot_Update_Exempt_App' });
		expect(received).toHaveLength(0);
	});
});
