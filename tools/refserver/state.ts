/** Everything a route can touch, bundled so functions receive one explicit dependency instead of globals. */
import type { AppInstaller, AppUpload } from './appInstaller';
import type { Clock } from './clock';
import { LoginEventLog } from './loginAttempts';
import { Outbox } from './mailer';
import { Permissions } from './permissions';
import { WindowedRateLimiter } from './rateLimit';
import { RoomStore } from './rooms';
import { ServerSettings } from './settings';
import type { Profile, RateLimitProfile, StoredUser } from './types';
import { UserStore } from './users';
import { loadValidators, type Validators } from './validators';

export interface ServerState {
	readonly clock: Clock;
	readonly settings: ServerSettings;
	readonly permissions: Permissions;
	readonly users: UserStore;
	/** Rooms and subscriptions, only for what deleting a user does to rooms (tools/refserver/rooms.ts). */
	readonly rooms: RoomStore;
	readonly outbox: Outbox;
	readonly validators: Validators;
	/** REST limiter keyed by route+method, counting per client address. */
	readonly restLimiter: WindowedRateLimiter;
	/** Function-level limiters (e.g. setEmail 1/60 s), keyed by function + user. */
	readonly functionLimiter: WindowedRateLimiter;
	/** Failed and successful logins (Rocket.Chat's `server_events`), for failed-login blocking. */
	readonly loginEvents: LoginEventLog;
	/** What URLs the server fetches answer (avatar URLs): url → status and content type; others are unreachable. */
	readonly web: Map<string, { status: number; contentType: string }>;
	/** The LDAP directory the server binds against: username → plain password (LDAP binds need the plain password). */
	readonly ldapDirectory: Map<string, string>;
	/** `HTTP_FORWARDED_COUNT`: how many proxies' X-Forwarded-For entries to trust (0: the header is ignored). */
	httpForwardedCount: number;
	/** Plain backup codes of seeded TOTP users, so tests can use them (the server only keeps hashes). */
	readonly plainBackupCodes: Map<string, string[]>;
	profile: Profile;
	rateLimitProfile: RateLimitProfile;
	bcryptRounds: number;
	/** The Apps-Engine that installs uploaded apps (the engine host), once attached. */
	appInstaller?: AppInstaller;
	/** Every app zip an admin uploaded (POST /api/apps[/:id]), in order. */
	readonly appUploads: AppUpload[];
	/** A license (the free Starter plan counts): without one, private app updates are refused. */
	workspaceLicensed: boolean;
	/** Administration → User Status (the `custom_user_status` collection). */
	readonly customUserStatuses: CustomUserStatus[];
}

/** A custom status as Rocket.Chat stores it (ICustomUserStatus): statusType may be '' (custom-user-status.create). */
export interface CustomUserStatus {
	_id: string;
	name: string;
	statusType: string;
	_updatedAt: Date;
}

export function createState(options: {
	clock: Clock;
	profile: Profile;
	rateLimitProfile: RateLimitProfile;
	bcryptRounds: number;
	httpForwardedCount?: number;
}): ServerState {
	return {
		clock: options.clock,
		settings: new ServerSettings(),
		permissions: new Permissions(),
		users: new UserStore(),
		rooms: new RoomStore(),
		outbox: new Outbox(options.clock),
		validators: loadValidators(),
		restLimiter: new WindowedRateLimiter(options.clock),
		functionLimiter: new WindowedRateLimiter(options.clock),
		plainBackupCodes: new Map(),
		loginEvents: new LoginEventLog(),
		ldapDirectory: new Map(),
		web: new Map(),
		httpForwardedCount: options.httpForwardedCount ?? 0,
		profile: options.profile,
		rateLimitProfile: options.rateLimitProfile,
		bcryptRounds: options.bcryptRounds,
		appUploads: [],
		workspaceLicensed: true,
		customUserStatuses: [],
	};
}

/** `hasPermissionAsync(userId, permission)`: global permissions only, resolved from the user's roles. */
export function hasPermission(
	state: ServerState,
	user: StoredUser | string | undefined,
	permission: string,
): boolean {
	const doc = typeof user === 'string' ? state.users.findById(user) : user;
	return doc ? state.permissions.has(doc.roles, permission) : false;
}

export function now(state: ServerState): Date {
	return new Date(state.clock.now());
}
