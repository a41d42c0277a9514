/**
 * `npm run deploy` end to end: `rc-apps deploy` (apps-cli 1.9.0, a child process) against the reference server,
 * whose /api/apps routes hand the uploaded zip to the engine host (`server.setAppInstaller(host.uploads)`).
 * The host starts with no app: what runs afterwards is what was uploaded, the package `npm run package` built.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import { AppStatusUtils } from '@rocket.chat/apps-engine/definition/AppStatus';

import { EngineHost, findAppPackage } from '../../tools/host';
import { startReferenceServer, type Clock, type ReferenceServer } from '../../tools/refserver';
import { REPO_ROOT } from '../../tools/host/appPackage';

const APP_ID = (JSON.parse(readFileSync(join(REPO_ROOT, 'app.json'), 'utf8')) as { id: string }).id;
const PACKAGE = findAppPackage();
const PACKAGE_SHA256 = createHash('sha256').update(readFileSync(PACKAGE)).digest('hex');

let server: ReferenceServer;
let host: EngineHost;

/** `npm run deploy -- --package <zip> <rc-apps deploy flags>`, without blocking this process's servers. */
function deploy(flags: string[]): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[
				join(REPO_ROOT, 'scripts', 'deploy.mjs'),
				'--package',
				PACKAGE,
				'--url',
				server.url,
				...flags,
			],
			{ cwd: REPO_ROOT, env: { ...process.env, FORCE_COLOR: '0' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				// rc-apps wraps its error lines at the terminal width, each continued with "›".
				const output = `${stdout}${stderr}`.replace(/\s*›\s*/g, ' ').replace(/\s+/g, ' ');
				resolve({ code, output });
			},
		);
	});
}

/** The requests rc-apps made, in order, as `METHOD path status`. */
function calls(): string[] {
	return server.requestLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
}

/**
 * The server's clock stands still (tests move it with advance): rc-apps can take longer than one 30-second TOTP
 * step to reach its login on a busy machine, and the code given on its command line must still be the current one.
 */
function stoppedClock(): Clock {
	let now = Date.now();
	return {
		now: () => now,
		advance: (ms) => {
			now += ms;
		},
	};
}

before(async () => {
	server = await startReferenceServer({ bcryptRounds: 4, clock: stoppedClock() });
	await server.seedDefaults();
	await server.seedUser({
		username: 'ops',
		name: 'Ops Admin',
		password: 'ops-pass',
		email: 'ops@example.com',
		roles: ['admin', 'user'],
		totp: true,
	});
	host = await EngineHost.start({ server, appPackage: null });
	server.setAppInstaller(host.uploads);
});

afterEach(() => host.assertNoEngineErrors());

after(async () => {
	await host?.stop();
	await server?.close();
});

describe('npm run deploy (rc-apps deploy) against the reference server', () => {
	test('an admin with TOTP deploys with --code, updates with --update, and the deployed app answers', async () => {
		const install = await deploy([
			'--username',
			'ops',
			'--password',
			'ops-pass',
			'--code',
			server.totpCode('ops'),
		]);
		assert.equal(install.code, 0, install.output);
		assert.deepEqual(calls(), [
			'GET /api/info 200',
			'POST /api/v1/login 200', // rc-apps logs in twice: once to upload, once to look the app up
			'POST /api/v1/login 200',
			`GET /api/apps/${APP_ID} 404`,
			'POST /api/apps 200',
		]);
		assert.deepEqual(
			server.appUploads.map(({ route, username, sha256, statusCode }) => ({
				route,
				username,
				sha256,
				statusCode,
			})),
			[{ route: 'install', username: 'ops', sha256: PACKAGE_SHA256, statusCode: 200 }],
		);
		assert.equal(host.appId, APP_ID);
		assert.ok(AppStatusUtils.isEnabled(await host.appStatus()));

		server.requestLog.length = 0;
		const update = await deploy([
			'--username',
			'ops',
			'--password',
			'ops-pass',
			'--code',
			server.totpCode('ops'),
			'--update',
		]);
		assert.equal(update.code, 0, update.output);
		assert.ok(calls().includes(`POST /api/apps/${APP_ID} 200`), calls().join('\n'));
		assert.deepEqual(
			server.appUploads.map(({ route, sha256, statusCode }) => ({ route, sha256, statusCode })),
			[
				{ route: 'install', sha256: PACKAGE_SHA256, statusCode: 200 },
				{ route: 'update', sha256: PACKAGE_SHA256, statusCode: 200 },
			],
		);
		assert.ok(AppStatusUtils.isEnabled(await host.appStatus()));

		await host.runCommand('alice', 'profile', 'help');
		const alice = server.getUser('alice');
		assert.ok(alice);
		const [reply] = host.messages(alice._id);
		assert.match(reply?.text ?? '', /\/profile set <field> <value…>/);
	});

	test('without the 2FA code the login is refused and nothing is uploaded', async () => {
		server.requestLog.length = 0;
		const uploadsBefore = server.appUploads.length;
		const result = await deploy(['--username', 'ops', '--password', 'ops-pass']);
		assert.notEqual(result.code, 0);
		assert.match(result.output, /missing 2FA code/);
		assert.deepEqual(calls(), ['GET /api/info 200', 'POST /api/v1/login 401']);
		assert.equal(server.appUploads.length, uploadsBefore);
	});

	test('a user without manage-apps is refused with 403 and nothing is installed', async () => {
		server.requestLog.length = 0;
		const uploadsBefore = server.appUploads.length;
		const result = await deploy(['--username', 'alice', '--password', 'alice-pass']);
		assert.notEqual(result.code, 0);
		assert.match(result.output, /User does not have the permissions required for this action/);
		assert.deepEqual(calls().slice(-2), [`GET /api/apps/${APP_ID} 403`, 'POST /api/apps 403']);
		assert.equal(server.appUploads.length, uploadsBefore);
	});
});
