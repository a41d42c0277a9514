/**
 * Forgiving typing: quotes as people type them, and "did you mean …" for a misspelt word. Plain functions.
 *
 * The server splits a command line before the app sees it (docs/server-rules.md, "Slash commands"): a pair of
 * straight quotes groups words and is dropped, so what reaches the app with a quote still in it is either a quote
 * the server did not pair (never closed) or a typographic quote, which the server does not know.
 */
import type { Translatable } from './i18n';

/** Quotes that open a group at the start of a value: straight, and the ones autocorrect and keyboards produce. */
const OPENING = new Set(['"', "'", '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›']);
/** Single quotes double as apostrophes (’90s, 'til): one never closed is kept as typed, not an error. */
const APOSTROPHES = new Set(["'", '‘', '’', '‚']);
/** Quotes that close a group at the end of a word. */
const CLOSING = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›']);

export type QuoteResult = { ok: true; words: string[] } | { ok: false; error: Translatable };

/** Where a value starts in a word: after `name=` in the assignment form, else at the word's start. */
function valueStart(word: string): number {
	const equals = word.indexOf('=');
	return equals > 0 && !OPENING.has(word[0]) ? equals + 1 : 0;
}

/**
 * Groups words between an opening and a closing quote into one word, without the quotes:
 * `name=“Jane Doe”` → `name=Jane Doe`. A quote inside a word (O'Brien) is left alone. A double quote opened and
 * never closed is an error naming the word where it opened.
 */
export function groupQuotedWords(words: string[]): QuoteResult {
	const grouped: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index];
		const start = valueStart(word);
		if (!OPENING.has(word[start] ?? '')) {
			grouped.push(word);
			continue;
		}
		const closing = findClosing(words, index, start + 1);
		if (closing === undefined && APOSTROPHES.has(word[start])) {
			grouped.push(word);
			continue;
		}
		if (closing === undefined) {
			return { ok: false, error: { key: 'error_unclosed_quote', params: { start: word } } };
		}
		const group = words.slice(index, closing + 1).join(' ');
		grouped.push(group.slice(0, start) + group.slice(start + 1, -1));
		index = closing;
	}
	return { ok: true, words: grouped };
}

/** The index of the word that ends the group opened in `words[from]` (the opening quote excluded). */
function findClosing(words: string[], from: number, openedAt: number): number | undefined {
	for (let index = from; index < words.length; index++) {
		const word = words[index];
		const earliestEnd = index === from ? openedAt + 1 : 1;
		if (word.length >= earliestEnd && CLOSING.has(word[word.length - 1])) {
			return index;
		}
	}
	return undefined;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[a.length][b.length];
}

/**
 * The one candidate a misspelt word most likely meant: one edit away, or two for words of five letters or more
 * (`nam` → `name`, `nickame` → `nickname`, `shwo` → `show`). None when two candidates are equally close.
 */
export function closestWord(typed: string, candidates: readonly string[]): string | undefined {
	const word = typed.toLowerCase();
	if (!word || word.length > 40) {
		return undefined;
	}
	const allowed = word.length >= 5 ? 2 : 1;
	let best: string | undefined;
	let bestDistance = allowed + 1;
	let tie = false;
	for (const candidate of new Set(candidates)) {
		const distance = editDistance(word, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			tie = false;
		} else if (distance === bestDistance && candidate !== best) {
			tie = true;
		}
	}
	return best && !tie && bestDistance > 0 ? best : undefined;
}
