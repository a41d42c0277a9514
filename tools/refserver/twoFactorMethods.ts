/**
 * The three second-factor checkers of Rocket.Chat (TOTPCheck, EmailCheck, PasswordCheckFallback in
 * apps/meteor/app/2fa/server/code/).
 * They receive the user snapshot loaded at the start of `checkCodeForUser` (as the server does) and write their
 * side effects (consumed backup codes, e-mail codes, attempt counters) to the live document.
 */
import { bcryptCompare, bcryptHash, randomString, sha256Hex } from './crypto';
import { now, type ServerState } from './state';
import { verifyTotp } from './totp';
import type { StoredUser } from './types';

export type MethodName = 'totp' | 'email' | 'password';

export interface SecondFactorMethod {
	readonly name: MethodName;
	isEnabled(user: StoredUser, force?: boolean): boolean;
	verify(user: StoredUser, code: string, force?: boolean): Promise<boolean>;
	/** Runs before every verification, even when a code was supplied (e-mail: may send a new code). */
	processInvalidCode(user: StoredUser): Promise<Record<string, unknown>>;
	maxFailedAttemptsReached(user: StoredUser): boolean;
}

/** Services that are not OAuth providers (core-typings `isOAuthUser` approximation). */
const LOCAL_SERVICES = [
	'password',
	'passwordHistory',
	'resume',
	'email',
	'email2fa',
	'emailCode',
	'totp',
	'ldap',
	'cas',
	'saml',
];

export function isOAuthUser(user: StoredUser): boolean {
	return Object.keys(user.services ?? {}).some((service) => !LOCAL_SERVICES.includes(service));
}

export function verifiedEmails(user: StoredUser): string[] {
	return (user.emails ?? []).filter((email) => email.verified).map((email) => email.address);
}

export function createTotpMethod(state: ServerState): SecondFactorMethod {
	return {
		name: 'totp',
		isEnabled: (user) =>
			state.settings.get('Accounts_TwoFactorAuthentication_By_TOTP_Enabled') === true &&
			user.services.totp?.enabled === true,
		async verify(user, code) {
			const totp = user.services.totp;
			if (!this.isEnabled(user) || !totp?.secret) {
				return false;
			}
			if (code.length === 8 && totp.hashedBackup) {
				return consumeBackupCode(state, user._id, sha256Hex(code));
			}
			const window = Number(state.settings.get('Accounts_TwoFactorAuthentication_MaxDelta')) || 0;
			return verifyTotp(totp.secret, code, state.clock.now(), window);
		},
		processInvalidCode: async () => ({ codeGenerated: false }),
		maxFailedAttemptsReached: () => false,
	};
}

function consumeBackupCode(state: ServerState, userId: string, hashedCode: string): boolean {
	const live = state.users.findById(userId);
	const hashedBackup = live?.services.totp?.hashedBackup;
	const index = hashedBackup?.indexOf(hashedCode) ?? -1;
	if (!hashedBackup || index < 0) {
		return false;
	}
	hashedBackup.splice(index, 1);
	return true;
}

export interface EmailMethod extends SecondFactorMethod {
	sendEmailCode(user: StoredUser): Promise<void>;
}

export function createEmailMethod(state: ServerState): EmailMethod {
	const maxAttempts = () =>
		Number(state.settings.get('Accounts_TwoFactorAuthentication_Max_Invalid_Email_Code_Attempts'));
	return {
		name: 'email',
		isEnabled(user) {
			if (state.settings.get('Accounts_TwoFactorAuthentication_By_Email_Enabled') !== true) {
				return false;
			}
			if (
				state.settings.get('Accounts_twoFactorAuthentication_email_available_for_OAuth_users') !==
					true &&
				isOAuthUser(user)
			) {
				return false;
			}
			return user.services.email2fa?.enabled === true && verifiedEmails(user).length > 0;
		},
		async verify(user, codeFromEmail) {
			const emailCode = user.services.emailCode;
			if (!this.isEnabled(user) || !emailCode) {
				return false;
			}
			const digits = codeFromEmail.replace(/([^\d])/g, '');
			if (emailCode.expire < now(state)) {
				return false;
			}
			const live = state.users.findById(user._id);
			if (await bcryptCompare(digits, emailCode.code)) {
				delete live?.services.emailCode;
				return true;
			}
			if (live?.services.emailCode) {
				live.services.emailCode.attempts += 1;
			}
			return false;
		},
		async sendEmailCode(user) {
			const code = randomString(6, '0123456789');
			const expirationSeconds = Number(
				state.settings.get('Accounts_TwoFactorAuthentication_By_Email_Code_Expiration'),
			);
			const expire = new Date(state.clock.now() + expirationSeconds * 1000);
			const live = state.users.findById(user._id);
			if (live) {
				live.services.emailCode = {
					code: await bcryptHash(code, state.bcryptRounds),
					expire,
					attempts: 0,
				};
			}
			for (const address of verifiedEmails(user)) {
				state.outbox.send({
					to: address,
					subject: 'Authentication code',
					text: authenticationCodeText(code),
					code,
					username: user.username,
				});
			}
		},
		async processInvalidCode(user) {
			const live = state.users.findById(user._id);
			if (live?.services.emailCode && live.services.emailCode.expire < now(state)) {
				delete live.services.emailCode;
			}
			// The server compares with "now minus 5 minutes" and uses the snapshot loaded before the cleanup above.
			const expireWithDelta = new Date(state.clock.now() - 5 * 60 * 1000);
			const emailOrUsername = user.username || verifiedEmails(user)[0];
			const expire = user.services.emailCode?.expire;
			if (expire && expire > expireWithDelta && !this.maxFailedAttemptsReached(user)) {
				return { emailOrUsername, codeGenerated: false, codeExpires: expire };
			}
			await this.sendEmailCode(user);
			return { codeGenerated: true, emailOrUsername };
		},
		maxFailedAttemptsReached(user) {
			const attempts = state.users.findById(user._id)?.services.emailCode?.attempts ?? 0;
			return attempts >= maxAttempts();
		},
	};
}

function authenticationCodeText(code: string): string {
	const formatted = code.replace(/^(\d{3})/, '$1-');
	return [
		'Here is your authentication code:',
		'',
		formatted,
		'',
		'Do not provide this code to anyone.',
		"If you didn't try to login in your account please ignore this email.",
	].join('\n');
}

export function createPasswordMethod(state: ServerState): SecondFactorMethod {
	return {
		name: 'password',
		isEnabled: (user, force) =>
			force === true ||
			(state.settings.get('Accounts_TwoFactorAuthentication_Enforce_Password_Fallback') === true &&
				!!user.services.password?.bcrypt),
		async verify(user, code, force) {
			const hash = user.services.password?.bcrypt;
			if (!this.isEnabled(user, force) || !hash) {
				return false;
			}
			// The code is the SHA-256 hex of the password, accepted in either case.
			return bcryptCompare(code.toLowerCase(), hash);
		},
		processInvalidCode: async () => ({ codeGenerated: false }),
		maxFailedAttemptsReached: () => false,
	};
}
