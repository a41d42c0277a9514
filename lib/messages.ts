/** Texts of the app's replies, built from plain data and a translator. Secrets never reach these functions. */
import type { MessageKey, Translatable } from './i18n';
import { YES_NO_FIELDS } from './fields';
import { quoted } from './inert';
import type { ChangeLine, ProfileSnapshot } from './profile';

export type Translator = (key: MessageKey, params?: Translatable['params']) => string;

export function fieldName(t: Translator, field: string, custom: boolean): string {
	return custom ? field : t(`field_${field}` as MessageKey);
}

/** A value in a reply: yes/no fields in the user's language, text quoted and inert, empty named. */
function shown(t: Translator, line: ChangeLine, value: string): { text: string } {
	if (!line.custom && YES_NO_FIELDS.includes(line.field) && (value === 'yes' || value === 'no')) {
		return { text: t(value) };
	}
	return { text: value === '' ? t('empty') : quoted(value) };
}

export function formatChanges(t: Translator, title: string, lines: ChangeLine[]): string {
	const body = lines.map((line) =>
		t('changed_line', {
			field: fieldName(t, line.field, line.custom),
			old: shown(t, line, line.old),
			new: shown(t, line, line.new),
		}),
	);
	return [title, ...body].join('\n');
}

/**
 * What a second-factor modal is about to change: whose profile (the user's own, or `@target`), then one line per
 * field with its old and new value, inert like every reply. A password line never carries a value.
 */
export function formatPendingChanges(
	t: Translator,
	target: string | undefined,
	lines: ChangeLine[],
): string {
	const title = target ? t('twofa_changes_other', { username: target }) : t('twofa_changes_own');
	const body = lines.map((line) => {
		if (!line.custom && line.field === 'password') {
			return t('twofa_line_password', { field: fieldName(t, line.field, false) });
		}
		// A switch without values to show (e-mail two-factor off): the field alone.
		return line.old === '' && line.new === ''
			? t('twofa_line_field', { field: fieldName(t, line.field, line.custom) })
			: formatChanges(t, '', [line]).slice(1);
	});
	return [title, ...body].join('\n');
}

/** `/profile show` and `/admin-user show`. */
export function formatProfile(t: Translator, snapshot: ProfileSnapshot, admin: boolean): string {
	const lines = [admin ? t('show_title_other', { username: snapshot.username }) : t('show_title')];
	const empty = { text: t('empty') };
	lines.push(t('show_name', { value: snapshot.name || empty }));
	lines.push(t('show_username', { value: snapshot.username }));
	lines.push(t('show_nickname', { value: snapshot.nickname || empty }));
	lines.push(
		snapshot.email
			? t('show_email', {
					value: snapshot.email,
					verified: { text: t(snapshot.emailVerified ? 'show_verified' : 'show_not_verified') },
			  })
			: t('show_email_none'),
	);
	lines.push(t('show_bio', { value: snapshot.bio || empty }));
	lines.push(t('show_status', { value: snapshot.status || empty }));
	lines.push(t('show_status_text', { value: snapshot.statusText || empty }));
	for (const [field, value] of Object.entries(snapshot.customFields)) {
		lines.push(t('show_custom', { field, value: value || empty }));
	}
	if (admin) {
		lines.push(t('show_roles', { value: snapshot.roles.join(', ') || empty }));
		lines.push(t('show_active', { value: { text: t(snapshot.active ? 'yes' : 'no') } }));
		lines.push(
			t('show_require_password_change', {
				value: { text: t(snapshot.requirePasswordChange ? 'yes' : 'no') },
			}),
		);
	}
	return lines.join('\n');
}

/** Replies that need no framing: the queue's own, and the receipts of a change that was applied. */
const CLEAR_AFTER_QUEUE: MessageKey[] = [
	'queued_applied',
	'queued_failed',
	'queued_dropped_unlinked',
	'changed_title',
	'changed_title_other',
];

/**
 * A reply of a queued change's replay arrives minutes after the command, so a refusal says it is about the
 * queued change ("Your queued change could not be applied: …"); receipts and the queue's own replies are kept.
 */
export function aboutQueuedChange(t: Translator, text: string): string {
	const clear = CLEAR_AFTER_QUEUE.some((key) => text.startsWith(t(key).split('{')[0]));
	return clear ? text : t('queued_failed', { reason: { text } });
}
