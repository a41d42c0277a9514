/**
 * The JSON the playground server and its page exchange: the server (Node) and the page (browser bundle)
 * both import this file, so it holds types and constants only. Nothing here carries a password, a token or
 * a code, except what the test server shows on purpose: the seeded passwords, the TOTP users' current
 * codes, the outbox, and a personal access token the user asked for.
 */

/** Where the playground is in its life: the page shows anything but `ready` as a banner. */
export type Phase = 'starting' | 'ready' | 'failed' | 'crashed';

export interface PlaygroundStatus {
	phase: Phase;
	/** What is happening or what went wrong, in plain words. */
	message: string;
	/** Stack or details of a failure, for the terminal-minded. */
	details?: string;
	app?: { id: string; name: string; version: string; zip: string; engineVersion: string };
	referenceServer?: { url: string; reachable: boolean; profile: string; rateLimit: string };
	/** How long `EngineHost.start` took, once ready. */
	engineStartMs?: number;
}

/** A seeded user of the reference server, as the user picker shows it. */
export interface PlaygroundUser {
	id: string;
	username: string;
	name?: string;
	roles: string[];
	active: boolean;
	/** What this user is good for in the demo ("password only", "TOTP", …). */
	role: string;
	/**
	 * The seeded password (README: `<username>-pass`) while it still signs the user in; absent for the SSO user
	 * and once the password has changed (then `seededPasswordChanged`).
	 */
	seededPassword?: string;
	/** The user was seeded with a password that no longer signs in (changed since seeding). */
	seededPasswordChanged?: boolean;
	/** The user's Rocket.Chat language preference (`settings.preferences.language`); absent: the workspace's. */
	language?: string;
}

/** The languages the app answers in (lib/i18n.ts), as the page offers them; '' is the workspace default. */
export const PAGE_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
	{ code: '', name: 'Workspace default' },
	{ code: 'en', name: 'English' },
	{ code: 'pt-BR', name: 'Português (Brasil)' },
	{ code: 'de', name: 'Deutsch' },
	{ code: 'es', name: 'Español' },
];

/** A slash command the app registered, with its usage in English (what Rocket.Chat's composer popup shows). */
export interface CommandHint {
	command: string;
	params: string;
	description: string;
}

export interface PageMessage {
	id: string;
	at: number;
	delivery: 'notifyUser' | 'notifyRoom' | 'posted';
	roomId: string;
	/** The room is the app's direct conversation with the user, not #general. */
	direct: boolean;
	text: string;
	blocks?: unknown[];
	senderName: string;
	/** Sent by the app (its bot user), not typed by a user. */
	fromApp: boolean;
}

/** Where the web client shows an app's action button (the contexts the playground draws). */
export type PageButtonContext = 'messageBoxAction' | 'userDropdownAction' | 'messageAction';

/** An action button the app registered that the web client shows the acting user, labelled in their language. */
export interface PageActionButton {
	actionId: string;
	context: PageButtonContext;
	label: string;
}

/** A UIKit view as the app sent it (`IUIKitSurface`), kept loose: the renderer validates what it draws. */
export interface PageView {
	id: string;
	appId: string;
	type: string;
	title?: { type: string; text: string };
	blocks: unknown[];
	submit?: { text?: { type: string; text: string }; style?: string };
	close?: { text?: { type: string; text: string }; style?: string };
	showIcon?: boolean;
}

export interface PageModal {
	viewId: string;
	view: PageView;
	/** Errors under the fields, by action id. */
	errors: Record<string, string>;
}

/** The server's copy of a user, without `services` (hashes, secrets, tokens). */
export interface ServerUserCopy {
	id: string;
	fields: Array<{ name: string; value: string }>;
	/** Which proofs the server can ask this user for, and how many sign-ins the app could hold. */
	security: {
		password: boolean;
		totp: boolean;
		emailCode: boolean;
		loginTokens: number;
		personalAccessTokens: number;
	};
}

export interface OutboxMail {
	at: number;
	to: string;
	subject: string;
	text: string;
	code?: string;
}

export interface TotpCode {
	username: string;
	code: string;
	/** Server time (ms) when this code's 30-second step ends. */
	validUntil: number;
}

export interface PageRequest {
	at: number;
	method: string;
	route: string;
	path: string;
	status: number;
	/** Who the request authenticated as (username when known). */
	actor?: string;
	/** Body and query with secrets already masked by the reference server (`***`). */
	body?: unknown;
	query?: Record<string, unknown>;
	twoFactorMethod?: string;
	fault?: string;
}

/** One budget of the reference server's REST rate limiter: the app's users share it (one client address). */
export interface PageBudget {
	/** e.g. `POST users.updateOwnBasicInfo` */
	endpoint: string;
	/** The client address the server counts (the app's requests all come from one). */
	client: string;
	limit: number;
	remaining: number;
	/** Server clock, epoch ms. */
	resetAt: number;
}

export interface PageEngineError {
	at: number;
	source: string;
	message: string;
}

/** Everything the page shows, for the user it acts as. Sent whole on every change. */
export interface PlaygroundState {
	status: PlaygroundStatus;
	/** Server time, so countdowns match the reference server's clock. */
	serverTime: number;
	users: PlaygroundUser[];
	/** The user the state is for (resolved from the `user` parameter; the first user when it is unknown). */
	userId?: string;
	commands: CommandHint[];
	/** The app's action buttons the acting user sees (their `when` filters applied, as the web client does). */
	actionButtons: PageActionButton[];
	messages: PageMessage[];
	modal?: PageModal;
	/** How many times a page was (re)loaded: a page shows modals only from states counted since its own load. */
	pageLoads: number;
	/** The server's copy of every seeded user, so the panel can show the user an admin changes. */
	serverUsers: ServerUserCopy[];
	/** The other user the acting user's latest write named (e.g. the admin's `/admin-user` target). */
	touchedUserId?: string;
	outbox: OutboxMail[];
	totp: TotpCode[];
	requests: PageRequest[];
	/** The shared rate-limit budgets in use (empty when the limiter is off or untouched). */
	budgets: PageBudget[];
	engineErrors: PageEngineError[];
}

/** The event-stream event that carries `{message}` when the server could not build the state. */
export const STATE_ERROR_EVENT = 'state-error';

// ------------------------------------------------------------------ requests the page sends

export interface CommandRequest {
	userId: string;
	/** What was typed, e.g. `/profile set bio I build rockets`; without a leading `/`, a plain message. */
	text: string;
}

/** `{[blockId]: {[actionId]: value}}`, the way the Rocket.Chat client sends a view's state. */
export type ViewStatePayload = Record<string, Record<string, unknown>>;

export interface SubmitViewRequest {
	userId: string;
	viewId: string;
	state: ViewStatePayload;
}

export interface CloseViewRequest {
	userId: string;
	viewId: string;
	state?: ViewStatePayload;
}

export interface BlockActionRequest {
	userId: string;
	actionId: string;
	blockId: string;
	value?: string;
	viewId?: string;
	messageId?: string;
}

/** A click on an app's action button (the composer's actions, the user menu, a message's actions). */
export interface ActionButtonRequest {
	userId: string;
	actionId: string;
	context: PageButtonContext;
	/** The message whose actions menu was used. */
	messageId?: string;
	/** What the composer held (sent with a composer-menu click). */
	text?: string;
}

export interface TokenRequest {
	userId: string;
}

/** Let time pass on the reference server's clock (which the scheduler follows): due jobs run at once. */
export interface ClockRequest {
	minutes: number;
}

/** The largest step the page may ask for at once: a day. */
export const MAX_CLOCK_MINUTES = 24 * 60;

export interface LanguageRequest {
	userId: string;
	/** A Rocket.Chat language code, or '' for the workspace default. */
	language: string;
}

/** Every POST answers with the new state, or an error in plain words (HTTP 4xx/5xx) and the state if there is one. */
export type ActionResponse =
	| { ok: true; state: PlaygroundState; token?: string }
	| { ok: false; error: string; state?: PlaygroundState };
