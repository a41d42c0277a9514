/** Shapes of the documents the reference server stores, mirroring Rocket.Chat's `users` collection. */
export type Profile = 'v7' | 'vn';
export type RateLimitProfile = 'off' | 'v7' | 'vn';

export interface UserEmail {
	address: string;
	verified: boolean;
}

export interface LoginToken {
	hashedToken: string;
	/** Resume tokens carry `when`; personal access tokens do not (so they never expire). */
	when?: Date;
	type?: 'personalAccessToken';
	createdAt?: Date;
	lastTokenPart?: string;
	name?: string;
	/** V7 stores whatever the client sent; only `=== true` bypasses 2FA. */
	bypassTwoFactor?: unknown;
	twoFactorAuthorizedUntil?: Date;
	twoFactorAuthorizedHash?: string;
}

export interface EmailCode {
	code: string;
	expire: Date;
	attempts: number;
}

export interface UserServices {
	password?: { bcrypt?: string };
	passwordHistory?: string[];
	totp?: { enabled: boolean; secret?: string; hashedBackup?: string[] };
	email2fa?: { enabled: boolean; changedAt?: Date };
	emailCode?: EmailCode;
	resume?: { loginTokens: LoginToken[] };
	[service: string]: unknown;
}

export interface StoredUser {
	_id: string;
	createdAt: Date;
	_updatedAt: Date;
	type: 'user' | 'bot' | 'app';
	username?: string;
	name?: string;
	emails?: UserEmail[];
	roles: string[];
	active: boolean;
	status: string;
	statusDefault?: string;
	statusText?: string;
	statusConnection?: string;
	utcOffset?: number;
	bio?: string;
	nickname?: string;
	language?: string;
	requirePasswordChange?: boolean | null;
	requirePasswordChangeReason?: string;
	customFields?: Record<string, unknown>;
	settings?: { preferences?: Record<string, unknown>; profile?: Record<string, unknown> };
	lastLogin?: Date;
	importIds?: string[];
	federated?: boolean;
	services: UserServices;
	[field: string]: unknown;
}

export interface SeedUserSpec {
	username: string;
	_id?: string;
	name?: string;
	password?: string;
	email?: string;
	/** Default true. */
	emailVerified?: boolean;
	/** Default ['user']. */
	roles?: string[];
	totp?: boolean;
	/** Default false, so seeded users only get e-mail 2FA when asked for (the server itself auto-opts-in new users). */
	email2fa?: boolean;
	bio?: string;
	nickname?: string;
	statusText?: string;
	/** The browser's offset from UTC in hours, as the client stores it (userSetUtcOffset); default 0. */
	utcOffset?: number;
	customFields?: Record<string, unknown>;
	/** Default 24 h before now, so the fresh-user 2FA grace (RememberFor) does not apply unless asked for. */
	createdAt?: Date;
	active?: boolean;
	requirePasswordChange?: boolean;
	type?: StoredUser['type'];
	/** An LDAP user: `password` lives in the LDAP directory only (no local password), the user has `ldap: true`. */
	ldap?: boolean;
	/** OAuth services, e.g. `{ google: { id: '1' } }`: such users are OAuth users (`isOAuthUser`). */
	services?: Record<string, unknown>;
}

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	/** The plain 2FA code when the mail carries one. */
	code?: string;
	/** Username of the account the mail is about, when known. */
	username?: string;
	at: Date;
}

export interface LoggedRequest {
	at: Date;
	method: string;
	/** Route name, e.g. `users.update` (or the raw path for unknown routes). */
	route: string;
	path: string;
	query: Record<string, unknown>;
	status: number;
	userId?: string;
	headers: Record<string, string>;
	body: unknown;
	clientAddress: string;
	/** Set when an injected fault answered instead of the route. */
	fault?: string;
}

export type Fault =
	| { kind: 'down'; times?: number }
	| { kind: 'delay'; ms: number; times?: number }
	| { kind: 'status'; status: 500 | 502 | 503; times?: number }
	| { kind: 'not-json'; times?: number }
	| { kind: 'rate-limit'; retryAfterSeconds?: number; times?: number }
	| { kind: 'unauthorized'; times?: number };
