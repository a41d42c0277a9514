/**
 * Reference Rocket.Chat server for engine tests, unit tests and the playground: a real HTTP server on
 * 127.0.0.1 that follows the rules of docs/server-rules.md (V7 by default, VN on request).
 */
import type { AddressInfo } from 'net';

import type { AppInstaller, AppUpload } from './appInstaller';
import { createClock, type Clock } from './clock';
import type { RateLimitBudget } from './rateLimit';
import type { RoomStore } from './rooms';
import { sha256Hex } from './crypto';
import { updateUserFromApp } from './functions/appUserUpdate';
import { saveUserPreferences } from './functions/userPreferences';
import { addLoginToken, addPersonalAccessToken } from './functions/tokens';
import type { Permissions } from './permissions';
import { seedDefaults, seedUser } from './seed';
import { createHttpFrontDoor } from './server';
import type { ServerSettings } from './settings';
import { createState, type CustomUserStatus } from './state';
import { totpCode as totpCodeAt } from './totp';
import type {
	Fault,
	LoggedRequest,
	MailMessage,
	Profile,
	RateLimitProfile,
	SeedUserSpec,
	StoredUser,
} from './types';
import { cloneUser } from './users';

export type { AppInstaller, AppInstallOutcome, AppInstallRequest, AppUpload } from './appInstaller';
export type { Clock } from './clock';
export type { ServerSettings } from './settings';
export type { RateLimitBudget } from './rateLimit';
export type {
	Fault,
	LoggedRequest,
	MailMessage,
	Profile,
	RateLimitProfile,
	SeedUserSpec,
	StoredUser,
} from './types';
export { createClock } from './clock';
export { hashLoginToken, plainPasswordMatches, sha256Hex } from './crypto';
export { DEFAULT_USERS } from './seed';
export { DEFAULT_SETTINGS } from './settings';
export {
	base32Decode,
	base32Encode,
	generateBackupCodes,
	generateTotpSecret,
	hotp,
	totpCode,
	verifyTotp,
} from './totp';

export interface ReferenceServerOptions {
	profile?: Profile;
	rateLimit?: RateLimitProfile;
	/** `HTTP_FORWARDED_COUNT` (default 0: `X-Forwarded-For` is ignored). */
	httpForwardedCount?: number;
	/** bcrypt cost for passwords and e-mail codes; default 10 (tests: 4). */
	bcryptRounds?: number;
	clock?: Clock;
}

export interface ReferenceServer {
	/** `http://127.0.0.1:<port>` */
	url: string;
	settings: ServerSettings;
	clock: Clock;
	/** Role grants per permission (defaults of docs/server-rules.md#permissions); `reset()` restores them. */
	permissions: Permissions;
	seedUser(spec: SeedUserSpec): Promise<StoredUser>;
	seedDefaults(): Promise<void>;
	getUser(idOrUsername: string): StoredUser | undefined;
	/** Rooms with their subscribers and room roles (who owns what), for users.delete; `reset()` empties them. */
	rooms: RoomStore;
	/** An app's user-bridge write (IUserUpdater): status, status text, bio, written without checks. */
	updateUserFromApp(userId: string, fields: Record<string, unknown>): boolean;
	/** What My Account's preferences save (`users.setPreferences`): here the language, e.g. for the playground. */
	setUserLanguage(userId: string, language: string): void;
	createLoginToken(userId: string): string;
	createPersonalAccessToken(userId: string, name: string, bypassTwoFactor?: boolean): string;
	totpCode(username: string, stepOffset?: number): string;
	backupCodes(username: string): string[];
	outbox: MailMessage[];
	/** What avatar URLs the server fetches answer (the server's view of the web); `reset()` empties it. */
	web: Map<string, { status: number; contentType: string }>;
	/** The workspace's custom statuses (seedDefaults adds five; `reset()` empties them). */
	customUserStatuses: CustomUserStatus[];
	lastEmailCode(username: string): string | undefined;
	requestLog: LoggedRequest[];
	faults: { set(route: string, fault: Fault): void; clear(route?: string): void };
	/** The Apps-Engine that installs apps uploaded to /api/apps (e.g. `host.uploads`); undefined detaches. */
	setAppInstaller(installer: AppInstaller | undefined): void;
	/** Every app upload received, in order. */
	appUploads: AppUpload[];
	/** Default true (a Starter or paid license); false plays a 7.0+ Community workspace. */
	setWorkspaceLicensed(licensed: boolean): void;
	setProfile(profile: Profile): void;
	setRateLimit(profile: RateLimitProfile): void;
	/** The REST limiter's budgets in use: per route + method and client address, calls left and reset time. */
	rateLimitBudgets(): RateLimitBudget[];
	reset(): void;
	close(): Promise<void>;
}

export async function startReferenceServer(
	options: ReferenceServerOptions = {},
): Promise<ReferenceServer> {
	const clock = options.clock ?? createClock();
	const state = createState({
		clock,
		profile: options.profile ?? 'v7',
		// Production by default: the V7 limiter (switch it off explicitly with `rateLimit: 'off'`).
		rateLimitProfile: options.rateLimit ?? 'v7',
		httpForwardedCount: options.httpForwardedCount,
		bcryptRounds: options.bcryptRounds ?? 10,
	});
	const front = createHttpFrontDoor(state);
	await new Promise<void>((resolve) => front.server.listen(0, '127.0.0.1', resolve));
	const { port } = front.server.address() as AddressInfo;

	const findUser = (idOrUsername: string): StoredUser | undefined =>
		state.users.findById(idOrUsername) ??
		state.users.findByUsername(idOrUsername) ??
		state.users.findByUsernameIgnoringCase(idOrUsername);
	const requireUser = (idOrUsername: string): StoredUser => {
		const user = findUser(idOrUsername);
		if (!user) {
			throw new Error(`reference server: no user '${idOrUsername}'`);
		}
		return user;
	};

	return {
		url: `http://127.0.0.1:${port}`,
		settings: state.settings,
		clock,
		permissions: state.permissions,
		seedUser: (spec) => seedUser(state, spec),
		seedDefaults: () => seedDefaults(state),
		getUser: (idOrUsername) => {
			const user = findUser(idOrUsername);
			return user && cloneUser(user);
		},
		updateUserFromApp: (userId, fields) => updateUserFromApp(state, userId, fields),
		setUserLanguage(userId, language) {
			saveUserPreferences(requireUser(userId), { language }, clock.now());
		},
		createLoginToken: (userId) => addLoginToken(state, requireUser(userId)),
		createPersonalAccessToken: (userId, name, bypassTwoFactor = false) =>
			addPersonalAccessToken(state, requireUser(userId), name, bypassTwoFactor),
		totpCode(username, stepOffset = 0) {
			const secret = requireUser(username).services.totp?.secret;
			if (!secret) {
				throw new Error(`reference server: '${username}' has no TOTP secret`);
			}
			return totpCodeAt(secret, clock.now(), stepOffset);
		},
		backupCodes(username) {
			const user = requireUser(username);
			const unused = new Set(user.services.totp?.hashedBackup ?? []);
			return (state.plainBackupCodes.get(user._id) ?? []).filter((code) =>
				unused.has(sha256Hex(code)),
			);
		},
		outbox: state.outbox.messages,
		web: state.web,
		customUserStatuses: state.customUserStatuses,
		rooms: state.rooms,
		lastEmailCode(username) {
			const user = findUser(username);
			const addresses = new Set((user?.emails ?? []).map((email) => email.address));
			const mail = [...state.outbox.messages]
				.reverse()
				.find(
					(message) => message.code && (message.username === username || addresses.has(message.to)),
				);
			return mail?.code;
		},
		requestLog: front.requestLog,
		faults: front.faults,
		setAppInstaller(installer) {
			state.appInstaller = installer;
		},
		appUploads: state.appUploads,
		setWorkspaceLicensed(licensed) {
			state.workspaceLicensed = licensed;
		},
		setProfile(profile) {
			state.profile = profile;
		},
		rateLimitBudgets: () => state.restLimiter.budgets(),
		setRateLimit(profile) {
			state.rateLimitProfile = profile;
			state.restLimiter.reset();
			state.functionLimiter.reset();
		},
		reset() {
			state.users.clear();
			state.rooms.clear();
			state.plainBackupCodes.clear();
			state.ldapDirectory.clear();
			state.web.clear();
			state.customUserStatuses.length = 0;
			state.loginEvents.clear();
			state.outbox.clear();
			state.settings.reset();
			state.permissions.reset();
			state.restLimiter.reset();
			state.functionLimiter.reset();
			front.requestLog.length = 0;
			state.appUploads.length = 0;
			state.workspaceLicensed = true;
			front.faults.clear();
		},
		close: () => front.close(),
	};
}
