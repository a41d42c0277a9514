/**
 * Which second factor the server will demand for an own e-mail or password change (requireSecondFactor,
 * docs/server-rules.md#methods), worked out before writing so that each change costs exactly one
 * users.updateOwnBasicInfo request. Also turns the proof the user typed into what the request carries.
 */
import { sha256Hex } from './sha256';

export type OwnChangeMethod = 'none' | 'totp' | 'email' | 'password' | 'impossible';

/** What GET /api/v1/me tells about the user's factors (services are reduced to flags there). */
export interface MeFactors {
	services?: {
		password?: { exists?: boolean };
		totp?: { enabled?: boolean };
		email2fa?: { enabled?: boolean };
	};
	emails?: Array<{ address: string; verified?: boolean }>;
	/** `/me` says whether the user signs in through an OAuth service. */
	isOAuthUser?: boolean;
}

/** The server's 2FA settings that decide the method. */
export interface TwoFactorSettings {
	enabled: boolean;
	totpEnabled: boolean;
	emailEnabled: boolean;
	/** `Accounts_twoFactorAuthentication_email_available_for_OAuth_users` (default true). */
	emailForOAuthUsers?: boolean;
}

export const TWO_FACTOR_SETTING_IDS = {
	enabled: 'Accounts_TwoFactorAuthentication_Enabled',
	totpEnabled: 'Accounts_TwoFactorAuthentication_By_TOTP_Enabled',
	emailEnabled: 'Accounts_TwoFactorAuthentication_By_Email_Enabled',
	emailForOAuthUsers: 'Accounts_twoFactorAuthentication_email_available_for_OAuth_users',
} as const;

/**
 * The method for a requireSecondFactor check: the first enabled of TOTP and e-mail, else the password
 * (forced, whatever Enforce_Password_Fallback says); a user without a password can never pass.
 */
export function chooseOwnChangeMethod(me: MeFactors, settings: TwoFactorSettings): OwnChangeMethod {
	if (!settings.enabled) {
		return 'none';
	}
	if (settings.totpEnabled && me.services?.totp?.enabled === true) {
		return 'totp';
	}
	const hasVerifiedEmail = (me.emails ?? []).some((email) => email.verified === true);
	// EmailCheck.isEnabled (apps/meteor/app/2fa/server/code/EmailCheck.ts): OAuth users only when the setting allows.
	const emailForThisUser = settings.emailForOAuthUsers !== false || me.isOAuthUser !== true;
	if (
		settings.emailEnabled &&
		emailForThisUser &&
		me.services?.email2fa?.enabled === true &&
		hasVerifiedEmail
	) {
		return 'email';
	}
	return me.services?.password?.exists === true ? 'password' : 'impossible';
}

/** An own change needs a second factor when it carries an e-mail or a new password (V7 rule). */
export function ownChangeNeedsSecondFactor(data: {
	email?: unknown;
	newPassword?: unknown;
}): boolean {
	return Boolean(data.email) || Boolean(data.newPassword);
}

/** Codes: the e-mail check strips non-digits; TOTP codes are 6 digits, backup codes 8 characters. */
export function normalizeCode(method: 'totp' | 'email', typed: string): string {
	const trimmed = typed.trim();
	if (method === 'email') {
		return trimmed.replace(/\D/g, '');
	}
	return trimmed.replace(/\s+/g, '');
}

/**
 * Whether a typed proof can be a valid one. Codes travel in an HTTP header, which cannot carry every character:
 * a code that is not letters and digits is wrong anyway, and is refused without a request.
 */
export function isPlausibleProof(method: 'totp' | 'email' | 'password', typed: string): boolean {
	if (method === 'password') {
		return typed.length > 0;
	}
	return /^[A-Za-z0-9]{1,32}$/.test(normalizeCode(method, typed));
}

/** A personal access token: visible ASCII only (it travels in X-Auth-Token), of a sane length. */
export function isPlausibleToken(token: string): boolean {
	return /^[\x21-\x7E]{1,512}$/.test(token);
}

export interface OwnProof {
	/** `data.currentPassword` (password method). */
	currentPassword?: string;
	/** x-2fa-* headers (TOTP and e-mail methods). */
	headers?: { method: 'totp' | 'email'; code: string };
}

/** Puts the typed proof where users.updateOwnBasicInfo reads it. */
export function ownChangeProof(method: 'totp' | 'email' | 'password', typed: string): OwnProof {
	if (method === 'password') {
		return { currentPassword: sha256Hex(typed) };
	}
	return { headers: { method, code: normalizeCode(method, typed) } };
}

/** The x-2fa-* headers for a twoFactorRequired route (users.update): a password travels as its SHA-256. */
export function routeProof(
	method: 'totp' | 'email' | 'password',
	typed: string,
): { method: typeof method; code: string } {
	return { method, code: method === 'password' ? sha256Hex(typed) : normalizeCode(method, typed) };
}
