/**
 * Values that users control (names, bios, status texts, custom fields, e-mails, role names, server error texts)
 * are shown inert: no line breaks, no markdown, no links, no mentions, no emoji codes. Plain functions; the
 * tests check the outcome with Rocket.Chat's own message parser (@rocket.chat/message-parser).
 */

/** Line breaks and tabs: shown as one space, so a value can never start a line of its own. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Controls, zero-width and bidirectional marks: invisible characters that could disguise a value. */
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/**
 * Text the message parser leaves alone: letters, digits, spaces and punctuation with no markdown meaning.
 * A dot is plain only when no letter follows it (`example.com` becomes a link).
 */
const PLAIN = /^[\p{L}\p{M}\p{N} ,;'’!?()&%+/=\-–—“”‘«»…]*$/u;
const DOT_BEFORE_LETTER = /\.(?=\p{L})/u;

/** One line, no invisible characters. */
export function flatten(value: string): string {
	return value.replace(BREAKS, ' ').replace(INVISIBLE, '');
}

/** A start that makes a list item when the value begins a line (`- x`, `+ x`, `1. x`, `1) x`). */
const LIST_START = /^\s*([-+]|\d+[.)])(\s|$)/;

function isPlain(text: string): boolean {
	return (
		!DOT_BEFORE_LETTER.test(text) && !LIST_START.test(text) && PLAIN.test(text.replace(/\./g, ''))
	);
}

/**
 * A user-controlled value as it may appear in a message: as typed when it is plain text, else as inline code
 * (which the client shows literally). Backticks inside become look-alikes so the code cannot be closed early,
 * and a `@`/`#` that starts a word is followed by a word joiner, so that no mention or channel link is read
 * from the text (the server's mention rules look at the raw text, code or not).
 */
export function inert(value: string): string {
	const flat = flatten(value);
	if (isPlain(flat)) {
		return flat;
	}
	return `\`${codeSafe(flat)}\``;
}

/** A value placed inside an inline code span of a message: it must not close the span. */
export function codeSafe(value: string): string {
	return flatten(value)
		.replace(/`/g, 'ˋ')
		.replace(/(^|[^\p{L}\p{N}])([@#])/gu, '$1$2\u2060');
}

/** A value quoted so that where it starts and ends is clear: “plain text”, or inline code when it is not plain. */
export function quoted(value: string): string {
	const shown = inert(value);
	return shown.startsWith('`') ? shown : `“${shown}”`;
}
