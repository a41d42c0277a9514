/**
 * Parses the words of a slash command (already split by the server, quotes grouped) into what the user asked for.
 * Plain functions: no accessors, so every case is unit-tested.
 */
import {
	CLEARABLE_FIELDS,
	CustomFieldDefinitions,
	FieldRef,
	fieldWords,
	isPasswordName,
	isYesNoField,
	OWN_FIELDS,
	resolveField,
	StandardField,
	typedName,
} from './fields';
import {
	ACCOUNT_SETTING_WORDS,
	accountSettingOf,
	isAvatarUrl,
	isEmailWord,
	languageCodeOf,
	onOffOf,
} from './account';
import type { Translatable } from './i18n';
import { statusOf } from './keywords';
import { assignedName, isSecretAssignment, isSecretName } from './secretWords';
import { splitStatusEnd, StatusEndSpec } from './statusEnd';
import { closestWord, groupQuotedWords } from './typing';

export interface FieldChange {
	ref: FieldRef;
	value: string;
	/** The field's name as the user typed it (`verificado`), for refusals that name it. */
	typed?: string;
}

/**
 * A change; a yes/no field remembers the name typed when it is not the usual one (`verificado`), so that its
 * refusal names the field as the user typed it.
 */
function fieldChange(ref: FieldRef, value: string, typed: string): FieldChange {
	return isYesNoField(ref) && typed.toLowerCase() !== typedName(ref)
		? { ref, value, typed }
		: { ref, value };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Translatable };

export type ProfileRequest =
	| { kind: 'help' }
	| { kind: 'show' }
	| { kind: 'login' }
	| { kind: 'logout' }
	| { kind: 'edit' }
	| { kind: 'password' }
	| { kind: 'queue'; cancel?: number | 'all' | FieldRef }
	| { kind: 'statuses' }
	| { kind: 'set'; changes: FieldChange[]; statusEnd?: StatusEndSpec }
	| { kind: 'clear'; field: typeof CLEARABLE_FIELDS[number] }
	| AccountRequest;

/** What `/profile` asks of the account beyond its fields (lib/account.ts); `avatar` without a URL resets it. */
export type AccountRequest =
	| { kind: 'avatar'; url?: string }
	| { kind: 'language'; language: string }
	| { kind: 'verify-email' }
	| { kind: 'logout-others' }
	| { kind: 'email-2fa'; enable: boolean };

const ASSIGNMENT = /^([^\s=]+)=(.*)$/s;

/** The commands an error message suggests, which differ between `/profile` and `/admin-user`. */
export interface CommandWords {
	/** e.g. `/profile set` or `/admin-user set bob`. */
	set: string;
	/** How to empty a field, e.g. `/profile clear bio`. */
	clear(word: string): string;
	/** The form that takes a password. */
	passwordForm: string;
}

export const PROFILE_WORDS: CommandWords = {
	set: '/profile set',
	clear: (word) => `/profile clear ${word}`,
	passwordForm: '/profile password',
};

function fail<T>(key: Translatable['key'], params?: Translatable['params']): ParseResult<T> {
	return { ok: false, error: { key, params } };
}

/** The sub-commands of `/profile`, for "did you mean …". */
const PROFILE_SUBCOMMANDS = [
	'help',
	'show',
	'login',
	'logout',
	'edit',
	'password',
	'set',
	'clear',
	'reset',
	'queue',
	'statuses',
	'verify-email',
	'logout-others',
	'2fa',
];

/** An unknown sub-command, with the one it most likely meant when there is one. */
export function unknownSubcommand<T>(
	command: string,
	sub: string,
	known: readonly string[],
): ParseResult<T> {
	const suggestion = closestWord(sub, known);
	return suggestion
		? fail('error_unknown_subcommand_suggest', { command, sub, suggestion })
		: fail('error_unknown_subcommand', { command, sub });
}

/** An unknown field name, with the field it most likely meant when there is one. */
function unknownField<T>(
	name: string,
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
	inAssignment: boolean,
): ParseResult<T> {
	const suggestion = closestWord(name, fieldWords(allowed, customFields));
	if (inAssignment) {
		return suggestion
			? fail('error_unknown_field_in_assignment_suggest', { name, suggestion })
			: fail('error_unknown_field_in_assignment', { name });
	}
	return suggestion
		? fail('error_unknown_field_suggest', { name, suggestion })
		: fail('error_unknown_field', { name });
}

/** A status typed as people say it (`dnd`, `invisible`, `ausente`) is sent as Rocket.Chat's own word. */
function withStatusWords(changes: FieldChange[]): FieldChange[] {
	return changes.map((change) =>
		change.ref.kind === 'standard' && change.ref.field === 'status'
			? { ...change, value: statusOf(change.value) ?? change.value.toLowerCase() }
			: change,
	);
}

/**
 * Whether a word of the command line may carry a secret: `password:Hunter2`, `senha＝x`, `pwd=x` (any separator,
 * look-alike letters, the app's languages). A word naming a real field is not one. Such a line is refused with
 * a message that repeats none of its words.
 */
export function carriesSecret(
	words: string[],
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
): boolean {
	return words.some((word) => {
		if (!isSecretAssignment(word)) {
			return false;
		}
		const name = assignedName(word) ?? word;
		return !resolveField(name, allowed, customFields);
	});
}

/** A word that names a secret and no field, e.g. `senha` in `/profile set senha Hunter2`. */
function namesSecret(
	word: string,
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
): boolean {
	return isPasswordName(word) || (isSecretName(word) && !resolveField(word, allowed, customFields));
}

/**
 * Reads `field value…` or `f1=v1 f2="v 2" …` into field changes.
 * In the `f=v` form a word without `=` continues the previous value, so `bio=I build rockets` works unquoted.
 */
export function parseAssignments(
	words: string[],
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
	commandWords: CommandWords = PROFILE_WORDS,
): ParseResult<FieldChange[]> {
	if (!words.length) {
		return fail('error_set_usage');
	}
	const grouped = groupQuotedWords(words);
	if (!grouped.ok) {
		return grouped;
	}
	const parsed = parseGroupedAssignments(grouped.words, allowed, customFields, commandWords);
	return parsed.ok ? { ok: true, value: withStatusWords(parsed.value) } : parsed;
}

function parseGroupedAssignments(
	words: string[],
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
	commandWords: CommandWords,
): ParseResult<FieldChange[]> {
	const first = ASSIGNMENT.exec(words[0]);
	if (!first || isKnownOrPassword(words[0], allowed, customFields) === 'plain-word') {
		return parseSingle(words, allowed, customFields, commandWords);
	}
	const changes: FieldChange[] = [];
	for (const word of words) {
		const assignment = ASSIGNMENT.exec(word);
		if (!assignment) {
			changes[changes.length - 1].value += ` ${word}`;
			continue;
		}
		const [, name, value] = assignment;
		if (namesSecret(name, allowed, customFields)) {
			return fail('error_password_on_command_line', { form: commandWords.passwordForm });
		}
		const ref = resolveField(name, allowed, customFields);
		if (!ref) {
			return unknownField(name, allowed, customFields, true);
		}
		if (changes.some((change) => sameField(change.ref, ref))) {
			return fail('error_duplicate_field', { field: ref.field });
		}
		changes.push(fieldChange(ref, value, name));
	}
	return { ok: true, value: changes.map((change) => ({ ...change, value: change.value.trim() })) };
}

/** Whether `word` (which contains '=') starts a `field=value` pair. */
function isKnownOrPassword(
	word: string,
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
): 'assignment' | 'plain-word' {
	const name = word.slice(0, word.indexOf('='));
	return isPasswordName(name) || resolveField(name, allowed, customFields)
		? 'assignment'
		: 'plain-word';
}

function parseSingle(
	words: string[],
	allowed: readonly StandardField[],
	customFields: CustomFieldDefinitions,
	commandWords: CommandWords,
): ParseResult<FieldChange[]> {
	const [name, ...rest] = words;
	if (namesSecret(assignedName(name) ?? name, allowed, customFields)) {
		return fail('error_password_on_command_line', { form: commandWords.passwordForm });
	}
	const ref = resolveField(name, allowed, customFields);
	if (!ref) {
		// Only the name is repeated, never what follows a separator (it may be a value).
		return unknownField(assignedName(name) ?? name, allowed, customFields, false);
	}
	const value = rest.join(' ').trim();
	if (ref.kind === 'standard' && ref.field === 'status') {
		// `status <online|away|busy|offline> [text…]`: status and, optionally, its text in one go.
		const [status, ...text] = rest;
		if (!status) {
			return fail('error_status_missing');
		}
		const changes: FieldChange[] = [{ ref, value: status }];
		if (text.length) {
			changes.push({
				ref: { kind: 'standard', field: 'statusText' },
				value: text.join(' ').trim(),
			});
		}
		return { ok: true, value: changes };
	}
	if (!value) {
		const word = typedName(ref);
		return CLEARABLE_FIELDS.includes(ref.field as never)
			? fail('error_value_missing_clearable', { field: ref.field, clear: commandWords.clear(word) })
			: fail('error_value_missing', { field: ref.field, command: commandWords.set, word });
	}
	return { ok: true, value: [fieldChange(ref, value, name)] };
}

function sameField(a: FieldRef, b: FieldRef): boolean {
	return a.kind === b.kind && a.field === b.field;
}

/**
 * `/profile queue`, `/profile queue cancel <number|all|field>`: a field takes that field out of one's queued change
 * (a user's queued changes are joined into one, lib/queueOrder.ts).
 */
function parseQueue(
	words: string[],
	customFields: CustomFieldDefinitions,
): ParseResult<ProfileRequest> {
	if (!words.length) {
		return { ok: true, value: { kind: 'queue' } };
	}
	const [verb, target, ...extra] = words;
	if (verb.toLowerCase() !== 'cancel' || !target || extra.length) {
		return fail('error_queue_usage');
	}
	if (target.toLowerCase() === 'all') {
		return { ok: true, value: { kind: 'queue', cancel: 'all' } };
	}
	if (/^[1-9]\d{0,3}$/.test(target)) {
		return { ok: true, value: { kind: 'queue', cancel: Number(target) } };
	}
	const ref = resolveField(target, OWN_FIELDS, customFields);
	return ref ? { ok: true, value: { kind: 'queue', cancel: ref } } : fail('error_queue_usage');
}

/**
 * `set avatar <url>`, `set language <code|name>` (also `avatar=<url>`): undefined when the first word names no
 * account setting or names a field (a workspace custom field keeps its name, as for field words).
 */
function parseAccountSetting(
	words: string[],
	customFields: CustomFieldDefinitions,
): ParseResult<ProfileRequest> | undefined {
	const [first = '', ...rest] = words;
	const assignment = ASSIGNMENT.exec(first);
	const name = assignment ? assignment[1] : first;
	const setting = accountSettingOf(name);
	if (!setting || resolveField(name, OWN_FIELDS, customFields)) {
		return undefined;
	}
	const value = [...(assignment ? [assignment[2]] : []), ...rest].join(' ').trim();
	if (setting === 'avatar') {
		if (!value) {
			return fail('error_avatar_usage');
		}
		return isAvatarUrl(value)
			? { ok: true, value: { kind: 'avatar', url: value } }
			: fail('error_avatar_url');
	}
	if (!value) {
		return fail('error_language_usage');
	}
	const language = languageCodeOf(value);
	return language
		? { ok: true, value: { kind: 'language', language } }
		: fail('error_language_unknown', { language: value });
}

/** `set <unknown>`: "did you mean" also offers the account settings when no field was close. */
function withSettingSuggestion<T>(parsed: ParseResult<T>, words: string[]): ParseResult<T> {
	if (parsed.ok || parsed.error.key !== 'error_unknown_field') {
		return parsed;
	}
	const name = assignedName(words[0] ?? '') ?? words[0] ?? '';
	const suggestion = closestWord(name, ACCOUNT_SETTING_WORDS);
	return suggestion ? fail('error_unknown_field_suggest', { name, suggestion }) : parsed;
}

/** `/profile 2fa email on|off`. */
function parseTwoFactor(words: string[]): ParseResult<ProfileRequest> {
	const [method, toggle, ...extra] = words;
	const enable = onOffOf(toggle);
	if (!method || !isEmailWord(method) || enable === undefined || extra.length) {
		return fail('error_2fa_usage');
	}
	return { ok: true, value: { kind: 'email-2fa', enable } };
}

/** `/profile reset avatar` (and `/profile clear avatar`). */
function parseReset(words: string[]): ParseResult<ProfileRequest> {
	return words.length === 1 && accountSettingOf(words[0]) === 'avatar'
		? { ok: true, value: { kind: 'avatar' } }
		: fail('error_reset_usage');
}

function isStatusWord(word: string, customFields: CustomFieldDefinitions): boolean {
	const ref = resolveField(word, OWN_FIELDS, customFields);
	return ref?.kind === 'standard' && ref.field === 'status';
}

/**
 * `set status <status> [text…] for 1h | until 17:00`: the end is split off the single `status` form only (the
 * assignment form keeps every word as typed).
 */
function splitTimedStatus(
	words: string[],
	customFields: CustomFieldDefinitions,
): { ok: true; words: string[]; end?: StatusEndSpec } | { ok: false; error: Translatable } {
	const [name = '', status, ...text] = words;
	if (status === undefined || ASSIGNMENT.test(name) || !isStatusWord(name, customFields)) {
		return { ok: true, words };
	}
	const split = splitStatusEnd(text);
	return split.ok ? { ok: true, words: [name, status, ...split.words], end: split.end } : split;
}

/** `/profile …` */
export function parseProfileCommand(
	args: string[],
	customFields: CustomFieldDefinitions,
): ParseResult<ProfileRequest> {
	if (carriesSecret(args, OWN_FIELDS, customFields)) {
		return fail('error_password_on_command_line', { form: PROFILE_WORDS.passwordForm });
	}
	const [sub = 'help', ...rest] = args;
	switch (sub.toLowerCase()) {
		case 'help':
		case '?':
			return { ok: true, value: { kind: 'help' } };
		case 'show':
		case 'me':
			return { ok: true, value: { kind: 'show' } };
		case 'login':
		case 'link':
			return { ok: true, value: { kind: 'login' } };
		case 'logout':
		case 'unlink':
			return { ok: true, value: { kind: 'logout' } };
		case 'edit':
			return { ok: true, value: { kind: 'edit' } };
		case 'password':
			// Anything typed after `password` could be a password: refuse it, never read or repeat it.
			return rest.length
				? fail('error_password_on_command_line', { form: PROFILE_WORDS.passwordForm })
				: { ok: true, value: { kind: 'password' } };
		case 'queue':
			return parseQueue(rest, customFields);
		case 'statuses':
			return rest.length
				? fail('error_takes_no_arguments', { command: '/profile statuses' })
				: { ok: true, value: { kind: 'statuses' } };
		case 'set': {
			const setting = parseAccountSetting(rest, customFields);
			if (setting) {
				return setting;
			}
			const timed = splitTimedStatus(rest, customFields);
			if (!timed.ok) {
				return timed;
			}
			const { words, end } = timed;
			const parsed = withSettingSuggestion(
				parseAssignments(words, OWN_FIELDS, customFields),
				words,
			);
			if (!parsed.ok) {
				return parsed;
			}
			return {
				ok: true,
				value: { kind: 'set', changes: parsed.value, ...(end ? { statusEnd: end } : {}) },
			};
		}
		case 'reset':
			return parseReset(rest);
		case 'verify-email':
		case 'resend-verification':
			return rest.length
				? fail('error_takes_no_arguments', { command: `/profile ${sub.toLowerCase()}` })
				: { ok: true, value: { kind: 'verify-email' } };
		case 'logout-others':
		case 'logout-other-clients':
			return rest.length
				? fail('error_takes_no_arguments', { command: `/profile ${sub.toLowerCase()}` })
				: { ok: true, value: { kind: 'logout-others' } };
		case '2fa':
			return parseTwoFactor(rest);
		case 'clear': {
			if (rest.length === 1 && isStatusWord(rest[0], customFields)) {
				// Back to online with no text, as Rocket.Chat's own "Online" does (and any timed status is over).
				return {
					ok: true,
					value: {
						kind: 'set',
						changes: [
							{ ref: { kind: 'standard', field: 'status' }, value: 'online' },
							{ ref: { kind: 'standard', field: 'statusText' }, value: '' },
						],
					},
				};
			}
			const ref = rest.length === 1 ? resolveField(rest[0], CLEARABLE_FIELDS, {}) : undefined;
			if (!ref && rest.length === 1 && accountSettingOf(rest[0]) === 'avatar') {
				return { ok: true, value: { kind: 'avatar' } };
			}
			if (!ref) {
				return fail('error_clear_usage');
			}
			return {
				ok: true,
				value: { kind: 'clear', field: ref.field as typeof CLEARABLE_FIELDS[number] },
			};
		}
		default:
			return unknownSubcommand('/profile', sub, PROFILE_SUBCOMMANDS);
	}
}
