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
	OWN_FIELDS,
	resolveField,
	StandardField,
	typedName,
} from './fields';
import type { Translatable } from './i18n';
import { statusOf } from './keywords';
import { assignedName, isSecretAssignment, isSecretName } from './secretWords';
import { closestWord, groupQuotedWords } from './typing';

export interface FieldChange {
	ref: FieldRef;
	value: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Translatable };

export type ProfileRequest =
	| { kind: 'help' }
	| { kind: 'show' }
	| { kind: 'login' }
	| { kind: 'logout' }
	| { kind: 'edit' }
	| { kind: 'password' }
	| { kind: 'queue'; cancel?: number | 'all' }
	| { kind: 'set'; changes: FieldChange[] }
	| { kind: 'clear'; field: typeof CLEARABLE_FIELDS[number] };

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
	'queue',
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
		changes.push({ ref, value });
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
	return { ok: true, value: [{ ref, value }] };
}

function sameField(a: FieldRef, b: FieldRef): boolean {
	return a.kind === b.kind && a.field === b.field;
}

/** `/profile queue`, `/profile queue cancel <number|all>`. */
function parseQueue(words: string[]): ParseResult<ProfileRequest> {
	if (!words.length) {
		return { ok: true, value: { kind: 'queue' } };
	}
	const [verb, target, ...extra] = words.map((word) => word.toLowerCase());
	if (verb !== 'cancel' || !target || extra.length) {
		return fail('error_queue_usage');
	}
	if (target === 'all') {
		return { ok: true, value: { kind: 'queue', cancel: 'all' } };
	}
	return /^[1-9]\d{0,3}$/.test(target)
		? { ok: true, value: { kind: 'queue', cancel: Number(target) } }
		: fail('error_queue_usage');
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
			return parseQueue(rest);
		case 'set': {
			const parsed = parseAssignments(rest, OWN_FIELDS, customFields);
			return parsed.ok ? { ok: true, value: { kind: 'set', changes: parsed.value } } : parsed;
		}
		case 'clear': {
			const ref = rest.length === 1 ? resolveField(rest[0], CLEARABLE_FIELDS, {}) : undefined;
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
