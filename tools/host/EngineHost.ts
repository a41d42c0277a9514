import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// First: chooses the engine package every `@rocket.chat/apps-engine` import below resolves to.
import { ENGINE } from './engine';
import { AppStatus, AppStatusUtils } from '@rocket.chat/apps-engine/definition/AppStatus';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import { AppInterface, AppMethod } from '@rocket.chat/apps-engine/definition/metadata';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type {
	IUIKitResponse,
	IUIKitSurface,
	UIKitIncomingInteraction,
} from '@rocket.chat/apps-engine/definition/uikit';
import { UIKitIncomingInteractionType } from '@rocket.chat/apps-engine/definition/uikit';
import { UIKitIncomingInteractionContainerType } from '@rocket.chat/apps-engine/definition/uikit/UIKitIncomingInteractionContainer';
import type { IUIActionButton } from '@rocket.chat/apps-engine/definition/ui';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { AppManager } from '@rocket.chat/apps-engine/server/AppManager';
import type { AppFabricationFulfillment } from '@rocket.chat/apps-engine/server/compiler';
import type { ILoggerStorageEntry } from '@rocket.chat/apps-engine/server/logging';

import { showsButton } from './actionButtonFilters';
import { findAppPackage, REPO_ROOT } from './appPackage';
import type { BridgeCall } from './BridgeRecorder';
import { BridgeRecorder } from './BridgeRecorder';
import { HostBridges } from './bridges/HostBridges';
import type { HostContext } from './bridges/HostContext';
import type { ConsoleRecord } from './ConsoleTrap';
import { ConsoleTrap } from './ConsoleTrap';
import type { HostServer } from './HostServer';
import { parseParameters } from './parseParameters';
import { toPlain } from './plain';
import type { CapturedMessage } from './state/MessageLog';
import { MessageLog } from './state/MessageLog';
import type { RegisteredCommand } from './state/CommandRegistry';
import { CommandRegistry } from './state/CommandRegistry';
import type { JobRun, ScheduledJob } from './state/JobScheduler';
import { JobScheduler } from './state/JobScheduler';
import { PersistenceStore } from './state/PersistenceStore';
import type { RoomSpec } from './state/RoomDirectory';
import { GENERAL_ROOM_ID, RoomDirectory } from './state/RoomDirectory';
import { ServerSettings } from './state/ServerSettings';
import { MemoryLogStorage, MemoryMetadataStorage, MemorySourceStorage } from './storages';
import type { CapturedInteraction, ExpiredTriggerUse, OpenModal } from './UiKitClient';
import { UiKitClient } from './UiKitClient';
import type { StoredUser } from './users';
import { makeUser } from './users';

export interface EngineHostOptions {
	/** The Rocket.Chat stand-in: users and settings are read from it live; Site_Url defaults to its url. */
	server: HostServer;
	/**
	 * The app package (path or contents); default: `$ENGINE_HOST_ZIP`, else the newest dist/*.zip. `null`: start
	 * with no app, for a scenario that installs it through the server's upload (`host.uploads`, `rc-apps deploy`).
	 */
	appPackage?: string | Buffer | null;
	/** The admin who installs the app (passed to onInstall). */
	installer?: IUser;
	/**
	 * Clock for trigger-id ages, message timestamps and the scheduler. Default: the server's clock if it
	 * has one (so advancing the reference server's clock ages trigger ids and makes jobs due), else
	 * Date.now. The app's own Date.now() inside the sandbox always reads real time.
	 */
	now?: () => number;
	/**
	 * Another server instance of the same workspace (production runs several behind a load balancer): this
	 * host shares its database (app persistence, rooms, messages), its scheduler's job collection and the
	 * users' web clients (a modal opened through one instance can be submitted through the other), while
	 * keeping its own engine, commands, processors and bridge log. Stop the hosts in reverse start order.
	 */
	shareWith?: EngineHost;
	/** One persistence store for several hosts (`shareWith` passes its own); default: a new one. */
	persistence?: PersistenceStore;
	/**
	 * The address this instance's requests reach the server from, sent as X-Real-IP; without it every request
	 * comes from the test process's loopback address, as from a single instance.
	 */
	clientAddress?: string;
	/**
	 * A stopped host whose server restarts (see `restart()`): its database (app persistence, the scheduler's job
	 * collection, rooms, messages, web clients) is this host's; its engine and the app's memory are gone.
	 */
	restartOf?: EngineHost;
}

/** A user given as an id or username on the reference server, or as a ready-made engine user. */
export type UserRef = string | IUser;

/** A room given by id (one the host knows) or as a room object. */
export type RoomRef = string | IRoom;

export interface BlockActionInput {
	actionId: string;
	blockId: string;
	value?: string;
	/** The modal the button is in. */
	viewId?: string;
	/** The message the button is in (an id from `host.messages()`). */
	messageId?: string;
	/** The room of the message; defaults to the room of the message with `messageId`. */
	room?: RoomRef;
}

/** Where an action button sits (`UIActionButtonContext`'s values). */
export type ActionButtonContext =
	| 'messageAction'
	| 'roomAction'
	| 'messageBoxAction'
	| 'userDropdownAction'
	| 'roomSideBarAction';

export interface ActionButtonInput {
	actionId: string;
	/** What the client sends as `payload.context`: the button's context (a forged click may send any). */
	context: ActionButtonContext;
	/** The room the click came from (`rid`); a message's room by default; none for the user dropdown. */
	room?: RoomRef;
	/** The message whose action menu was used (`mid`; an id from `host.messages()` or `host.postMessage`). */
	messageId?: string;
	/** The composer's text, sent with a composer-menu click. */
	text?: string;
}

/** Something went wrong inside the engine or the app. */
export interface EngineError {
	source: 'app-log' | 'console' | 'not-implemented';
	message: string;
	/** For app-log entries: the app method that logged it (executor, executeViewSubmitHandler, …). */
	method?: string;
	at: number;
}

/** The state a user has typed into a modal: `{[blockId]: {[actionId]: value}}`, as the client sends it. */
export type ViewState = Record<string, Record<string, unknown>>;

/**
 * Runs the packaged app inside the real Apps-Engine (1.42.1 with vm2, or with ENGINE=deno 1.62.0 with its Deno
 * runtime: see ./engine) and plays Rocket.Chat around it:
 * bridges backed by in-memory state and the reference server, and drivers that send slash commands and
 * UIKit interactions the way the server and web client do. One per process (the engine's AppManager is a
 * singleton), except instances of one workspace started with `shareWith` (see there).
 */
export class EngineHost {
	/** Hosts running in this process, oldest first; more than one only through `shareWith`. */
	private static running: EngineHost[] = [];

	private installed?: { id: string; info: IAppInfo };
	/** The app's persistence documents: `host.persistence.records()`. */
	readonly persistence: PersistenceStore;

	private readonly initialAppSettings = new Map<string, unknown>();
	/** 1.62 (Deno): the engine's temp folder (it links deno-runtime there); removed by stop(). */
	private tempFilePath?: string;
	/** How this host was started, for `restart()`. */
	private startOptions?: EngineHostOptions;

	private constructor(
		readonly manager: AppManager,
		private readonly context: HostContext,
		private readonly logStorage: MemoryLogStorage,
		private readonly consoleTrap: ConsoleTrap,
		private readonly previousCwd: string,
	) {
		this.persistence = context.persistence;
	}

	/** The installed app's id (throws before an upload installed it, for a host started without a package). */
	get appId(): string {
		return this.requireApp().id;
	}

	get appInfo(): IAppInfo {
		return this.requireApp().info;
	}

	/** Installs and enables the app package with the permissions its app.json declares, as an admin would. */
	static async start(options: EngineHostOptions): Promise<EngineHost> {
		if (process.env.NODE_ENV === 'test') {
			throw new Error(
				"EngineHost refuses NODE_ENV=test: the engine skips every permission check then. Run engine tests with 'npm run test:engine'.",
			);
		}
		if (EngineHost.running.length && !options.shareWith) {
			throw new Error(
				'An EngineHost is already running in this process (the AppManager is a singleton): stop() it first, or start a second instance of the same workspace with `shareWith`.',
			);
		}
		if (options.shareWith && !EngineHost.running.includes(options.shareWith)) {
			throw new Error('shareWith names a host that is not running');
		}
		// vm2 resolves the app's `require('@rocket.chat/apps-engine/...')` from the working directory.
		const previousCwd = process.cwd();
		process.chdir(REPO_ROOT);

		const { clock } = options.server;
		const now = options.now ?? (clock ? () => clock.now() : Date.now);
		if (options.restartOf && EngineHost.running.includes(options.restartOf)) {
			throw new Error('restartOf names a host that is still running: stop() it first');
		}
		const shared = options.shareWith?.context ?? options.restartOf?.context;
		const rooms = shared?.rooms ?? new RoomDirectory();
		const context: HostContext = {
			now,
			recorder: new BridgeRecorder(now),
			server: options.server,
			serverSettings: new ServerSettings(options.server),
			appUsers: new Map(),
			commands: new CommandRegistry(),
			rooms,
			messages: shared?.messages ?? new MessageLog(rooms, now),
			client: shared?.client ?? new UiKitClient(now),
			persistence: options.persistence ?? shared?.persistence ?? new PersistenceStore(),
			scheduler: new JobScheduler(now, shared?.scheduler),
			clientAddress: options.clientAddress,
		};
		const logStorage = new MemoryLogStorage();
		const consoleTrap = new ConsoleTrap(now);
		consoleTrap.install();
		// 1.62 needs a temp folder (Deno refuses to run the runtime from node_modules); 1.42.1 ignores it.
		const tempFilePath =
			ENGINE.kind === 'deno' ? mkdtempSync(join(tmpdir(), 'engine-host-')) : undefined;
		let manager: AppManager | undefined;
		try {
			const dependencies = {
				metadataStorage: new MemoryMetadataStorage(),
				logStorage,
				bridges: new HostBridges(context),
				sourceStorage: new MemorySourceStorage(),
				tempFilePath,
			};
			// The engine refuses a second AppManager while its static Instance is set; the newest one becomes it.
			resetEngineSingleton();
			manager = new AppManager(dependencies);
			await manager.load();
			const host = new EngineHost(manager, context, logStorage, consoleTrap, previousCwd);
			host.tempFilePath = tempFilePath;
			host.startOptions = options;
			if (options.appPackage !== null) {
				host.adopt(await installPackage(manager, options));
			}
			EngineHost.running.push(host);
			return host;
		} catch (error) {
			// 1.62: a Deno child keeps the process alive until unloaded.
			await manager?.unload(true).catch(() => undefined);
			consoleTrap.uninstall();
			restoreEngineSingleton();
			removeTempFolder(tempFilePath);
			process.chdir(previousCwd);
			throw error;
		}
	}

	/** Managers of the hosts running in this process, oldest first. */
	static runningManagers(): AppManager[] {
		return EngineHost.running.map((host) => host.manager);
	}

	/** This instance's address toward the server (X-Real-IP), if it has its own. */
	get clientAddress(): string | undefined {
		return this.context.clientAddress;
	}

	// ---------------------------------------------------------------- uploads

	/**
	 * What Rocket.Chat's `POST /api/apps` and `POST /api/apps/:id` do with an uploaded zip
	 * (apps/meteor/ee/server/apps/communication/rest.ts): install it disabled, then enable it; or update it
	 * in place. The reference server calls these (`server.setAppInstaller(host.uploads)`); errors the engine
	 * throws (e.g. updating an app that is not installed) reach the route, which answers them as the server does.
	 */
	readonly uploads = {
		install: async (upload: HostUpload): Promise<HostUploadOutcome> => {
			const fulfillment = await this.manager.add(upload.zip, {
				enable: false,
				user: makeUser(upload.user),
				permissionsGranted: upload.permissionsGranted,
			});
			const failed = uploadFailure(fulfillment);
			if (failed) {
				return failed;
			}
			const app = fulfillment.getApp();
			if (upload.enable) {
				await this.manager.changeStatus(app.getID(), AppStatus.MANUALLY_ENABLED);
			}
			this.adopt({ id: app.getID(), info: fulfillment.getAppInfo() });
			return uploadSuccess(fulfillment, await app.getStatus());
		},
		update: async (upload: HostUpload): Promise<HostUploadOutcome> => {
			// Like rest.ts, undefined when the upload named none (the engine's types say an array).
			const granted = upload.permissionsGranted as NonNullable<HostUpload['permissionsGranted']>;
			// 1.62 takes the updating user too (1.42.1's types only know loadApp).
			const updateOptions = { loadApp: true, user: makeUser(upload.user) };
			const fulfillment = await this.manager.update(upload.zip, granted, updateOptions);
			const failed = uploadFailure(fulfillment);
			if (failed) {
				return failed;
			}
			const app = fulfillment.getApp();
			this.adopt({ id: app.getID(), info: fulfillment.getAppInfo() });
			return uploadSuccess(fulfillment, await app.getStatus());
		},
		find: async (id: string): Promise<Record<string, unknown> | undefined> => {
			const app = this.manager.getOneById(id);
			return app && { ...app.getInfo(), status: await app.getStatus() };
		},
	};

	/** Takes `app` as the host's app: its id for the drivers, its settings as the ones reset() restores. */
	private adopt(app: { id: string; info: IAppInfo }): void {
		this.installed = app;
		this.initialAppSettings.clear();
		for (const [id, setting] of Object.entries(
			this.manager.getOneById(app.id).getStorageItem().settings,
		)) {
			this.initialAppSettings.set(id, setting.value);
		}
	}

	private requireApp(): { id: string; info: IAppInfo } {
		if (!this.installed) {
			throw new Error('No app is installed yet: upload one (host.uploads) or start with a package');
		}
		return this.installed;
	}

	// ---------------------------------------------------------------- app

	/**
	 * Installs and enables another app package beside the main one (e.g. the benchmark's floor app), with the
	 * permissions its app.json declares. Its slash commands run through `runCommand`; the UIKit drivers and the
	 * app-setting helpers keep addressing the main app.
	 */
	async installApp(appPackage: string | Buffer): Promise<{ id: string; info: IAppInfo }> {
		return installPackage(this.manager, { server: this.context.server, appPackage });
	}

	async appStatus(): Promise<AppStatus> {
		return this.manager.getOneById(this.appId).getStatus();
	}

	/** The `<slug>.bot` user the engine created at install. */
	appUser(): IUser | undefined {
		return [...this.context.appUsers.values()].find((user) => user.appId === this.appId);
	}

	/** Slash commands the app registered (enabled or not). */
	registeredCommands(): RegisteredCommand[] {
		return this.context.commands.appCommands().filter((command) => command.appId === this.appId);
	}

	appSetting(id: string): unknown {
		const setting = this.manager.getSettingsManager().getAppSetting(this.appId, id);
		return setting.value ?? setting.packageValue;
	}

	/** What an admin does in the app's settings page: the app's onPreSettingUpdate/onSettingUpdated run. */
	async setAppSetting(id: string, value: unknown): Promise<void> {
		const current = this.manager.getSettingsManager().getAppSetting(this.appId, id);
		await this.manager
			.getSettingsManager()
			.updateAppSetting(this.appId, { ...current, value } as ISetting);
	}

	/** Overrides a server setting (the reference server's own settings are read live otherwise). */
	setServerSetting(id: string, value: unknown, options: { secret?: boolean } = {}): void {
		this.context.serverSettings.set(id, value, options);
	}

	// ---------------------------------------------------------------- rooms and users

	/** A room the app can find (`getRoomReader()`) and send to. #general (id 'GENERAL') always exists. */
	createRoom(spec: RoomSpec = {}): IRoom {
		return this.context.rooms.create(spec);
	}

	room(id: string): IRoom | undefined {
		return this.context.rooms.get(id);
	}

	/** Resolves a user the way Rocket.Chat does for each request: fresh from the server's users. */
	user(ref: UserRef): IUser {
		if (typeof ref !== 'string') {
			return ref;
		}
		const stored = this.context.server.getUser(ref);
		if (!stored) {
			throw new Error(`Unknown user on the reference server: ${ref}`);
		}
		return makeUser(stored);
	}

	// ---------------------------------------------------------------- drivers

	/**
	 * Types `/<command> <args>` in a room (default #general): the argument string is split by the server's
	 * rules, a fresh trigger id is created, and this resolves once the app's executor has finished.
	 */
	async runCommand(
		userRef: UserRef,
		command: string,
		args = '',
		roomRef: RoomRef = GENERAL_ROOM_ID,
		options: { threadId?: string } = {},
	): Promise<{ triggerId: string }> {
		const user = this.user(userRef);
		const room = this.resolveRoom(roomRef);
		const name = command.replace(/^\//, '').toLowerCase().trim();
		const registered = this.context.commands.get(name);
		if (!registered?.appId || !registered.enabled) {
			throw new Error(
				`/${name} is not an enabled app command (registered: ${this.describeCommands()})`,
			);
		}
		const triggerId = this.context.client.newTrigger(user.id);
		// Rocket.Chat freezes the arguments array too, but vm2 3.12 refuses frozen arrays ("Unsafe
		// non-extensible array passed across bridge"), so only user and room are frozen here.
		const context = new SlashCommandContext(
			Object.freeze({ ...user }),
			Object.freeze({ ...room }) as IRoom,
			parseParameters(args),
			options.threadId,
			triggerId,
		);
		await this.manager.getCommandManager().executeCommand(name, context);
		return { triggerId };
	}

	/**
	 * Presses the submit button of the modal `viewId` with the given state. Like Rocket.Chat, the app gets
	 * no room. The view sent is the last one the app gave the user; it must be open unless `force` is set.
	 * The client's reaction is applied: errors/update keep the modal open, anything else closes it.
	 */
	async submitView(
		userRef: UserRef,
		viewId: string,
		state: ViewState,
		options: { force?: boolean } = {},
	): Promise<IUIKitResponse | undefined> {
		const user = this.user(userRef);
		const view = this.viewOnScreen(user, viewId, options.force);
		const triggerId = this.context.client.newTrigger(user.id);
		const response = await this.dispatch({
			type: UIKitIncomingInteractionType.VIEW_SUBMIT,
			appId: this.appId,
			triggerId,
			user,
			payload: { view: { ...view, state } },
		});
		const handled = UiKitClient.isInteraction(response)
			? this.context.client.receive(user.id, response, 'response')
			: undefined;
		if (!handled || handled.ignoredBecause || handled.type === 'modal.close') {
			this.context.client.closeModal(user.id, viewId);
		}
		return response;
	}

	/** Clicks a button (or changes an element that dispatches actions) in a modal or a message. */
	async blockAction(
		userRef: UserRef,
		input: BlockActionInput,
	): Promise<IUIKitResponse | undefined> {
		const user = this.user(userRef);
		let container: { type: UIKitIncomingInteractionContainerType; id: string };
		let room: IRoom | undefined;
		let message: IMessage | undefined;
		if (input.viewId) {
			this.viewOnScreen(user, input.viewId, false);
			container = { type: UIKitIncomingInteractionContainerType.VIEW, id: input.viewId };
			room = input.room === undefined ? undefined : this.resolveRoom(input.room);
		} else if (input.messageId) {
			const captured = this.context.messages.byId(input.messageId);
			container = { type: UIKitIncomingInteractionContainerType.MESSAGE, id: input.messageId };
			const roomRef = input.room ?? captured?.roomId;
			room = roomRef === undefined ? undefined : this.resolveRoom(roomRef);
			// Rocket.Chat loads the message from its database: ephemeral (notify) messages are not there.
			message = captured?.delivery === 'posted' ? captured.message : undefined;
		} else {
			throw new Error(
				'blockAction needs a viewId (button in a modal) or a messageId (button in a message)',
			);
		}
		const triggerId = this.context.client.newTrigger(user.id);
		const response = await this.dispatch({
			type: UIKitIncomingInteractionType.BLOCK,
			appId: this.appId,
			actionId: input.actionId,
			triggerId,
			container,
			user,
			room,
			message,
			payload: { blockId: input.blockId, value: input.value },
		});
		if (UiKitClient.isInteraction(response)) {
			this.context.client.receive(user.id, response, 'response');
		}
		return response;
	}

	/**
	 * Closes the modal (X / Cancel): the app's executeViewClosedHandler gets the view (with the state typed
	 * so far, if given) and the modal goes away. An app without that handler is not called: Rocket.Chat
	 * would call it and the engine would only print a warning, which the host would count as an error.
	 */
	async closeView(
		userRef: UserRef,
		viewId: string,
		options: { isCleared?: boolean; state?: ViewState } = {},
	): Promise<IUIKitResponse | undefined> {
		const user = this.user(userRef);
		const view = this.context.client.lastView(user.id, viewId);
		if (!view) {
			throw new Error(`The app never sent view ${viewId} to ${user.username}`);
		}
		try {
			// 1.62 has no hasMethod: it answers a missing handler itself, with a default response.
			const app = this.manager.getOneById(this.appId);
			if (typeof app.hasMethod === 'function' && !app.hasMethod(AppMethod.UIKIT_VIEW_CLOSE)) {
				return undefined;
			}
			return await this.dispatch({
				type: UIKitIncomingInteractionType.VIEW_CLOSED,
				appId: this.appId,
				user,
				payload: {
					view: { ...view, ...(options.state && { state: options.state }) },
					isCleared: options.isCleared ?? false,
				},
			});
		} finally {
			this.context.client.closeModal(user.id, viewId);
		}
	}

	/**
	 * A user posts a plain message in a room (what the app's message-action buttons act on); it is stored like a
	 * message the app posts. Returns its id.
	 */
	postMessage(userRef: UserRef, text: string, roomRef: RoomRef = GENERAL_ROOM_ID): string {
		const user = this.user(userRef);
		const room = this.resolveRoom(roomRef);
		return this.context.messages.post({
			room,
			sender: user,
			text,
			createdAt: new Date(this.context.now()),
		} as IMessage);
	}

	/**
	 * Every action button the enabled apps registered, as Rocket.Chat's `GET /api/apps/actionButtons` lists them
	 * (apps/meteor/ee/server/apps/communication/endpoints/actionButtonsHandler.ts; 1.62 answers a promise).
	 */
	async actionButtons(): Promise<IUIActionButton[]> {
		const all = await this.manager.getUIActionButtonManager().getAllActionButtons();
		return toPlain(all).filter((button: IUIActionButton) => button.appId === this.appId);
	}

	/**
	 * The buttons the web client shows this user in `context` (in `room` for the room's menus): its `when`
	 * filters (./actionButtonFilters.ts), with the user's roles and the server's permissions as they are now.
	 */
	async visibleActionButtons(
		userRef: UserRef,
		context: ActionButtonContext,
		roomRef?: RoomRef,
	): Promise<IUIActionButton[]> {
		return this.shownActionButtons(await this.actionButtons(), userRef, context, roomRef);
	}

	/** Of `buttons` (listed once with `actionButtons`), those the web client shows: see `visibleActionButtons`. */
	shownActionButtons(
		buttons: IUIActionButton[],
		userRef: UserRef,
		context: ActionButtonContext,
		roomRef?: RoomRef,
	): IUIActionButton[] {
		const user = this.user(userRef);
		const roles = user.roles ?? [];
		const room = roomRef === undefined ? undefined : this.resolveRoom(roomRef);
		const viewer = {
			roles,
			hasPermission: (permission: string) =>
				this.context.server.permissions?.has(roles, permission) ?? false,
		};
		return buttons.filter(
			(button) => button.context === context && showsButton(button, viewer, room),
		);
	}

	/**
	 * Clicks an action button as the web client does (`POST /api/apps/ui.interaction/:appId`, type `actionButton`
	 * with `rid`, `mid` and `payload.context`): the server converts the room and the message by id and checks
	 * nothing else, neither the `when` filters nor whether the user sees the room
	 * (apps/meteor/ee/server/apps/communication/uikit.ts). A modal the app opens in response reaches the client.
	 */
	async actionButton(
		userRef: UserRef,
		input: ActionButtonInput,
	): Promise<IUIKitResponse | undefined> {
		const user = this.user(userRef);
		const captured = input.messageId ? this.context.messages.byId(input.messageId) : undefined;
		const roomRef = input.room ?? captured?.roomId;
		const room = roomRef === undefined ? undefined : this.resolveRoom(roomRef);
		// Rocket.Chat loads the message from its database: ephemeral (notify) messages are not there.
		const message = captured?.delivery === 'posted' ? captured.message : undefined;
		const triggerId = this.context.client.newTrigger(user.id);
		const response = await this.dispatch({
			type: UIKitIncomingInteractionType.ACTION_BUTTON,
			appId: this.appId,
			actionId: input.actionId,
			triggerId,
			user,
			room,
			message,
			payload: {
				context: input.context,
				...(input.text !== undefined && { message: input.text }),
			},
		});
		if (UiKitClient.isInteraction(response)) {
			this.context.client.receive(user.id, response, 'response');
		}
		return response;
	}

	/** Runs the scheduler jobs due at `now` (default: the host clock). */
	async runDueJobs(now: number | Date = this.context.now()): Promise<JobRun[]> {
		return this.context.scheduler.runDue(typeof now === 'number' ? now : now.getTime());
	}

	// ---------------------------------------------------------------- what happened

	/** Messages the user would see: private ones to them, and room-wide ones in rooms they are in. */
	messages(userId: string): CapturedMessage[] {
		return this.context.messages.forUser(userId);
	}

	roomMessages(roomId: string): CapturedMessage[] {
		return this.context.messages.inRoom(roomId);
	}

	/** Every UIKit interaction addressed to the user (pushed or returned), in order, including dropped ones. */
	views(userId: string): CapturedInteraction[] {
		return this.context.client.interactions(userId);
	}

	/** The modal the user has on screen, if any. */
	openView(userId: string): OpenModal | undefined {
		return this.context.client.openModal(userId);
	}

	/**
	 * The users reloaded their web clients: no modal is on screen any more. Rocket.Chat's client keeps modals in
	 * memory only (apps/meteor/app/ui-message/client/ActionManager.ts opens them with `imperativeModal`) and sends
	 * no `viewClosed` when the page goes away, so the app is not told either (docs/server-rules.md#quirks-worth-remembering).
	 */
	forgetOpenViews(): void {
		this.context.client.forgetModals();
	}

	/** Interactions that used a trigger id older than 5 s: the real client ignored them. */
	get expiredTriggerUses(): ExpiredTriggerUse[] {
		return this.context.client.expiredTriggerUses();
	}

	scheduledJobs(): ScheduledJob[] {
		return this.context.scheduler.scheduled();
	}

	bridgeCalls(filter?: { bridge?: string; method?: string }): BridgeCall[] {
		return this.context.recorder.calls(filter);
	}

	/** The app's log, one entry per app method call (what the Logs tab shows). */
	logEntries(): ILoggerStorageEntry[] {
		return this.logStorage.all();
	}

	consoleOutput(): ConsoleRecord[] {
		return this.consoleTrap.all();
	}

	/** Error-severity app log entries, engine console errors, and calls to bridge methods the host lacks. */
	errors(): EngineError[] {
		const fromLog: EngineError[] = this.logStorage.all().flatMap((entry) =>
			entry.entries
				.filter((logEntry) => logEntry.severity === 'error')
				.map((logEntry) => ({
					source: 'app-log' as const,
					method: entry.method,
					message: logEntry.args.map(describe).join(' '),
					at: new Date(logEntry.timestamp).getTime(),
				})),
		);
		const fromConsole: EngineError[] = this.consoleTrap.all().map((record) => ({
			source: 'console' as const,
			message: `${record.level}: ${record.message}`,
			at: record.at,
		}));
		const notImplemented: EngineError[] = this.context.recorder
			.notImplementedCalls()
			.map((call) => ({
				source: 'not-implemented' as const,
				message: `${call.bridge}.${call.method} is not implemented by the host`,
				at: call.at,
			}));
		return [...fromLog, ...fromConsole, ...notImplemented].sort((a, b) => a.at - b.at);
	}

	assertNoEngineErrors(): void {
		const errors = this.errors();
		if (errors.length) {
			const list = errors.map(
				(error) => `- [${error.source}${error.method ? ` ${error.method}` : ''}] ${error.message}`,
			);
			throw new Error(`The engine reported ${errors.length} error(s):\n${list.join('\n')}`);
		}
	}

	// ---------------------------------------------------------------- lifecycle

	/**
	 * Between tests: restores app settings changed with setAppSetting, disables and enables the app (what it keeps
	 * in memory, such as its rate-limit budgets, belongs with the workspace being forgotten: a real server never
	 * wipes app persistence under a running app), then forgets captures, persistence, scheduled jobs, rooms, server
	 * setting overrides, bridge calls and logs. The app stays installed.
	 */
	async reset(): Promise<void> {
		for (const [id, value] of this.installed ? this.initialAppSettings : []) {
			const current = this.manager.getSettingsManager().getAppSetting(this.appId, id);
			if (current.value !== value) {
				await this.setAppSetting(id, value);
			}
		}
		await this.reenableApps();
		this.context.client.reset();
		this.context.messages.clear();
		this.context.persistence.clear();
		this.context.scheduler.clearJobs();
		this.context.rooms.reset();
		this.context.serverSettings.reset();
		this.context.recorder.clear();
		this.logStorage.clear();
		this.consoleTrap.clear();
	}

	/**
	 * Disables, then enables the app, so that what it keeps in memory goes with the workspace reset() forgets. Not
	 * for instances of one workspace (`shareWith`): two engines of 1.62 in one process share the engine's static
	 * instance, and the second enable finds the command still registered; their tests start fresh hosts instead.
	 */
	private async reenableApps(): Promise<void> {
		if (!this.installed || EngineHost.running.length > 1) {
			return;
		}
		await this.manager.disable(this.appId);
		await this.manager.enable(this.appId);
	}

	/**
	 * The server restarts: this engine unloads the app (Rocket.Chat keeps an app's scheduled jobs when it disables
	 * it: AppManager.disable purges with `keepScheduledJobs`), and a new engine loads the same package afresh on the
	 * same database. App persistence, scheduled jobs, rooms and messages survive; the app's memory does not. The
	 * returned host replaces this one (a single host only: not with `shareWith`).
	 */
	async restart(): Promise<EngineHost> {
		if (EngineHost.running.length > 1 || !this.startOptions) {
			throw new Error('restart() is for a single host started with EngineHost.start');
		}
		const { shareWith: _ignored, ...options } = this.startOptions;
		await this.stop();
		return EngineHost.start({ ...options, persistence: this.persistence, restartOf: this });
	}

	/** Disables and unloads the app, and frees the process for another host. */
	async stop(): Promise<void> {
		try {
			await this.manager.unload(true);
		} finally {
			this.consoleTrap.uninstall();
			removeTempFolder(this.tempFilePath);
			EngineHost.running = EngineHost.running.filter((host) => host !== this);
			restoreEngineSingleton();
			process.chdir(this.previousCwd);
		}
	}

	// ---------------------------------------------------------------- internals

	private async dispatch(
		interaction: Record<string, unknown>,
	): Promise<IUIKitResponse | undefined> {
		return this.manager
			.getListenerManager()
			.executeListener(
				AppInterface.IUIKitInteractionHandler,
				interaction as unknown as UIKitIncomingInteraction,
			);
	}

	/** The view the user is looking at; a closed one only with `force`. */
	private viewOnScreen(user: IUser, viewId: string, force = false): IUIKitSurface {
		const view = this.context.client.lastView(user.id, viewId);
		if (!view) {
			throw new Error(`The app never sent view ${viewId} to ${user.username}`);
		}
		const open = this.context.client.openModal(user.id);
		if (!force && open?.viewId !== viewId) {
			throw new Error(
				`View ${viewId} is not open for ${user.username} (open: ${
					open?.viewId ?? 'none'
				}); see host.views() for why`,
			);
		}
		return view;
	}

	private resolveRoom(ref: RoomRef): IRoom {
		if (typeof ref !== 'string') {
			return ref;
		}
		const room = this.context.rooms.get(ref);
		if (!room) {
			throw new Error(`Unknown room ${ref}: create it with host.createRoom()`);
		}
		return room;
	}

	private describeCommands(): string {
		return (
			this.registeredCommands()
				.map((command) => `/${command.command}${command.enabled ? '' : ' (disabled)'}`)
				.join(', ') || 'none'
		);
	}
}

async function installPackage(
	manager: AppManager,
	options: EngineHostOptions,
): Promise<{ id: string; info: IAppInfo }> {
	const zip = Buffer.isBuffer(options.appPackage)
		? options.appPackage
		: readFileSync(options.appPackage ?? findAppPackage());
	const { info } = await manager.getParser().unpackageApp(zip);
	const installer =
		options.installer ??
		makeUser({
			_id: 'host-installer',
			username: 'installer',
			name: 'Installer',
			roles: ['admin'],
			active: true,
		});
	// Rocket.Chat grants what the admin accepted on upload: the permissions app.json declares.
	const fulfillment = await manager.add(zip, {
		enable: true,
		user: installer,
		permissionsGranted: info.permissions,
	});
	if (fulfillment.hasStorageError() || fulfillment.hasAppUserError()) {
		throw new Error(
			`Installing ${info.name} failed: ${
				fulfillment.getStorageError() ?? JSON.stringify(fulfillment.getAppUserError())
			}`,
		);
	}
	const app = fulfillment.getApp();
	const status = await app.getStatus();
	if (!AppStatusUtils.isEnabled(status)) {
		throw new Error(
			`${info.name} did not enable: status ${status}; see the app log and the console output above`,
		);
	}
	return { id: app.getID(), info };
}

/** An app zip uploaded to the server, with what the uploader sent along. */
export interface HostUpload {
	zip: Buffer;
	/** The server's user who uploaded it (stored user document). */
	user: StoredUser;
	permissionsGranted?: IAppInfo['permissions'];
	/** Install only: enable after installing (Rocket.Chat's canEnableApp said yes). */
	enable?: boolean;
}

/** The fields Rocket.Chat's answer is built from; `failure` carries the answer's error fields. */
export type HostUploadOutcome =
	| { app: Record<string, unknown>; implemented: unknown; licenseValidation: unknown }
	| { failure: Record<string, unknown> };

function uploadFailure(fulfillment: AppFabricationFulfillment): HostUploadOutcome | undefined {
	if (fulfillment.hasStorageError()) {
		return {
			failure: {
				error: 'app_storage_error',
				status: 'storage_error',
				messages: [fulfillment.getStorageError()],
			},
		};
	}
	if (fulfillment.hasAppUserError()) {
		const appUserError = fulfillment.getAppUserError() as { message: string; username: string };
		return {
			failure: {
				error: 'app_user_error',
				status: 'app_user_error',
				messages: [appUserError.message],
				payload: { username: appUserError.username },
			},
		};
	}
	return undefined;
}

function uploadSuccess(
	fulfillment: AppFabricationFulfillment,
	status: AppStatus,
): HostUploadOutcome {
	return {
		app: { ...fulfillment.getAppInfo(), status },
		implemented: fulfillment.getImplementedInferfaces(),
		licenseValidation: fulfillment.getLicenseValidationResult(),
	};
}

/** The engine keeps its AppManager in a static; clearing it lets a later host construct a new one. */
function resetEngineSingleton(): void {
	(AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
}

/**
 * The static also answers the engine's permission checks (`getPermissionsByAppId`); with several instances
 * of one app installed alike, any running manager answers them rightly, so the newest left running takes it.
 */
function restoreEngineSingleton(): void {
	const newest = EngineHost.runningManagers().pop();
	(AppManager as unknown as { Instance?: AppManager }).Instance = newest;
}

function removeTempFolder(path: string | undefined): void {
	// Holds only the engine's symlink to deno-runtime (rm removes the link, not its target).
	if (path) {
		rmSync(path, { recursive: true, force: true });
	}
}

function describe(arg: unknown): string {
	return typeof arg === 'string' ? arg : JSON.stringify(arg);
}
