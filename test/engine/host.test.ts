import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';

import type { IHttpRequest } from '@rocket.chat/apps-engine/definition/accessors';
import { RequestMethod } from '@rocket.chat/apps-engine/definition/accessors';
import type { AppInterface } from '@rocket.chat/apps-engine/definition/metadata';
import {
	RocketChatAssociationModel,
	RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';
import type { IUIKitInteraction } from '@rocket.chat/apps-engine/definition/uikit';

import type { StoredUser } from '../../tools/host';
import {
	EngineHost,
	makeUser,
	NotImplementedError,
	parseParameters,
	TRIGGER_TIMEOUT_MS,
	UiKitClient,
} from '../../tools/host';
import { DEFAULT_HTTP_TIMEOUT_MS } from '../../tools/host/bridges/HostHttpBridge';
import { PersistenceStore } from '../../tools/host/state/PersistenceStore';
import type { ReferenceServer } from '../../tools/refserver';
import { startReferenceServer } from '../../tools/refserver';

interface EchoedRequest {
	method: string;
	url: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** Answers every request with what it received, or with a canned response for a few paths. */
async function startEchoServer(): Promise<{ url: string; close: () => void }> {
	const server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const path = new URL(request.url ?? '/', 'http://x').pathname;
			if (path === '/slow') {
				// Never answers: a request that settles can only have been aborted by its own timeout.
				return;
			}
			if (path === '/text') {
				response.setHeader('Content-Type', 'text/plain');
				response.end('{"looks":"like json"}');
				return;
			}
			if (path === '/broken-json') {
				response.setHeader('Content-Type', 'application/json; charset=utf-8');
				response.end('{not json');
				return;
			}
			const echoed: EchoedRequest = {
				method: request.method ?? '',
				url: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			response.setHeader('Content-Type', 'application/json; charset=utf-8');
			response.setHeader('X-Echo', 'yes');
			response.end(JSON.stringify(echoed));
		});
	});
	// Keep-alive sockets would hold the test process open for seconds after the last test.
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => {
			server.close();
			sockets.forEach((socket) => socket.destroy());
		},
	};
}

describe('engine host', () => {
	let host: EngineHost;
	let server: ReferenceServer;
	let echo: Awaited<ReturnType<typeof startEchoServer>>;
	let alice: string;
	let bea: string;
	let admin: string;

	before(async () => {
		[server, echo] = await Promise.all([
			startReferenceServer({ bcryptRounds: 4 }),
			startEchoServer(),
		]);
		await server.seedDefaults();
		host = await EngineHost.start({ server });
		[alice, bea, admin] = ['alice', 'bea', 'admin'].map((username) => host.user(username).id);
	});

	after(async () => {
		await host?.stop();
		await server?.close();
		echo?.close();
	});

	afterEach(async () => {
		try {
			host.assertNoEngineErrors();
		} finally {
			await host.reset();
			server.settings.reset();
		}
	});

	describe('installation', () => {
		it('installs the packaged app, enabled, with exactly the permissions app.json declares', async () => {
			assert.ok(['auto_enabled', 'manually_enabled'].includes(await host.appStatus()));
			const storageItem = host.manager.getOneById(host.appId).getStorageItem();
			assert.ok(host.appInfo.permissions?.length, 'app.json declares permissions');
			assert.deepEqual(storageItem.permissionsGranted, host.appInfo.permissions);
			assert.deepEqual(host.manager.getPermissionsById(host.appId), host.appInfo.permissions);
		});

		it('registers /profile and /admin-user and creates the <slug>.bot app user', () => {
			const commands = host.registeredCommands().map((command) => command.command);
			assert.ok(commands.includes('profile'), `registered: ${commands}`);
			assert.ok(commands.includes('admin-user'), `registered: ${commands}`);
			assert.equal(host.appUser()?.username, `${host.appInfo.nameSlug}.bot`);
		});

		it('refuses NODE_ENV=test, which turns the engine permission checks off', async () => {
			const previous = process.env.NODE_ENV;
			process.env.NODE_ENV = 'test';
			try {
				await assert.rejects(EngineHost.start({ server }), /refuses NODE_ENV=test/);
			} finally {
				process.env.NODE_ENV = previous;
			}
		});

		it('refuses to start a second host in the same process', async () => {
			await assert.rejects(EngineHost.start({ server }), /already running/);
		});
	});

	describe('slash commands', () => {
		it('/profile help answers only the user who typed it, privately, in that room', async () => {
			const room = host.createRoom({ name: 'team', memberIds: [alice, bea] });
			const { triggerId } = await host.runCommand('alice', '/profile', 'help', room.id);

			assert.ok(triggerId);
			const messages = host.messages(alice);
			assert.ok(messages.length > 0, 'alice got an answer');
			for (const message of messages) {
				assert.equal(message.delivery, 'notifyUser');
				assert.equal(message.userId, alice);
				assert.equal(message.roomId, room.id);
				assert.equal(message.senderId, host.appUser()?.id);
				assert.ok(message.text?.trim(), 'the answer has text');
			}
			assert.deepEqual(host.messages(bea), []);
		});

		it('/admin-user help answers the admin who typed it, in #general by default', async () => {
			await host.runCommand('admin', 'admin-user', 'help');

			const messages = host.messages(admin);
			assert.ok(messages.length > 0, 'the admin got an answer');
			assert.ok(
				messages.every((message) => message.roomId === 'GENERAL' && message.userId === admin),
			);
			assert.deepEqual(host.messages(alice), []);
		});

		it('refuses commands the app did not register', async () => {
			await assert.rejects(
				host.runCommand('alice', 'no-such-command'),
				/not an enabled app command/,
			);
		});
	});

	describe('bridges the app does not use', () => {
		it('throw a recorded NotImplementedError, and count as engine errors', async () => {
			const userBridge = host.manager.getBridges().getUserBridge();
			await assert.rejects(
				userBridge.doGetUserUnreadMessageCount(alice, host.appId),
				NotImplementedError,
			);

			const [call] = host.bridgeCalls({
				bridge: 'UserBridge',
				method: 'getUserUnreadMessageCount',
			});
			assert.equal(call.notImplemented, true);
			// 1.62 passes the app id as a second argument; the user is what matters.
			assert.deepEqual(call.args[0], alice);
			assert.match(
				host.errors()[0].message,
				/UserBridge\.getUserUnreadMessageCount is not implemented/,
			);
			assert.throws(() => host.assertNoEngineErrors(), /UserBridge\.getUserUnreadMessageCount/);
			await host.reset();
		});

		it('engine console warnings count as engine errors', async () => {
			const listeners = host.manager.getListenerManager();
			await listeners.executeListener(
				'NoSuchInterface' as AppInterface.IPostMessageSent,
				{} as never,
			);
			assert.deepEqual(
				host.errors().map((error) => [error.source, error.message]),
				[['console', 'warn: An invalid listener was called']],
			);
			await host.reset();
		});

		it('do not pretend to be thenables or invent symbol properties', () => {
			const livechat = host.manager.getBridges().getLivechatBridge() as unknown as Record<
				PropertyKey,
				unknown
			>;
			assert.equal(livechat.then, undefined);
			assert.equal(livechat[Symbol.toPrimitive], undefined);
			assert.equal(host.bridgeCalls({ bridge: 'LivechatBridge' }).length, 0);
		});
	});

	describe('users', () => {
		it('serves reference server users converted like Rocket.Chat does, read live', async () => {
			const userBridge = host.manager.getBridges().getUserBridge();
			const stored = await server.seedUser({
				username: 'carol',
				name: 'Carol New',
				email: 'carol@example.com',
				emailVerified: false,
				roles: ['user', 'moderator'],
				nickname: 'Caro',
				customFields: { team: 'rockets' },
			});
			const carol = await userBridge.doGetByUsername('carol', host.appId);
			assert.equal(carol.id, stored._id);
			assert.deepEqual(carol.roles, ['user', 'moderator']);
			assert.deepEqual(carol.emails, [{ address: 'carol@example.com', verified: false }]);
			assert.deepEqual(carol.customFields, { team: 'rockets' });
			assert.equal(carol.isEnabled, true);
			assert.equal('nickname' in carol, false, 'the converter does not copy nickname');
			assert.deepEqual(await userBridge.doGetById(stored._id, host.appId), carol);
		});

		it('answers undefined for unknown users, and getById does not match usernames', async () => {
			const userBridge = host.manager.getBridges().getUserBridge();
			assert.equal(await userBridge.doGetById('alice', host.appId), undefined);
			assert.equal(await userBridge.doGetByUsername('nobody', host.appId), undefined);
		});

		it('keeps only settings.preferences.language of the user settings', () => {
			const stored: StoredUser = {
				_id: 'u1',
				username: 'u1',
				type: 'user',
				active: false,
				roles: ['user'],
				settings: { preferences: { language: 'pt-BR', emailNotificationMode: 'all' } },
			};
			const user = makeUser(stored);
			assert.deepEqual(user.settings, { preferences: { language: 'pt-BR' } });
			assert.equal(user.isEnabled, false);
			assert.deepEqual(makeUser({ ...stored, settings: undefined }).settings, { preferences: {} });
		});
	});

	describe('server settings', () => {
		it('serves Site_Url as the reference server url and Accounts_* live from its settings', async () => {
			const settings = host.manager.getBridges().getServerSettingBridge();
			const read = async (id: string) => (await settings.doGetOneById(id, host.appId)).value;
			assert.equal(await read('Site_Url'), server.url);
			assert.equal(await read('Accounts_TwoFactorAuthentication_Enabled'), true);
			server.settings.set('Accounts_TwoFactorAuthentication_Enabled', false);
			assert.equal(await read('Accounts_TwoFactorAuthentication_Enabled'), false);
			host.setServerSetting('Site_Url', 'http://chat.example.com');
			assert.equal(await read('Site_Url'), 'http://chat.example.com');
		});

		it('throws "not readable" for unknown and secret settings, like Rocket.Chat', async () => {
			const settings = host.manager.getBridges().getServerSettingBridge();
			await assert.rejects(
				settings.doGetOneById('No_Such_Setting', host.appId),
				/The setting "No_Such_Setting" is not readable/,
			);
			host.setServerSetting('Some_Secret', 'x', { secret: true });
			await assert.rejects(settings.doGetOneById('Some_Secret', host.appId), /not readable/);
		});
	});

	describe('persistence', () => {
		const user = (id: string) =>
			new RocketChatAssociationRecord(RocketChatAssociationModel.USER, id);
		const misc = (id: string) =>
			new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, id);

		it('reads and removes with $all semantics, updates by the exact association array', async () => {
			const persistence = host.manager.getBridges().getPersistenceBridge();
			const { appId } = host;
			await persistence.doCreateWithAssociations({ n: 1 }, [user('a'), misc('pending')], appId);
			await persistence.doCreateWithAssociations({ n: 2 }, [user('a')], appId);

			assert.deepEqual(await persistence.doReadByAssociations([user('a')], appId), [
				{ n: 1 },
				{ n: 2 },
			]);
			assert.deepEqual(
				await persistence.doReadByAssociations([misc('pending'), user('a')], appId),
				[{ n: 1 }],
			);
			assert.deepEqual(await persistence.doReadByAssociations([], appId), []);

			// Same associations in the other order: no exact match, so upsert creates a third record.
			await persistence.doUpdateByAssociations([misc('pending'), user('a')], { n: 3 }, true, appId);
			assert.equal(host.persistence.records().length, 3);
			// Exact order: replaces the data of the first record.
			await persistence.doUpdateByAssociations(
				[user('a'), misc('pending')],
				{ n: 4 },
				false,
				appId,
			);
			assert.deepEqual(
				host.persistence.records().map((record) => record.data),
				[{ n: 4 }, { n: 2 }, { n: 3 }],
			);
			// No match and no upsert: nothing is created.
			await persistence.doUpdateByAssociations([misc('other')], { n: 5 }, false, appId);
			assert.equal(host.persistence.records().length, 3);

			assert.deepEqual(await persistence.doRemoveByAssociations([misc('pending')], appId), [
				{ n: 4 },
				{ n: 3 },
			]);
			assert.equal(await persistence.doRemoveByAssociations([misc('pending')], appId), undefined);
			assert.deepEqual(host.persistence.records(), [
				{
					_id: host.persistence.records()[0]._id,
					appId,
					associations: [{ model: 'user', id: 'a' }],
					data: { n: 2 },
				},
			]);
		});

		it('keeps the index in step with every write, per app', () => {
			const store = new PersistenceStore();
			const u = (id: string) => ({ model: 'user', id });
			const m = (id: string) => ({ model: 'misc', id });
			const first = store.insert('app-1', { n: 1 }, [u('a'), m('x')]);
			store.insert('app-2', { n: 2 }, [u('a'), m('x')]);
			store.insert('app-1', { n: 3 }, [m('x'), m('x')]);
			store.insert('app-1', { n: 4 });
			store.insert('app-1', { n: 5 }, []);

			// Another app's record with the same associations never matches; a repeated association counts once.
			assert.deepEqual(store.findDataContainingAll('app-1', [m('x')]), [{ n: 1 }, { n: 3 }]);
			assert.deepEqual(store.findDataContainingAll('app-1', [u('a'), u('a')]), [{ n: 1 }]);
			assert.deepEqual(store.findDataContainingAll('app-1', [u('b')]), []);
			assert.equal(store.removeById('app-2', first), undefined);
			// The exact empty array matches only a record stored with an empty array, not one without any.
			store.replaceDataOfExactMatch('app-1', [], { n: 6 }, false);
			assert.deepEqual(
				store.records().map((record) => record.data),
				[{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 6 }],
			);

			// A removed record leaves every bucket it was in; a later insert is found again, in order.
			assert.deepEqual(store.removeById('app-1', first), { n: 1 });
			assert.deepEqual(store.findDataContainingAll('app-1', [u('a')]), []);
			assert.deepEqual(store.findDataContainingAll('app-2', [u('a')]), [{ n: 2 }]);
			store.insert('app-1', { n: 7 }, [u('a'), m('x')]);
			assert.deepEqual(store.findDataContainingAll('app-1', [m('x')]), [{ n: 3 }, { n: 7 }]);
			store.purge('app-1');
			assert.deepEqual(store.findDataContainingAll('app-1', [m('x')]), []);
			assert.deepEqual(store.findDataContainingAll('app-2', [m('x')]), [{ n: 2 }]);
		});

		it('keeps Dates, reads by id, and refuses update(id) like Rocket.Chat', async () => {
			const persistence = host.manager.getBridges().getPersistenceBridge();
			const createdAt = new Date('2026-01-02T03:04:05Z');
			const id = await persistence.doCreate({ createdAt }, host.appId);
			assert.deepEqual(await persistence.doReadById(id, host.appId), { createdAt });
			await assert.rejects(
				persistence.doUpdate(id, { x: 1 }, false, host.appId),
				/^Error: Not implemented\.$/,
			);
			assert.deepEqual(await persistence.doRemove(id, host.appId), { createdAt });
			assert.equal(await persistence.doReadById(id, host.appId), undefined);
		});
	});

	describe('scheduler', () => {
		it('runs due jobs only when asked, with the job data plus jobId', async () => {
			const scheduler = host.manager.getBridges().getSchedulerBridge();
			const seen: Array<Record<string, unknown>> = [];
			const name = `test-processor_${host.appId}`;
			await scheduler.doRegisterProcessors(
				[
					{
						id: name,
						processor: async (context: Record<string, unknown>) => void seen.push(context),
					},
				],
				host.appId,
			);
			const now = server.clock.now();
			const jobId = await scheduler.doScheduleOnce(
				{ id: name, when: new Date(now + 60_000), data: { userId: alice } },
				host.appId,
			);
			await scheduler.doScheduleRecurring(
				{ id: name, interval: '10 seconds', skipImmediate: true, data: { tick: true } },
				host.appId,
			);

			assert.deepEqual(await host.runDueJobs(now), []);
			const runs = await host.runDueJobs(now + 60_000);
			assert.equal(runs.length, 2);
			assert.ok(runs.every((run) => run.ok));
			assert.deepEqual(
				seen.find((context) => context.userId),
				{ userId: alice, jobId },
			);
			assert.equal(
				host.scheduledJobs().length,
				1,
				'the one-time job is gone, the recurring one stays',
			);

			await scheduler.doCancelAllJobs(host.appId);
			assert.deepEqual(host.scheduledJobs(), []);
		});
	});

	describe('UIKit and trigger ids', () => {
		it('flags a modal opened with a trigger id older than 5 s: the client ignores it', async () => {
			const { triggerId } = await host.runCommand('alice', 'profile', 'help');
			server.clock.advance(TRIGGER_TIMEOUT_MS + 1000);
			const interaction = {
				type: 'modal.open',
				triggerId,
				appId: host.appId,
				view: {
					appId: host.appId,
					id: 'late-modal',
					type: 'modal',
					title: { type: 'plain_text', text: 'Late' },
					blocks: [],
				},
			} as unknown as IUIKitInteraction;
			await host.manager
				.getBridges()
				.getUiInteractionBridge()
				.doNotifyUser(host.user('alice'), interaction, host.appId);

			assert.equal(host.openView(alice), undefined);
			assert.equal(host.views(alice)[0].ignoredBecause, 'expired-trigger');
			assert.equal(host.expiredTriggerUses.length, 1);
			assert.equal(host.expiredTriggerUses[0].viewId, 'late-modal');
			assert.ok(host.expiredTriggerUses[0].ageMs > TRIGGER_TIMEOUT_MS);
		});
	});

	describe('HTTP bridge', () => {
		type Call = { method?: RequestMethod; path?: string; request?: IHttpRequest; url?: string };
		const call = ({ method = RequestMethod.POST, path = '/echo', request = {}, url }: Call) =>
			host.manager
				.getBridges()
				.getHttpBridge()
				.doCall({ appId: host.appId, method, url: url ?? `${echo.url}${path}`, request });
		const echoed = (response: { data?: unknown }) => response.data as EchoedRequest;

		it('sends `content` as is, even when `data` is given too', async () => {
			const response = await call({
				request: {
					content: 'raw body',
					data: { ignored: true },
					headers: { 'Content-Type': 'text/plain' },
				},
			});
			assert.equal(echoed(response).body, 'raw body');
			assert.equal(echoed(response).headers['content-type'], 'text/plain');
		});

		it('sends an object `data` as JSON with the JSON content type forced', async () => {
			const response = await call({
				request: { data: { name: 'Alice' }, headers: { 'content-type': 'text/plain' } },
			});
			assert.deepEqual(JSON.parse(echoed(response).body), { name: 'Alice' });
			assert.equal(echoed(response).headers['content-type'], 'application/json');
		});

		it('puts non-empty `params` in the query string for GET and when there is a body', async () => {
			const get = await call({
				method: RequestMethod.GET,
				request: { params: { q: 'a b', empty: '' } },
			});
			assert.equal(echoed(get).url, '/echo?q=a+b');
			const post = await call({ request: { params: { q: '1' }, data: { x: 1 } } });
			assert.equal(echoed(post).url, '/echo?q=1');
		});

		it('turns `params` into a form body for a POST without content', async () => {
			const response = await call({ request: { params: { a: '1', b: 'two' } } });
			assert.equal(echoed(response).url, '/echo');
			assert.equal(echoed(response).body, 'a=1&b=two');
			assert.equal(echoed(response).headers['content-type'], 'application/x-www-form-urlencoded');
		});

		it('upper-cases the method, as node-fetch does (PATCH included)', async () => {
			const response = await call({ method: RequestMethod.PATCH, request: { data: { x: 1 } } });
			assert.equal(echoed(response).method, 'PATCH');
			assert.equal(echoed(response).body, '{"x":1}');
		});

		it('never sends a body with GET', async () => {
			const response = await call({ method: RequestMethod.GET, request: { content: 'dropped' } });
			assert.equal(echoed(response).body, '');
		});

		it('sends `auth` as Basic authorization', async () => {
			const response = await call({ request: { auth: 'user:secret' } });
			assert.equal(
				echoed(response).headers.authorization,
				`Basic ${Buffer.from('user:secret').toString('base64')}`,
			);
		});

		it('answers {url, method, statusCode, headers, content, data}', async () => {
			const response = await call({ method: RequestMethod.GET });
			assert.equal(response.url, `${echo.url}/echo`);
			assert.equal(response.method, 'get', 'the method as the app gave it');
			assert.equal(response.statusCode, 200);
			assert.equal(response.headers?.['x-echo'], 'yes');
			assert.equal(typeof response.content, 'string');
			assert.deepEqual(response.data, JSON.parse(response.content ?? ''));
		});

		it('parses data only for a JSON content type, and to null when it does not parse', async () => {
			const text = await call({ method: RequestMethod.GET, path: '/text' });
			assert.equal(text.content, '{"looks":"like json"}');
			assert.equal(text.data, null);
			const broken = await call({ method: RequestMethod.GET, path: '/broken-json' });
			assert.equal(broken.content, '{not json');
			assert.equal(broken.data, null);
		});

		it('returns a Buffer when `encoding` is null', async () => {
			const response = await call({
				method: RequestMethod.GET,
				path: '/text',
				request: { encoding: null },
			});
			assert.ok(Buffer.isBuffer(response.content));
			assert.equal(response.data, undefined);
		});

		it('rejects after `timeout` ms, like node-fetch on Rocket.Chat', async () => {
			await assert.rejects(
				call({ method: RequestMethod.GET, path: '/slow', request: { timeout: 100 } }),
				{
					name: 'AbortError',
					message: 'The user aborted a request.',
				},
			);
		});

		it('rejects when the server is unreachable', async () => {
			const closed = createServer();
			await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
			const { port } = closed.address() as AddressInfo;
			await new Promise<void>((resolve) => closed.close(() => resolve()));
			await assert.rejects(call({ url: `http://127.0.0.1:${port}/`, request: { timeout: 1000 } }), {
				name: 'FetchError',
				message: new RegExp(
					`^request to http://127\\.0\\.0\\.1:${port}/ failed, reason: .*ECONNREFUSED`,
				),
			});
		});

		it('defaults the timeout to 3 minutes', () => {
			assert.equal(DEFAULT_HTTP_TIMEOUT_MS, 180_000);
		});
	});
});

describe('parseParameters (Rocket.Chat argument splitting)', () => {
	it('splits on whitespace and groups quoted words', () => {
		assert.deepEqual(parseParameters('set  name "Jane  Doe"'), ['set', 'name', 'Jane  Doe']);
		assert.deepEqual(parseParameters("set bio 'I build rockets'"), [
			'set',
			'bio',
			'I build rockets',
		]);
		assert.deepEqual(parseParameters('f1=v1 f2="v 2"'), ['f1=v1', 'f2=v 2']);
	});

	it('separates adjacent quoted groups, unescapes \\" once quotes are used, ignores blank input', () => {
		assert.deepEqual(parseParameters('"a""b"'), ['a', 'b']);
		assert.deepEqual(parseParameters('set name "Jane \\"JD\\" Doe"'), [
			'set',
			'name',
			'Jane "JD" Doe',
		]);
		// Without any quoted group Rocket.Chat returns the words untouched, backslashes included.
		assert.deepEqual(parseParameters('say \\"hi\\"'), ['say', '\\"hi\\"']);
		assert.deepEqual(parseParameters('   '), []);
		assert.deepEqual(parseParameters('line\none\ttab'), ['line', 'one', 'tab']);
	});
});

describe('UiKitClient (the simulated web client)', () => {
	let now = 0;
	const view = (id: string) => ({
		id,
		appId: 'app',
		type: 'modal',
		title: { type: 'plain_text', text: id },
		blocks: [],
	});

	it('accepts an interaction once per trigger id, from the same user, within 5 s', () => {
		const client = new UiKitClient(() => now);
		const trigger = client.newTrigger('u1');
		assert.equal(
			client.receive(
				'u2',
				{ type: 'modal.open', triggerId: trigger, view: view('v') as never },
				'bridge',
			).ignoredBecause,
			'other-user',
		);
		assert.equal(
			client.receive(
				'u1',
				{ type: 'modal.open', triggerId: trigger, view: view('v') as never },
				'bridge',
			).ignoredBecause,
			undefined,
		);
		assert.equal(client.openModal('u1')?.viewId, 'v');
		assert.equal(
			client.receive(
				'u1',
				{ type: 'modal.update', triggerId: trigger, view: view('v') as never },
				'bridge',
			).ignoredBecause,
			'trigger-already-used',
		);
		assert.equal(
			client.receive(
				'u1',
				{ type: 'modal.open', triggerId: 'forged', view: view('w') as never },
				'bridge',
			).ignoredBecause,
			'unknown-trigger',
		);
	});

	it('shows errors on the open modal and drops updates for views that are not open', () => {
		const client = new UiKitClient(() => now);
		client.receive(
			'u1',
			{ type: 'modal.open', triggerId: client.newTrigger('u1'), view: view('v') as never },
			'bridge',
		);
		client.receive(
			'u1',
			{
				type: 'errors',
				triggerId: client.newTrigger('u1'),
				viewId: 'v',
				errors: { code: 'Wrong code' },
			},
			'response',
		);
		assert.deepEqual(client.openModal('u1')?.errors, { code: 'Wrong code' });
		const update = client.receive(
			'u1',
			{ type: 'modal.update', triggerId: client.newTrigger('u1'), view: view('other') as never },
			'bridge',
		);
		assert.equal(update.ignoredBecause, 'no-such-view');
		assert.equal(client.openModal('u1')?.viewId, 'v');
	});

	it('drops interactions whose trigger id is older than 5 s and records them', () => {
		now = 1000;
		const client = new UiKitClient(() => now);
		const trigger = client.newTrigger('u1');
		now += TRIGGER_TIMEOUT_MS + 1;
		const captured = client.receive(
			'u1',
			{ type: 'modal.open', triggerId: trigger, view: view('v') as never },
			'bridge',
		);
		assert.equal(captured.ignoredBecause, 'expired-trigger');
		assert.equal(client.openModal('u1'), undefined);
		assert.deepEqual(client.expiredTriggerUses(), [
			{
				userId: 'u1',
				source: 'bridge',
				type: 'modal.open',
				triggerId: trigger,
				viewId: 'v',
				ageMs: TRIGGER_TIMEOUT_MS + 1,
			},
		]);
	});
});
