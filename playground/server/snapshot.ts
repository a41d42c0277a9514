import type { IUIActionButton } from '@rocket.chat/apps-engine/definition/ui';

import type {
	CommandHint,
	PageActionButton,
	PageButtonContext,
	PageEngineError,
	PageMessage,
	PageModal,
	PageView,
	PlaygroundState,
	PlaygroundStatus,
	PlaygroundUser,
} from '../shared/api';
import { GENERAL_ROOM_ID } from '../../tools/host';
import type { CapturedMessage, EngineHost } from '../../tools/host';
import type { ReferenceServer, SeedUserSpec } from '../../tools/refserver';
import {
	outboxMails,
	pageRequests,
	rateLimitBudgets,
	serverUserCopy,
	totpCodes,
	touchedUser,
} from './serverPanels';

/** A user the playground seeded, with the spec it came from (to say what the user is good for). */
export interface SeededUser {
	id: string;
	spec: SeedUserSpec;
}

export interface StateSources {
	status: PlaygroundStatus;
	server?: ReferenceServer;
	host?: EngineHost;
	seeded: SeededUser[];
	/** Every action button the app registered (`host.actionButtons()`, listed once the app runs). */
	actionButtons: IUIActionButton[];
	/** The user the page acts as: an id or a username. */
	userRef?: string;
	playgroundErrors: PageEngineError[];
	pageLoads: number;
	/** Whether the seeded password still matches the stored hash; undefined while unknown. */
	seededPasswordWorks: (plain: string, hash: string) => boolean | undefined;
}

/** The page's whole view of the playground, for one user. */
export function buildState(sources: StateSources): PlaygroundState {
	const { server, host } = sources;
	const users = server
		? sources.seeded.flatMap((seed) => pickerUser(server, seed, sources.seededPasswordWorks))
		: [];
	const user =
		users.find((candidate) => candidate.id === sources.userRef) ??
		users.find((candidate) => candidate.username === sources.userRef) ??
		users[0];
	return {
		status: sources.status,
		serverTime: server?.clock.now() ?? Date.now(),
		users,
		userId: user?.id,
		commands: host ? commandHints(host) : [],
		actionButtons:
			host && user ? pageActionButtons(host, sources.actionButtons, user.id, user.language) : [],
		messages: host && user ? host.messages(user.id).map(pageMessage) : [],
		modal: host && user ? pageModal(host, user.id) : undefined,
		pageLoads: sources.pageLoads,
		serverUsers: server ? users.flatMap((seeded) => serverUserCopy(server, seeded.id) ?? []) : [],
		touchedUserId: server && user ? touchedUser(server, user.id) : undefined,
		outbox: server ? outboxMails(server) : [],
		totp: server ? totpCodes(server, users) : [],
		requests: server ? pageRequests(server) : [],
		budgets: server ? rateLimitBudgets(server) : [],
		engineErrors: [...(host ? engineErrors(host) : []), ...sources.playgroundErrors],
	};
}

function pickerUser(
	server: ReferenceServer,
	seed: SeededUser,
	seededPasswordWorks: StateSources['seededPasswordWorks'],
): PlaygroundUser[] {
	const user = server.getUser(seed.id);
	if (!user) {
		return [];
	}
	const hash = user.services.password?.bcrypt;
	const plain = seed.spec.password;
	// Shown only while it still signs in: after a password change the seeded one would mislead.
	const works = plain && hash ? seededPasswordWorks(plain, hash) : false;
	const language = user.settings?.preferences?.language;
	return [
		{
			id: user._id,
			username: user.username ?? seed.spec.username,
			name: user.name,
			roles: user.roles,
			active: user.active,
			role: describeSeed(seed.spec),
			seededPassword: works ? plain : undefined,
			seededPasswordChanged: Boolean(plain) && works === false,
			language: typeof language === 'string' && language ? language : undefined,
		},
	];
}

/** What each seeded user is there to show (reference server `DEFAULT_USERS`). */
function describeSeed(spec: SeedUserSpec): string {
	if (spec.roles?.includes('admin')) {
		return 'admin: /admin-user';
	}
	if (!spec.password) {
		return 'no password (SSO): link with a token';
	}
	if (spec.totp) {
		return '2FA with an authenticator (TOTP)';
	}
	if (spec.email2fa) {
		return '2FA with e-mailed codes';
	}
	if (spec.bio || spec.nickname) {
		return 'has a bio and a nickname';
	}
	return 'password only, no 2FA';
}

/** The app's commands with their usage, translated the way Rocket.Chat's composer popup does (English). */
function commandHints(host: EngineHost): CommandHint[] {
	const languages = host.manager.getOneById(host.appId)?.getStorageItem().languageContent ?? {};
	const english = (languages.en ?? {}) as Record<string, string>;
	return host
		.registeredCommands()
		.filter((command) => command.enabled)
		.map((command) => ({
			command: command.command,
			params: english[command.i18nParamsExample ?? ''] ?? command.i18nParamsExample ?? '',
			description: english[command.i18nDescription ?? ''] ?? command.i18nDescription ?? '',
		}));
}

function pageMessage(captured: CapturedMessage): PageMessage {
	const sender = captured.message.sender as
		| { name?: string; username?: string; type?: string }
		| undefined;
	return {
		id: captured.id,
		at: captured.at,
		delivery: captured.delivery,
		roomId: captured.roomId,
		direct: captured.roomId !== GENERAL_ROOM_ID,
		text: captured.text ?? '',
		blocks: captured.blocks,
		senderName: sender?.name ?? sender?.username ?? 'App',
		fromApp: !sender || sender.type === 'app',
	};
}

const PAGE_BUTTON_CONTEXTS: ReadonlyArray<PageButtonContext> = [
	'messageBoxAction',
	'userDropdownAction',
	'messageAction',
];

/**
 * The action buttons the web client shows this user (the room menus in #general), labelled as Rocket.Chat does:
 * the app's translation of `labelI18n` in the user's language, else English.
 */
function pageActionButtons(
	host: EngineHost,
	buttons: IUIActionButton[],
	userId: string,
	language: string | undefined,
): PageActionButton[] {
	const languages = (host.manager.getOneById(host.appId)?.getStorageItem().languageContent ??
		{}) as Record<string, Record<string, string> | undefined>;
	const label = (key: string) => languages[language ?? 'en']?.[key] ?? languages.en?.[key] ?? key;
	return PAGE_BUTTON_CONTEXTS.flatMap((context) =>
		host
			.shownActionButtons(
				buttons,
				userId,
				context,
				context === 'userDropdownAction' ? undefined : GENERAL_ROOM_ID,
			)
			.map((button) => ({ actionId: button.actionId, context, label: label(button.labelI18n) })),
	);
}

function pageModal(host: EngineHost, userId: string): PageModal | undefined {
	const open = host.openView(userId);
	if (!open) {
		return undefined;
	}
	return {
		viewId: open.viewId,
		view: open.view as unknown as PageView,
		errors: open.errors,
	};
}

function engineErrors(host: EngineHost): PageEngineError[] {
	return host.errors().map((error) => ({
		at: error.at,
		source: error.method ? `${error.source} (${error.method})` : error.source,
		message: error.message,
	}));
}
