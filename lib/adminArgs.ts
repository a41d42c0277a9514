/** Parses `/admin-user …` words into what the admin asked for. Plain functions, unit-tested. */
import {
	carriesSecret,
	CommandWords,
	FieldChange,
	parseAssignments,
	ParseResult,
	unknownSubcommand,
} from './args';
import { parseInviteWords } from './adminInvite';
import { parseListWords, UserListQuery } from './adminList';
import { ADMIN_FIELDS, CustomFieldDefinitions } from './fields';
import type { Translatable } from './i18n';

export type RoleAction = 'add' | 'remove' | 'set';

export type AdminRequest =
	| { kind: 'help' }
	| { kind: 'doctor' }
	| { kind: 'list'; query: UserListQuery }
	| { kind: 'invite'; emails: string[] }
	| { kind: 'create' }
	| { kind: 'show'; user: string }
	| { kind: 'set'; user: string; changes: FieldChange[] }
	| { kind: 'activate' | 'deactivate'; users: string[] }
	| { kind: 'roles'; user: string; action: RoleAction; roles: string[] }
	| { kind: 'verify'; user: string }
	| { kind: 'password'; user: string }
	| { kind: 'edit'; user: string }
	/** users.delete; `relinquish`: rooms they alone own pass to another member or go (confirmRelinquish). */
	| { kind: 'delete'; user: string; relinquish: boolean }
	/** users.resetTOTP (`totp`, the default) or users.resetE2EKey (`e2e`). */
	| { kind: 'reset-2fa'; user: string; factor: ResetFactor }
	/** users.logout with the user's id: every session and token of theirs. */
	| { kind: 'logout'; user: string };

export type ResetFactor = 'totp' | 'e2e';

function fail(
	key: Translatable['key'],
	params?: Translatable['params'],
): ParseResult<AdminRequest> {
	return { ok: false, error: { key, params } };
}

/** What error messages suggest to an admin working on `user`. */
export function adminWords(user: string): CommandWords {
	return {
		set: `/admin-user set ${user}`,
		clear: (word) => `/admin-user set ${user} ${word}=""`,
		passwordForm: `/admin-user password ${user}`,
	};
}

/** `@alice`, `alice` or a user id → what users.info looks up (its `username` matches ids too). */
export function normalizeUserRef(word: string): string {
	return word.trim().replace(/^@/, '');
}

const SINGLE_USER: Record<string, 'show' | 'verify' | 'password' | 'edit'> = {
	show: 'show',
	verify: 'verify',
	password: 'password',
	edit: 'edit',
};

/** The sub-commands of `/admin-user`, for "did you mean …". */
const ADMIN_SUBCOMMANDS = [
	'help',
	'doctor',
	'list',
	'invite',
	'create',
	...Object.keys(SINGLE_USER),
	'set',
	'activate',
	'deactivate',
	'roles',
	'delete',
	'reset-2fa',
	'logout',
];

/** The optional word after `delete <user>` that accepts what happens to the rooms they alone own. */
const RELINQUISH_WORDS = ['relinquish', '--relinquish'];

/** Longer than any username or id a server accepts: such a reference is refused without a request. */
export const MAX_USER_REF_LENGTH = 255;

function shortened(ref: string): string {
	return ref.length > 40 ? `${ref.slice(0, 40)}…` : ref;
}

/** A parsed request whose user references are all of a length a server could hold, or the refusal. */
function withSaneUserRefs(result: ParseResult<AdminRequest>): ParseResult<AdminRequest> {
	if (!result.ok) {
		return result;
	}
	const request = result.value;
	const refs = 'users' in request ? request.users : 'user' in request ? [request.user] : [];
	const tooLong = refs.find((ref) => ref.length > MAX_USER_REF_LENGTH);
	return tooLong ? fail('admin_unknown_user', { user: shortened(tooLong) }) : result;
}

export function parseAdminCommand(
	args: string[],
	customFields: CustomFieldDefinitions,
): ParseResult<AdminRequest> {
	return withSaneUserRefs(parseAdminWords(args, customFields));
}

function parseAdminWords(
	args: string[],
	customFields: CustomFieldDefinitions,
): ParseResult<AdminRequest> {
	if (carriesSecret(args, ADMIN_FIELDS, customFields)) {
		// The form for the user named second (`set bob …`) when that word is no secret itself.
		const user = args.length > 2 ? normalizeUserRef(args[1]) : '';
		const form = user && !carriesSecret([user], ADMIN_FIELDS, customFields) ? user : '<user>';
		return fail('error_password_on_command_line', { form: `/admin-user password ${form}` });
	}
	const [sub = 'help', ...rest] = args;
	const command = sub.toLowerCase();
	if (command === 'help' || command === '?') {
		return { ok: true, value: { kind: 'help' } };
	}
	if (command === 'doctor') {
		// Extra words are ignored: the report has no options.
		return { ok: true, value: { kind: 'doctor' } };
	}
	if (command === 'list') {
		const parsed = parseListWords(rest);
		return parsed.ok ? { ok: true, value: { kind: 'list', query: parsed.value } } : parsed;
	}
	if (command === 'create') {
		// Extra words are ignored: everything is typed in the form (a password never on the command line).
		return { ok: true, value: { kind: 'create' } };
	}
	if (command === 'invite') {
		const parsed = parseInviteWords(rest);
		return parsed.ok ? { ok: true, value: { kind: 'invite', emails: parsed.value } } : parsed;
	}
	if (Object.prototype.hasOwnProperty.call(SINGLE_USER, command)) {
		if (rest.length !== 1 || !normalizeUserRef(rest[0])) {
			return fail(
				command === 'password' && rest.length > 1
					? 'error_password_on_command_line'
					: 'admin_usage_user',
				{
					usage: `/admin-user ${command} <user>`,
					// The words after `password` may hold a password: none of them is repeated.
					form: '/admin-user password <user>',
				},
			);
		}
		return { ok: true, value: { kind: SINGLE_USER[command], user: normalizeUserRef(rest[0]) } };
	}
	switch (command) {
		case 'set': {
			const [user, ...words] = rest;
			if (!user || !normalizeUserRef(user) || !words.length) {
				return fail('admin_set_usage');
			}
			const parsed = parseAssignments(
				words,
				ADMIN_FIELDS,
				customFields,
				adminWords(normalizeUserRef(user)),
			);
			return parsed.ok
				? { ok: true, value: { kind: 'set', user: normalizeUserRef(user), changes: parsed.value } }
				: parsed;
		}
		case 'activate':
		case 'deactivate': {
			const users = [...new Set(rest.map(normalizeUserRef).filter(Boolean))];
			return users.length
				? { ok: true, value: { kind: command, users } }
				: fail('admin_usage_user', { usage: `/admin-user ${command} <user…>` });
		}
		case 'roles': {
			const [user, action, ...roles] = rest;
			const verb = (action ?? '').toLowerCase();
			const roleNames = [
				...new Set(
					roles
						.flatMap((role) => role.split(','))
						.map((role) => role.trim())
						.filter(Boolean),
				),
			];
			if (
				!normalizeUserRef(user ?? '') ||
				!['add', 'remove', 'set'].includes(verb) ||
				!roleNames.length
			) {
				return fail('admin_roles_usage');
			}
			return {
				ok: true,
				value: {
					kind: 'roles',
					user: normalizeUserRef(user),
					action: verb as RoleAction,
					roles: roleNames,
				},
			};
		}
		case 'delete': {
			const [user, extra, ...more] = rest;
			const relinquish = extra !== undefined && RELINQUISH_WORDS.includes(extra.toLowerCase());
			if (!normalizeUserRef(user ?? '') || more.length || (extra !== undefined && !relinquish)) {
				return fail('admin_usage_user', { usage: '/admin-user delete <user> [relinquish]' });
			}
			return { ok: true, value: { kind: 'delete', user: normalizeUserRef(user), relinquish } };
		}
		case 'reset-2fa': {
			const [user, factor = 'totp', ...more] = rest;
			const which = factor.toLowerCase();
			if (!normalizeUserRef(user ?? '') || more.length || (which !== 'totp' && which !== 'e2e')) {
				return fail('admin_usage_user', { usage: '/admin-user reset-2fa <user> [totp|e2e]' });
			}
			return {
				ok: true,
				value: { kind: 'reset-2fa', user: normalizeUserRef(user), factor: which },
			};
		}
		case 'logout': {
			const [user, ...more] = rest;
			if (!normalizeUserRef(user ?? '') || more.length) {
				return fail('admin_usage_user', { usage: '/admin-user logout <user>' });
			}
			return { ok: true, value: { kind: 'logout', user: normalizeUserRef(user) } };
		}
		default:
			return unknownSubcommand('/admin-user', sub, ADMIN_SUBCOMMANDS);
	}
}

/** The roles after an add/remove/set. */
export function nextRoles(current: string[], action: RoleAction, roles: string[]): string[] {
	switch (action) {
		case 'add':
			return [...current, ...roles.filter((role) => !current.includes(role))];
		case 'remove':
			return current.filter((role) => !roles.includes(role));
		case 'set':
			return [...roles];
	}
}
