import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import type { IUIActionButton } from '@rocket.chat/apps-engine/definition/ui';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import type {
	ActionButtonRequest,
	BlockActionRequest,
	CloseViewRequest,
	CommandRequest,
	LanguageRequest,
	PageEngineError,
	PlaygroundState,
	PlaygroundStatus,
	SubmitViewRequest,
} from '../shared/api';
import { EngineHost, GENERAL_ROOM_ID } from '../../tools/host';
import { DEFAULT_USERS, startReferenceServer } from '../../tools/refserver';
import type { Profile, RateLimitProfile, ReferenceServer } from '../../tools/refserver';
import { parseCommandLine } from './commandLine';
import { describeError, PlaygroundError } from './errors';
import { isPortOpen } from './portCheck';
import type { SeededUser } from './snapshot';
import { buildState } from './snapshot';
import { SeededPasswordCheck } from './seededPasswords';

export interface PlaygroundOptions {
	/** The packaged app (dist/<slug>_<version>.zip). */
	zipPath: string;
	profile?: Profile;
	rateLimit?: RateLimitProfile;
	/** bcrypt cost of the reference server (10 like Rocket.Chat; tests use 4 to be quick). */
	bcryptRounds?: number;
}

type Listener = () => void;

const REPO_ROOT = join(__dirname, '..', '..');
const ENGINE_VERSION = (
	JSON.parse(readFileSync(require.resolve('@rocket.chat/apps-engine/package.json'), 'utf8')) as {
		version: string;
	}
).version;
const JOB_INTERVAL_MS = 1000;
const HEALTH_INTERVAL_MS = 2000;

/**
 * The reference server with the seeded users, plus the packaged app running inside the real Apps-Engine.
 * Everything the page can do goes through here; every change is announced to `onChange` listeners.
 * A failure to start, or a crash later, is kept in `status` so the page can show it.
 */
export class Playground {
	private server?: ReferenceServer;
	private host?: EngineHost;
	private seeded: SeededUser[] = [];
	/** The app's action buttons, listed once the app runs (the engine takes them when the app is enabled). */
	private actionButtons: IUIActionButton[] = [];
	private readonly passwords = new SeededPasswordCheck(() => this.changed());
	private status: PlaygroundStatus = { phase: 'starting', message: 'Starting…' };
	private readonly listeners = new Set<Listener>();
	private readonly playgroundErrors: PageEngineError[] = [];
	private readonly timers: NodeJS.Timeout[] = [];
	private stopped = false;
	private pageLoads = 0;

	constructor(private readonly options: PlaygroundOptions) {}

	/** Starts the reference server and the engine; resolves with the final status (never rejects). */
	async start(): Promise<PlaygroundStatus> {
		try {
			this.setStatus({ phase: 'starting', message: 'Starting the reference server…' });
			const server = await startReferenceServer({
				profile: this.options.profile ?? 'v7',
				rateLimit: this.options.rateLimit ?? 'v7',
				bcryptRounds: this.options.bcryptRounds ?? 10,
			});
			this.server = server;
			await this.seed();
			this.setStatus({
				phase: 'starting',
				message: `Loading ${relative(
					REPO_ROOT,
					this.options.zipPath,
				)} into the Apps-Engine ${ENGINE_VERSION} (15–30 s)…`,
				referenceServer: this.describeServer(true),
			});
			const started = Date.now();
			const host = await EngineHost.start({
				server,
				appPackage: readFileSync(this.options.zipPath),
			});
			this.host = host;
			this.actionButtons = await host.actionButtons();
			if (this.stopped) {
				await this.stop();
				return this.status;
			}
			this.setStatus({
				phase: 'ready',
				message: `${host.appInfo.name} ${host.appInfo.version} is running in the Apps-Engine ${ENGINE_VERSION}.`,
				app: {
					id: host.appId,
					name: host.appInfo.name,
					version: host.appInfo.version,
					zip: relative(REPO_ROOT, this.options.zipPath),
					engineVersion: ENGINE_VERSION,
				},
				referenceServer: this.describeServer(true),
				engineStartMs: Date.now() - started,
			});
			this.startTimers();
		} catch (error) {
			this.setStatus({
				...this.status,
				phase: 'failed',
				message: `The playground could not start: ${describeError(error)}`,
				details: error instanceof Error ? error.stack : undefined,
			});
		}
		return this.status;
	}

	/** Called for an uncaught exception: the engine may be in any state now, so no more actions run. */
	reportCrash(error: unknown): void {
		this.setStatus({
			...this.status,
			phase: 'crashed',
			message: `The engine host crashed: ${describeError(error)}. Restart \`npm start\`.`,
			details: error instanceof Error ? error.stack : undefined,
		});
	}

	/** The app's icon as a data URL (from the package), once the app is loaded. */
	appIconDataUrl(): string | undefined {
		return this.host?.appInfo.iconFileContent;
	}

	getStatus(): PlaygroundStatus {
		return this.status;
	}

	/** The reference server (for tests and screenshots). */
	referenceServer(): ReferenceServer {
		if (!this.server) {
			throw new PlaygroundError(503, 'The reference server is not running yet.');
		}
		return this.server;
	}

	state(userRef?: string): PlaygroundState {
		return buildState({
			status: this.status,
			server: this.server,
			host: this.host,
			seeded: this.seeded,
			actionButtons: this.actionButtons,
			userRef,
			playgroundErrors: this.playgroundErrors,
			pageLoads: this.pageLoads,
			seededPasswordWorks: (seed, hash) => this.passwords.works(seed, hash),
		});
	}

	onChange(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	// ---------------------------------------------------------------- what the page does

	async runCommand(request: CommandRequest): Promise<void> {
		const host = this.readyHost();
		if (!request.text.trimStart().startsWith('/')) {
			// A plain message, stored in #general: what the app's message-action buttons act on.
			await this.act(async () => {
				host.postMessage(this.userId(request.userId), request.text.trim(), GENERAL_ROOM_ID);
			});
			return;
		}
		const { command, args } = parseCommandLine(request.text);
		const commands = host.registeredCommands().filter((registered) => registered.enabled);
		if (!commands.some((registered) => registered.command === command)) {
			const known = commands.map((registered) => `/${registered.command}`).join(', ');
			throw new PlaygroundError(
				400,
				`/${command} is not an enabled app command (the app has ${known})`,
			);
		}
		await this.act(() =>
			host.runCommand(this.userId(request.userId), command, args, GENERAL_ROOM_ID),
		);
	}

	async submitView(request: SubmitViewRequest): Promise<IUIKitResponse | undefined> {
		const host = this.readyHost();
		this.requireOpenView(request.userId, request.viewId);
		return this.act(() =>
			host.submitView(this.userId(request.userId), request.viewId, request.state),
		);
	}

	async closeView(request: CloseViewRequest): Promise<void> {
		const host = this.readyHost();
		this.requireOpenView(request.userId, request.viewId);
		await this.act(() =>
			host.closeView(this.userId(request.userId), request.viewId, { state: request.state }),
		);
	}

	async blockAction(request: BlockActionRequest): Promise<void> {
		const host = this.readyHost();
		if (request.viewId) {
			this.requireOpenView(request.userId, request.viewId);
		}
		await this.act(() =>
			host.blockAction(this.userId(request.userId), {
				actionId: request.actionId,
				blockId: request.blockId,
				value: request.value,
				viewId: request.viewId,
				messageId: request.messageId,
			}),
		);
	}

	/**
	 * A click on one of the app's action buttons, as the web client sends it: from #general, or without a room
	 * from the user menu; a message's menu sends its message.
	 */
	async actionButton(request: ActionButtonRequest): Promise<void> {
		const host = this.readyHost();
		await this.act(() =>
			host.actionButton(this.userId(request.userId), {
				actionId: request.actionId,
				context: request.context,
				room: request.context === 'userDropdownAction' ? undefined : GENERAL_ROOM_ID,
				messageId: request.messageId,
				text: request.text,
			}),
		);
	}

	/** A personal access token, as the user would create one in My Account (for linking the SSO user). */
	createPersonalAccessToken(userId: string): string {
		this.readyHost();
		const token = this.referenceServer().createPersonalAccessToken(
			this.userId(userId),
			`playground-${Date.now()}`,
		);
		this.changed();
		return token;
	}

	/** The user's Rocket.Chat language, as My Account → Preferences saves it ('' = the workspace default). */
	setLanguage(request: LanguageRequest): void {
		this.readyHost();
		this.referenceServer().setUserLanguage(this.userId(request.userId), request.language);
		this.changed();
	}

	/**
	 * The page was (re)loaded. It plays every user's web client, and Rocket.Chat's client loses its modals on a
	 * reload without telling the app: so no modal stays on screen, and a modal the old page showed cannot block
	 * the new one. What the app opens next shows as usual.
	 */
	pageOpened(): void {
		this.pageLoads++;
		this.host?.forgetOpenViews();
		this.changed();
	}

	/**
	 * Lets `minutes` pass on the reference server's clock, which the scheduler follows, and runs the jobs that made
	 * due (a timed status comes back, queued changes land). The app's own clock stays the real one.
	 */
	async advanceClock(minutes: number): Promise<void> {
		const host = this.readyHost();
		await this.act(async () => {
			this.referenceServer().clock.advance(minutes * 60_000);
			await host.runDueJobs();
		});
	}

	/** Back to the seeded users and a freshly installed-looking app: no links, messages or requests. */
	async reset(): Promise<void> {
		const host = this.readyHost();
		await this.act(async () => {
			this.referenceServer().reset();
			await this.seed();
			await host.reset();
			this.playgroundErrors.length = 0;
		});
	}

	async stop(): Promise<void> {
		if (this.stopped && !this.host && !this.server) {
			return;
		}
		this.stopped = true;
		for (const timer of this.timers) {
			clearInterval(timer);
		}
		this.timers.length = 0;
		const host = this.host;
		const server = this.server;
		this.host = undefined;
		this.server = undefined;
		try {
			await host?.stop();
		} finally {
			await server?.close();
		}
	}

	// ---------------------------------------------------------------- internals

	private async act<T>(action: () => Promise<T>): Promise<T> {
		try {
			return await action();
		} finally {
			this.changed();
		}
	}

	/** The page may show a modal the server has closed meanwhile (e.g. from another tab): say so. */
	private requireOpenView(userRef: string, viewId: string): void {
		if (this.host?.openView(this.userId(userRef))?.viewId !== viewId) {
			throw new PlaygroundError(409, 'That modal is no longer open.');
		}
	}

	private readyHost(): EngineHost {
		if (this.status.phase !== 'ready' || !this.host) {
			throw new PlaygroundError(503, this.status.message);
		}
		return this.host;
	}

	/** Accepts an id, or a username for convenience; refuses users the reference server does not know. */
	private userId(ref: string): string {
		const user = this.referenceServer().getUser(ref);
		if (!user) {
			throw new PlaygroundError(400, `The reference server has no user “${ref}”.`);
		}
		return user._id;
	}

	private async seed(): Promise<void> {
		const server = this.referenceServer();
		await server.seedDefaults();
		// Ids are kept, not usernames: a user may rename themselves with /profile set username.
		this.seeded = DEFAULT_USERS.flatMap((spec) => {
			const id = server.getUser(spec.username)?._id;
			return id ? [{ id, spec }] : [];
		});
	}

	private startTimers(): void {
		// Rocket.Chat runs the app's scheduled jobs (the 429 queue) on its own: so does the playground.
		this.timers.push(
			setInterval(() => {
				const host = this.host;
				if (!host || this.status.phase !== 'ready') {
					return;
				}
				host
					.runDueJobs()
					.then((runs) => runs.length && this.changed())
					.catch((error: unknown) => this.recordError('scheduler', error));
			}, JOB_INTERVAL_MS),
		);
		// A stopped reference server shows on the page (probed with a bare TCP connect, not a logged request).
		this.timers.push(
			setInterval(() => {
				const server = this.server;
				if (!server || this.status.phase !== 'ready') {
					return;
				}
				void isPortOpen(server.url).then((reachable) => {
					if (reachable !== this.status.referenceServer?.reachable) {
						this.setStatus({ ...this.status, referenceServer: this.describeServer(reachable) });
					}
				});
			}, HEALTH_INTERVAL_MS),
		);
		for (const timer of this.timers) {
			timer.unref();
		}
	}

	private describeServer(reachable: boolean): PlaygroundStatus['referenceServer'] {
		return {
			url: this.referenceServer().url,
			reachable,
			profile: this.options.profile ?? 'v7',
			rateLimit: this.options.rateLimit ?? 'v7',
		};
	}

	private recordError(source: string, error: unknown): void {
		this.playgroundErrors.push({ at: Date.now(), source, message: describeError(error) });
		this.changed();
	}

	private setStatus(status: PlaygroundStatus): void {
		this.status = status;
		this.changed();
	}

	private changed(): void {
		for (const listener of this.listeners) {
			listener();
		}
	}
}
