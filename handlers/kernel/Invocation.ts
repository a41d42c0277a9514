import type {
	IHttp,
	ILogger,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { LayoutBlock } from '@rocket.chat/ui-kit';

import { BudgetMemory, SharedBudget } from './budget';
import { CredentialStore } from './credentials';
import {
	MessageKey,
	pickLanguage,
	say,
	supportedLanguage,
	translate,
	Translatable,
	Language,
} from '../../lib/i18n';
import { InteractionStore } from './interactions';
import { skipsRateLimit } from './permissions';
import type { QueuedChange } from './queueStore';
import { aboutQueuedChange } from '../../lib/messages';
import type { ChangeLine } from '../../lib/profile';
import { originOf } from '../../lib/origin';
import { readersOnce } from './readersOnce';
import { RestClient } from './restClient';
import type { CommandName } from './resume';
import { SignInBlockStore } from './signInBlocks';
import type { AdminSettings } from '../../lib/settings';
import {
	AppSettingsMemory,
	readAdminSettings,
	readAppSettings,
	resolveBaseUrl,
	serverSetting,
} from './settingsReader';

/** The app instance an invocation runs in. */
export interface InvocationApp {
	getID(): string;
	getLogger(): ILogger;
	instanceKey?: string;
	/**
	 * The app's own user, kept once read: it is created with the app and never changes while the app runs
	 * (server settings may change unannounced, so they are never kept beyond one invocation).
	 */
	appUser?: IUser;
	/** The app's settings as last read, forgotten at each change (see AppSettingsMemory). */
	settingsMemory?: AppSettingsMemory;
	/** This instance's rate-limit budgets, by endpoint (see BudgetMemory). */
	budgets: BudgetMemory;
}

/**
 * What every handler needs for one command or interaction: the accessors, the user, their language. Settings,
 * rooms and the app user are read at most once per invocation, and only when a step needs them: each read is a
 * trip through the engine.
 */
/** A receipt held back (Invocation.holdReceipt): its text, and its lines for a receipt that includes them. */
export interface HeldReceipt {
	text: string;
	lines: ChangeLine[];
	note?: string;
}

/**
 * A promise already fulfilled with `value`, made by an async function: inside vm2's sandbox `Promise.resolve` builds
 * vm2's own Promise subclass, whose every `await` goes through vm2's wrapped `then`; an async function's promise is
 * the engine's native one.
 */
async function settled<T>(value: T): Promise<T> {
	return value;
}

export class Invocation {
	private heldReceipt?: HeldReceipt;
	/** Memoised reads of this invocation, by name (see `once`). */
	private readonly reads = new Map<string, Promise<unknown>>();
	/** The slash command this invocation runs, if it is one: kept to run again after a link (./resume.ts). */
	public command?: { command: CommandName; args: string[] };
	private readonly rooms = new Map<string, IRoom>();

	/**
	 * Set when the queue job replays a change: the change, and when the job was due on the scheduler's clock
	 * (the budget's window ends are the server's times; the job running says that time has come).
	 */
	public queueContext?: {
		change: QueuedChange;
		dueAt: number;
		/** Whether a line holds a change queued before this one (handlers/kernel/queue.ts). */
		queuedAhead(route: string): boolean;
	};

	/** The server instance running the app: its rate-limit budgets are its own (its own client address). */
	public instanceKey = '';

	private constructor(
		public readonly appId: string,
		private readonly logger: ILogger,
		public readonly read: IRead,
		public readonly modify: IModify,
		public readonly http: IHttp,
		public readonly persis: IPersistence,
		public readonly user: IUser,
		public readonly language: Language,
		/** The app setting "Server URL for API calls" as set (empty: the server's Site_Url, see `baseUrl`). */
		private readonly serverUrl: string,
		/** The app setting "Request timeout (ms)", normalised. */
		public readonly timeoutMs: number,
		/** When the command or click happened: modals must open within 5 s of it. */
		public readonly startedAt: number,
		private readonly app: InvocationApp,
	) {}

	public static async create(
		app: InvocationApp,
		read: IRead,
		modify: IModify,
		http: IHttp,
		persis: IPersistence,
		user: IUser,
		from: {
			/** The room of a slash command, so that replies there need no room read. */
			room?: IRoom;
			/**
			 * `user` is the server's copy as of now, as the user reader would return it: a slash command's sender
			 * (Rocket.Chat converts it by id when the command runs, apps/meteor/app/apps/server/bridges/commands.ts,
			 * with the converter the user reader uses) or a user the caller has just read.
			 */
			userIsCurrent?: boolean;
		} = {},
	): Promise<Invocation> {
		const startedAt = Date.now();
		read = readersOnce(read);
		const userLanguage = supportedLanguage(user.settings?.preferences?.language);
		// One after the other: the app settings are mostly in memory, and Promise.all costs more under vm2 than
		// the wait it would save (the engine holds app settings itself).
		const settings = await readAppSettings(read, app.settingsMemory);
		// The workspace's language matters only to a user without a language of their own.
		const workspaceLanguage = userLanguage
			? undefined
			: await serverSetting(read, 'Language', 'en');
		const inv = new Invocation(
			app.getID(),
			app.getLogger(),
			read,
			modify,
			http,
			persis,
			user,
			userLanguage ?? pickLanguage(undefined, workspaceLanguage),
			settings.serverUrl,
			settings.timeoutMs,
			startedAt,
			app,
		);
		if (from.room) {
			inv.rooms.set(from.room.id, from.room);
		}
		if (from.userIsCurrent) {
			inv.reads.set('currentUser', settled(user));
		}
		inv.instanceKey = app.instanceKey ?? '';
		return inv;
	}

	/** The base URL the app calls: the app setting, else the server's Site_Url (read once, and only if needed). */
	public baseUrl(): Promise<string> {
		return this.once('baseUrl', () => resolveBaseUrl(this.read, this.serverUrl));
	}

	/** The result of `load`, run once per invocation under `name` (settings do not change mid-command). */
	public once<T>(name: string, load: () => Promise<T>): Promise<T> {
		let read = this.reads.get(name) as Promise<T> | undefined;
		if (!read) {
			read = load();
			this.reads.set(name, read);
		}
		return read;
	}

	public adminSettings(): Promise<AdminSettings> {
		return this.once('adminSettings', () => readAdminSettings(this.read, this.app.settingsMemory));
	}

	/**
	 * The user as the server holds them now (roles included), read once: never the copy an interaction payload
	 * carried; a slash command's sender is that copy already (see `create`).
	 */
	public currentUser(): Promise<IUser | undefined> {
		return this.once('currentUser', () => this.read.getUserReader().getById(this.user.id));
	}

	/** The app's user, the sender of every reply: read once per app instance (see InvocationApp.appUser). */
	public appUser(): Promise<IUser | undefined> {
		const known = this.app.appUser;
		if (known) {
			return settled(known);
		}
		return this.once('appUser', async () => {
			const appUser = await this.read.getUserReader().getAppUser(this.appId);
			if (appUser) {
				this.app.appUser = appUser;
			}
			return appUser;
		});
	}

	private async room(ref: IRoom | string): Promise<IRoom | undefined> {
		if (typeof ref !== 'string') {
			this.rooms.set(ref.id, ref);
			return ref;
		}
		const known = this.rooms.get(ref);
		if (known) {
			return known;
		}
		const room = await this.read.getRoomReader().getById(ref);
		if (room) {
			this.rooms.set(ref, room);
		}
		return room;
	}

	public rest(): RestClient {
		return new RestClient(this.http, {
			baseUrl: () => this.baseUrl(),
			timeoutMs: this.timeoutMs,
			budget: this.budget(),
		});
	}

	/** The rate-limit budget shared by every user of the app (one client address for the server). */
	public budget(): SharedBudget {
		return new SharedBudget(this.read.getPersistenceReader(), this.persis, this.modify, {
			bypass: (refresh) => skipsRateLimit(this, refresh),
			instance: this.instanceKey,
			budgets: this.app.budgets,
			queuedAhead: this.queueContext?.queuedAhead,
			now: () => this.now(),
		});
	}

	/** The time for budget decisions: never before the moment the queue job was due. */
	public now(): number {
		return Math.max(Date.now(), this.queueContext?.dueAt ?? 0);
	}

	public credentials(): CredentialStore {
		return new CredentialStore(this.read.getPersistenceReader(), this.persis, async () =>
			originOf(await this.baseUrl()),
		);
	}

	public signInBlocks(): SignInBlockStore {
		return new SignInBlockStore(this.read.getPersistenceReader(), this.persis);
	}

	public interactions(): InteractionStore {
		return new InteractionStore(this.read.getPersistenceReader(), this.persis);
	}

	public t(key: MessageKey, params?: Translatable['params']): string {
		return translate(this.language, key, params);
	}

	public say(message: Translatable): string {
		return say(this.language, message);
	}

	/** A private message to the invoking user, in the given room (or the room id remembered for a modal). */
	/**
	 * Holds a receipt back so that the next one can include it (a `/profile set` mixing user-bridge and REST fields
	 * answers once). Any other message sends it first, so it is never lost nor shown after what followed it.
	 */
	public holdReceipt(held: HeldReceipt): void {
		this.heldReceipt = held;
	}

	/** The receipt held back, now the caller's to include or send. */
	public takeHeldReceipt(): HeldReceipt | undefined {
		const held = this.heldReceipt;
		this.heldReceipt = undefined;
		return held;
	}

	public async notify(room: IRoom | string, text: string, blocks?: LayoutBlock[]): Promise<void> {
		const held = this.takeHeldReceipt();
		if (held) {
			await this.notify(room, held.text);
		}
		const target = await this.room(room);
		if (!target) {
			this.log('warn', 'cannot notify: room not found');
			return;
		}
		// A replay's answer with buttons (e.g. "enter your code") is not a refusal: only plain text is framed.
		const framed =
			this.queueContext && !blocks?.length
				? aboutQueuedChange((key, params) => this.t(key, params), text)
				: text;
		const notifier = this.modify.getNotifier();
		const builder = notifier.getMessageBuilder().setRoom(target).setText(framed);
		const appUser = await this.appUser();
		if (appUser) {
			builder.setSender(appUser);
		}
		if (blocks?.length) {
			builder.setBlocks(blocks);
		}
		await notifier.notifyUser(this.user, builder.getMessage());
	}

	/** Logs without secrets: callers pass only ids, kinds and outcomes. */
	public log(level: 'debug' | 'info' | 'warn', ...items: unknown[]): void {
		this.logger[level](...items);
	}

	/** A bug: logged at error level, which the engine tests treat as a failure. */
	public logError(...items: unknown[]): void {
		this.logger.error(...items);
	}
}
