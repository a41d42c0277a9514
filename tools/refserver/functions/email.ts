/**
 * E-mail change rules: `setEmailFunction`, `setEmail` (apps/meteor/app/lib/server/functions/setEmail.ts),
 * `validateEmailDomain` (apps/meteor/app/lib/server/lib/validateEmailDomain.ts).
 */
import { MeteorError } from '../meteorError';
import { tooManyRequestsMessage } from '../rateLimit';
import { hasPermission, type ServerState } from '../state';
import type { StoredUser } from '../types';
import { touch } from '../users';

/** A few entries of Rocket.Chat's default disposable-domain list (the real list has thousands). */
export const DEFAULT_BLOCKED_DOMAINS = [
	'mailinator.com',
	'guerrillamail.com',
	'10minutemail.com',
	'yopmail.com',
	'trashmail.com',
	'tempmail.com',
	'throwawaymail.com',
	'sharklasers.com',
	'getnada.com',
	'dispostable.com',
];

/** `@rocket.chat/tools` `validateEmail` (basic style). */
export function isValidEmail(email: string): boolean {
	return /^[^@]+@[^@]+$/.test(email);
}

const domainList = (value: unknown): string[] =>
	String(value ?? '')
		.split(',')
		.filter(Boolean)
		.map((domain) => domain.trim());

export function validateEmailDomain(state: ServerState, email: string): void {
	if (!isValidEmail(email)) {
		throw new MeteorError('error-invalid-email', `Invalid email ${email}`, {
			function: 'RocketChat.validateEmailDomain',
			email,
		});
	}
	const domain = email.substring(email.lastIndexOf('@') + 1);
	const allowed = domainList(state.settings.get('Accounts_AllowedDomainsList'));
	if (allowed.length && !allowed.includes(domain)) {
		throw new MeteorError('error-invalid-domain', 'The email domain is not in whitelist', {
			function: 'RocketChat.validateEmailDomain',
		});
	}
	const blocked = domainList(state.settings.get('Accounts_BlockedDomainsList'));
	const useDefaultList = state.settings.get('Accounts_UseDefaultBlockedDomainsList') === true;
	if (blocked.includes(domain) || (useDefaultList && DEFAULT_BLOCKED_DOMAINS.includes(domain))) {
		throw new MeteorError('error-email-domain-blacklisted', 'The email domain is blacklisted', {
			function: 'RocketChat.validateEmailDomain',
		});
	}
	// No DNS here: with Accounts_UseDNSDomainCheck only the reserved ".invalid" TLD fails, to keep tests offline.
	if (state.settings.get('Accounts_UseDNSDomainCheck') === true && domain.endsWith('.invalid')) {
		throw new MeteorError('error-invalid-domain', 'Invalid domain', {
			function: 'RocketChat.validateEmailDomain',
		});
	}
}

/** `setEmail` is wrapped in `RateLimiter.limitFunction(_, 1, 60000)` for callers without edit-other-user-info. */
function enforceSetEmailLimit(state: ServerState, callerId: string, targetId: string): void {
	if (state.rateLimitProfile === 'off' || hasPermission(state, callerId, 'edit-other-user-info')) {
		return;
	}
	const result = state.functionLimiter.hit('setEmail', targetId, { calls: 1, intervalMs: 60000 });
	if (!result.allowed) {
		const seconds = Math.ceil(result.timeToReset / 1000);
		throw new MeteorError('error-too-many-requests', tooManyRequestsMessage(seconds, 'function'), {
			timeToReset: result.timeToReset,
			seconds,
		});
	}
}

export interface SetEmailRequest {
	callerId: string;
	user: StoredUser;
	email: string;
	sendVerification?: boolean;
	verified?: boolean;
}

/** `setEmail` → `_setEmail`: replaces `emails[0]` (unverified unless told otherwise) and mails both addresses. */
export function setEmail(
	state: ServerState,
	{ callerId, user, email: rawEmail, sendVerification = true, verified = false }: SetEmailRequest,
): void {
	enforceSetEmailLimit(state, callerId, user._id);
	const email = rawEmail.trim();
	if (!email) {
		throw new MeteorError('error-invalid-email', 'Invalid email', { function: '_setEmail' });
	}
	validateEmailDomain(state, email);
	if (user.emails?.[0]?.address === email) {
		return;
	}
	if (state.users.findByEmail(email)) {
		throw new MeteorError('error-field-unavailable', `${email} is already in use :(`, {
			function: '_setEmail',
			field: email,
		});
	}
	const oldEmail = user.emails?.[0];
	if (oldEmail) {
		state.outbox.send({
			to: oldEmail.address,
			subject: 'Your email address has been changed',
			text: `The email address of your account was changed to ${email}.`,
			username: user.username,
		});
	}
	user.emails = [{ address: email, verified }, ...(user.emails ?? []).slice(1)];
	touch(user, state.clock.now());
	if (sendVerification) {
		state.outbox.send({
			to: email,
			subject: 'Verify your email',
			text: `Please verify ${email} by following the link we sent.`,
			username: user.username,
		});
	}
}

/** `setEmailFunction` used by `saveUserProfile`. */
export function setEmailFunction(
	state: ServerState,
	callerId: string,
	email: string,
	user: StoredUser,
): void {
	if (typeof email !== 'string') {
		throw new MeteorError('error-invalid-email', 'Invalid email', { method: 'setEmail' });
	}
	if (state.settings.get('Accounts_AllowEmailChange') !== true) {
		throw new MeteorError('error-action-not-allowed', 'Changing email is not allowed', {
			method: 'setEmail',
			action: 'Changing_email',
		});
	}
	if (user.emails?.[0]?.address === email) {
		return;
	}
	setEmail(state, { callerId, user, email });
}
