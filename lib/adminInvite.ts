/**
 * `/admin-user invite <address…>`: the addresses as typed, for `sendInvitationEmail` (permission
 * `bulk-register-user`; apps/meteor/app/invites/server/functions/sendInvitationEmail.ts). Plain functions.
 */
import type { ParseResult } from './args';

/** More addresses than this in one command are refused: an invitation is not a mailing list. */
export const MAX_INVITES = 50;

/**
 * Rocket.Chat's `Mailer.checkAddressFormat` (apps/meteor/app/mailer/server/api.ts) drops what is no address without
 * saying so; the app tells the admin which ones it did not send, using a plain `name@domain.tld` shape.
 */
export function looksLikeAddress(address: string): boolean {
	return address.length <= 254 && /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;".]+$/.test(address);
}

/** The words after `invite`: addresses split on spaces, commas and semicolons, each once (ignoring case). */
export function parseInviteWords(words: string[]): ParseResult<string[]> {
	const seen = new Set<string>();
	const emails: string[] = [];
	for (const address of words.flatMap((word) => word.split(/[,;]/))) {
		const trimmed = address.trim().replace(/^mailto:/i, '');
		if (trimmed && !seen.has(trimmed.toLowerCase())) {
			seen.add(trimmed.toLowerCase());
			emails.push(trimmed);
		}
	}
	if (!emails.length) {
		return { ok: false, error: { key: 'admin_invite_usage' } };
	}
	if (emails.length > MAX_INVITES) {
		return { ok: false, error: { key: 'admin_invite_too_many', params: { max: MAX_INVITES } } };
	}
	return { ok: true, value: emails };
}
