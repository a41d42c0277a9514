/**
 * A status that ends by itself: `… for 1h`, `… for 30 min`, `… until 17:00`, `… until tomorrow 9am`, typed after
 * the status text, in the app's four languages. Plain functions: reading the words, then the instant the status
 * ends in the user's time zone (Rocket.Chat keeps it as `utcOffset` in hours, the browser's
 * `moment().utcOffset() / 60`: apps/meteor/client/startup/userSetUtcOffset.ts).
 */
import type { Translatable } from './i18n';
import { foldKeyword } from './keywords';

/** What the user typed: a duration, or a time of day (today, or tomorrow when they said so). */
export type StatusEndSpec =
	| { kind: 'for'; ms: number; typed: string }
	| { kind: 'until'; hour: number; minute: number; tomorrow: boolean; typed: string };

export const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** The longest timed status: a month of holiday. */
export const MAX_STATUS_DAYS = 30;

const FOR_WORDS = new Set(['for', 'por', 'durante', 'fur']);
const UNTIL_WORDS = new Set(['until', 'till', 'til', 'ate', 'bis', 'hasta']);
const TOMORROW_WORDS = new Set(['tomorrow', 'amanha', 'morgen', 'manana']);
/** A word that may follow a time: `17 Uhr`, `17 h`, `17 horas`. */
const HOUR_SUFFIX_WORDS = new Set(['uhr', 'h', 'horas', 'hs']);

/** Units of a duration in the four languages, folded (no accents, lower case). */
const UNIT_MS: Record<string, number> = {
	m: MINUTE_MS,
	min: MINUTE_MS,
	mins: MINUTE_MS,
	minute: MINUTE_MS,
	minutes: MINUTE_MS,
	minuto: MINUTE_MS,
	minutos: MINUTE_MS,
	minuten: MINUTE_MS,
	h: HOUR_MS,
	hr: HOUR_MS,
	hrs: HOUR_MS,
	hour: HOUR_MS,
	hours: HOUR_MS,
	hora: HOUR_MS,
	horas: HOUR_MS,
	std: HOUR_MS,
	stunde: HOUR_MS,
	stunden: HOUR_MS,
	d: DAY_MS,
	day: DAY_MS,
	days: DAY_MS,
	dia: DAY_MS,
	dias: DAY_MS,
	tag: DAY_MS,
	tage: DAY_MS,
	tagen: DAY_MS,
	w: 7 * DAY_MS,
	week: 7 * DAY_MS,
	weeks: 7 * DAY_MS,
	semana: 7 * DAY_MS,
	semanas: 7 * DAY_MS,
	woche: 7 * DAY_MS,
	wochen: 7 * DAY_MS,
};

export type StatusEndSplit =
	| { ok: true; words: string[]; end?: StatusEndSpec }
	| { ok: false; error: Translatable };

/** Quotes make words literal: a quoted `for 1h` is status text. */
const QUOTE = /["'“”„‘’‚«»‹›]/;

/**
 * Splits `[text…] for|until <when>` off the end of a status's words. Words after the last `for`/`until` that start
 * like a duration or a time (a digit, or `tomorrow`) must be one, else the line is refused (`for 90 minuets`);
 * words that do not (`Working for the team`) are plain status text.
 */
export function splitStatusEnd(words: string[]): StatusEndSplit {
	for (let index = words.length - 2; index >= 0; index--) {
		const keyword = foldKeyword(words[index]);
		const isFor = FOR_WORDS.has(keyword);
		if (!isFor && !UNTIL_WORDS.has(keyword)) {
			continue;
		}
		const tail = words.slice(index + 1);
		if (tail.some((word) => QUOTE.test(word)) || !looksLikeWhen(tail[0])) {
			return { ok: true, words };
		}
		const typed = tail.join(' ');
		const end = isFor ? parseDuration(tail) : parseTimeOfDay(tail);
		if (!end) {
			return {
				ok: false,
				error: {
					key: isFor ? 'error_status_duration' : 'error_status_time',
					params: { value: typed },
				},
			};
		}
		return { ok: true, words: words.slice(0, index), end: { ...end, typed } as StatusEndSpec };
	}
	return { ok: true, words };
}

function looksLikeWhen(word: string | undefined): boolean {
	return word !== undefined && (/^\d/.test(word) || TOMORROW_WORDS.has(foldKeyword(word)));
}

/** `1h`, `30m`, `1h30`, `1h 30min`, `1,5 h`, `2 hours`, `90 minutos`, `2 Tage`: a sum of amounts with units. */
export function parseDuration(words: string[]): { kind: 'for'; ms: number } | undefined {
	const text = foldKeyword(words.join(' ')).replace(/,/g, '.');
	const pattern = /(\d+(?:\.\d+)?)\s*([a-z]+)?/gy;
	let total = 0;
	let rest = text.trim();
	let lastUnit: number | undefined;
	while (rest) {
		pattern.lastIndex = 0;
		const match = pattern.exec(rest);
		if (!match) {
			return undefined;
		}
		const amount = Number(match[1]);
		// `1h30`: a bare number after hours means minutes.
		const unit =
			match[2] === undefined ? (lastUnit === HOUR_MS ? MINUTE_MS : undefined) : UNIT_MS[match[2]];
		if (unit === undefined) {
			return undefined;
		}
		total += amount * unit;
		lastUnit = unit;
		rest = rest.slice(pattern.lastIndex).trim();
	}
	return total > 0 ? { kind: 'for', ms: Math.round(total) } : undefined;
}

/** `17:00`, `17h`, `17h30`, `17.30 Uhr`, `5pm`, `5:30 pm`, `tomorrow 9:00`, `morgen 9 Uhr`. */
export function parseTimeOfDay(
	words: string[],
): { kind: 'until'; hour: number; minute: number; tomorrow: boolean } | undefined {
	const folded = words.map(foldKeyword);
	const tomorrow = TOMORROW_WORDS.has(folded[0]);
	const parts = tomorrow ? folded.slice(1) : folded;
	if (parts.length > 1 && HOUR_SUFFIX_WORDS.has(parts[parts.length - 1])) {
		parts.pop();
	}
	const text = parts.join('').replace(/\s+/g, '');
	const match = /^(\d{1,2})(?:[:.h](\d{2})?)?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
	if (!match) {
		return undefined;
	}
	let hour = Number(match[1]);
	const minute = match[2] === undefined ? 0 : Number(match[2]);
	const meridiem = match[3]?.replace(/\./g, '');
	if (meridiem) {
		if (hour < 1 || hour > 12) {
			return undefined;
		}
		hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
	}
	if (hour > 23 || minute > 59) {
		return undefined;
	}
	return { kind: 'until', hour, minute, tomorrow };
}

/** `utcOffset` as Rocket.Chat stores it (hours, maybe fractional) → minutes; anything else is UTC. */
export function offsetMinutes(utcOffset: unknown): number {
	return typeof utcOffset === 'number' && Number.isFinite(utcOffset) && Math.abs(utcOffset) <= 14
		? Math.round(utcOffset * 60)
		: 0;
}

export type StatusEndResult = { ok: true; endsAt: number } | { ok: false; error: Translatable };

/**
 * The instant a status ends: `now` plus the duration, or the next `until` time in the user's zone (today, or
 * tomorrow when typed). A time already past today is refused with what to type instead; nothing under a minute
 * or over MAX_STATUS_DAYS is taken.
 */
export function resolveStatusEnd(
	spec: StatusEndSpec,
	now: number,
	utcOffset: unknown,
): StatusEndResult {
	const offset = offsetMinutes(utcOffset) * MINUTE_MS;
	let endsAt: number;
	if (spec.kind === 'for') {
		endsAt = now + spec.ms;
	} else {
		const local = now + offset;
		const midnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
		endsAt =
			midnight +
			(spec.tomorrow ? DAY_MS : 0) +
			spec.hour * HOUR_MS +
			spec.minute * MINUTE_MS -
			offset;
		if (endsAt <= now) {
			return {
				ok: false,
				error: {
					key: 'error_status_time_past',
					params: {
						time: { text: formatClock(endsAt, utcOffset) },
						now: { text: formatClock(now, utcOffset) },
						zone: { text: formatZone(utcOffset) },
					},
				},
			};
		}
	}
	if (endsAt - now < MINUTE_MS) {
		return { ok: false, error: { key: 'error_status_duration', params: { value: spec.typed } } };
	}
	if (endsAt - now > MAX_STATUS_DAYS * DAY_MS) {
		return {
			ok: false,
			error: { key: 'error_status_too_long', params: { days: MAX_STATUS_DAYS } },
		};
	}
	return { ok: true, endsAt };
}

/** `17:05` in the user's zone. */
export function formatClock(at: number, utcOffset: unknown): string {
	const local = new Date(at + offsetMinutes(utcOffset) * MINUTE_MS);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** `UTC`, `UTC+2`, `UTC-3`, `UTC+5:30`. */
export function formatZone(utcOffset: unknown): string {
	const minutes = offsetMinutes(utcOffset);
	if (!minutes) {
		return 'UTC';
	}
	const sign = minutes > 0 ? '+' : '-';
	const hours = Math.floor(Math.abs(minutes) / 60);
	const rest = Math.abs(minutes) % 60;
	return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** How the end is told: the clock time, and on which day relative to today in the user's zone (0, 1, or more). */
export function describeEnd(
	endsAt: number,
	now: number,
	utcOffset: unknown,
): { time: string; zone: string; daysAhead: number; date: string } {
	const offset = offsetMinutes(utcOffset) * MINUTE_MS;
	const day = (at: number) => Math.floor((at + offset) / DAY_MS);
	const local = new Date(endsAt + offset);
	return {
		time: formatClock(endsAt, utcOffset),
		zone: formatZone(utcOffset),
		daysAhead: day(endsAt) - day(now),
		date: local.toISOString().slice(0, 10),
	};
}
