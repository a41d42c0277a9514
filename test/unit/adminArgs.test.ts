import { adminWords, nextRoles, normalizeUserRef, parseAdminCommand } from '../../lib/adminArgs';
import type { CustomFieldDefinitions } from '../../lib/fields';
import { Language, translate } from '../../lib/i18n';
import { parseParameters } from '../../tools/host/parseParameters';

const CUSTOM: CustomFieldDefinitions = { Department: { type: 'text' } };
const std = (field: string, value: string) => ({ ref: { kind: 'standard', field }, value });
const LANGUAGES: Language[] = ['en', 'pt-BR', 'de', 'es'];

/** The reply an admin sees for a refused command, in `language`. */
function errorText(args: string[], language: Language = 'en'): string {
	const parsed = parseAdminCommand(args, CUSTOM);
	if (parsed.ok) {
		throw new Error(`expected an error for ${JSON.stringify(args)}`);
	}
	return translate(language, parsed.error.key, { fields: 'X', ...parsed.error.params });
}

/** Every `/…` command quoted in a message, as typed after the slash command (split as the server does). */
function quotedCommands(text: string): Array<{ command: string; args: string[] }> {
	return [...text.matchAll(/`\/(\S+) ?([^`]*)`/g)].map(([, command, rest]) => ({
		command,
		args: parseParameters(rest),
	}));
}

describe('normalizeUserRef', () => {
	test.each([
		['@alice', 'alice'],
		['alice', 'alice'],
		['  @alice  ', 'alice'],
		['Xk3ZcD9pQ2', 'Xk3ZcD9pQ2'],
		['@', ''],
		['', ''],
		['a@b', 'a@b'],
		['@@alice', '@alice'],
	])('%j → %j', (word, user) => {
		expect(normalizeUserRef(word)).toBe(user);
	});
});

describe('parseAdminCommand: help and unknown', () => {
	test.each([[[]], [['help']], [['Help']], [['?']]])('%j → help', (args) => {
		expect(parseAdminCommand(args, {})).toEqual({ ok: true, value: { kind: 'help' } });
	});

	test('an unknown sub-command is named as typed', () => {
		expect(parseAdminCommand(['Bogus', 'alice'], {})).toEqual({
			ok: false,
			error: {
				key: 'error_unknown_subcommand',
				params: { command: '/admin-user', sub: 'Bogus' },
			},
		});
	});

	// Names inherited from Object.prototype must not pass as single-user commands.
	test.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
		'%s is an unknown sub-command, not a prototype property',
		(sub) => {
			expect(parseAdminCommand([sub, 'alice'], {})).toEqual({
				ok: false,
				error: { key: 'error_unknown_subcommand', params: { command: '/admin-user', sub } },
			});
		},
	);
});

describe('parseAdminCommand: single-user commands', () => {
	test.each(['show', 'verify', 'password', 'edit'])('%s <user>', (sub) => {
		expect(parseAdminCommand([sub, '@alice'], {})).toEqual({
			ok: true,
			value: { kind: sub, user: 'alice' },
		});
		expect(parseAdminCommand([sub.toUpperCase(), 'bob'], {})).toEqual({
			ok: true,
			value: { kind: sub, user: 'bob' },
		});
	});

	test.each(['show', 'verify', 'password', 'edit'])('%s without a user shows its usage', (sub) => {
		// The usage error also carries the (unused) password form; only the usage is shown.
		expect(parseAdminCommand([sub], {})).toMatchObject({
			ok: false,
			error: { key: 'admin_usage_user', params: { usage: `/admin-user ${sub} <user>` } },
		});
		expect(errorText([sub])).toBe(`Name the user: \`/admin-user ${sub} <user>\`.`);
	});

	test.each(['show', 'verify', 'edit'])('%s with a bare `@` shows its usage', (sub) => {
		expect(parseAdminCommand([sub, '@'], {})).toMatchObject({
			ok: false,
			error: { key: 'admin_usage_user' },
		});
	});

	test.each(['show', 'verify', 'edit'])('%s with two users shows its usage', (sub) => {
		expect(parseAdminCommand([sub, 'alice', 'bob'], {})).toMatchObject({
			ok: false,
			error: { key: 'admin_usage_user' },
		});
	});

	test('password with anything after the user is refused and the secret is not repeated', () => {
		const result = parseAdminCommand(['password', 'alice', 'hunter2'], {});
		expect(result).toEqual({
			ok: false,
			error: {
				key: 'error_password_on_command_line',
				params: { usage: '/admin-user password <user>', form: '/admin-user password <user>' },
			},
		});
		expect(JSON.stringify(result)).not.toContain('hunter2');
	});

	// Any word after `password` may be the password (`password hunter2 bob`), so none is repeated.
	test.each([
		[['password', '@alice', 'hunter2'], '/admin-user password <user>'],
		[['PASSWORD', 'alice', 'hunter2', 'again'], '/admin-user password <user>'],
		[['password', 'hunter2', 'alice'], '/admin-user password <user>'],
		[['password', '@', 'hunter2'], '/admin-user password <user>'],
	])('%j names the password form %j, without the secret', (args, form) => {
		const result = parseAdminCommand(args, {});
		expect(result).toMatchObject({
			ok: false,
			error: { key: 'error_password_on_command_line', params: { form } },
		});
		expect(JSON.stringify(result)).not.toContain('hunter2');
	});
});

describe('parseAdminCommand: set', () => {
	test('one field, rest of the line is the value', () => {
		expect(parseAdminCommand(['set', '@alice', 'bio', 'I', 'build', 'rockets'], {})).toEqual({
			ok: true,
			value: { kind: 'set', user: 'alice', changes: [std('bio', 'I build rockets')] },
		});
	});

	test('several fields in f=v form, custom field case-insensitive', () => {
		expect(
			parseAdminCommand(
				['set', 'alice', 'name=Alice Liddell', 'verified=yes', 'department=R&D'],
				CUSTOM,
			),
		).toEqual({
			ok: true,
			value: {
				kind: 'set',
				user: 'alice',
				changes: [
					std('name', 'Alice Liddell'),
					std('verified', 'yes'),
					{ ref: { kind: 'custom', field: 'Department' }, value: 'R&D' },
				],
			},
		});
	});

	test('require-password-change', () => {
		expect(parseAdminCommand(['set', 'alice', 'require-password-change', 'yes'], {})).toEqual({
			ok: true,
			value: { kind: 'set', user: 'alice', changes: [std('requirePasswordChange', 'yes')] },
		});
	});

	test.each([[['set']], [['set', 'alice']], [['set', '@', 'bio', 'x']]])(
		'%j shows the set usage',
		(args) => {
			expect(parseAdminCommand(args, {})).toEqual({
				ok: false,
				error: { key: 'admin_set_usage', params: undefined },
			});
		},
	);

	test('status is not an admin field', () => {
		expect(parseAdminCommand(['set', 'alice', 'status', 'away'], {})).toMatchObject({
			ok: false,
			error: { key: 'error_unknown_field', params: { name: 'status' } },
		});
	});

	test('a missing value points to /admin-user set for that user, with the word to type', () => {
		expect(parseAdminCommand(['set', 'bob', 'name'], {})).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: { field: 'name', command: '/admin-user set bob', word: 'name' },
			},
		});
		expect(parseAdminCommand(['set', 'bob', 'requirepasswordchange'], {})).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: {
					field: 'requirePasswordChange',
					command: '/admin-user set bob',
					word: 'require-password-change',
				},
			},
		});
		expect(parseAdminCommand(['set', 'bob', 'department'], CUSTOM)).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: { field: 'Department', command: '/admin-user set bob', word: 'Department' },
			},
		});
	});

	test.each([
		['nickname', 'nickname', 'nickname'],
		['bio', 'bio', 'bio'],
		['status-text', 'statusText', 'text'],
	])('%s without a value is cleared with an empty assignment', (typed, field, word) => {
		expect(parseAdminCommand(['set', 'bob', typed], {})).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing_clearable',
				params: { field, clear: `/admin-user set bob ${word}=""` },
			},
		});
	});

	test('a password field is refused without repeating the secret', () => {
		for (const words of [
			['password', 'hunter2'],
			['password=hunter2'],
			['name=x', 'newPassword=hunter2'],
		]) {
			const result = parseAdminCommand(['set', 'alice', ...words], {});
			expect(result).toEqual({
				ok: false,
				error: {
					key: 'error_password_on_command_line',
					params: { form: '/admin-user password alice' },
				},
			});
			expect(JSON.stringify(result)).not.toContain('hunter2');
		}
	});

	test('the password form named by set is for the typed user without @', () => {
		expect(parseAdminCommand(['set', '@bob', 'password', 'hunter2'], {})).toMatchObject({
			ok: false,
			error: {
				key: 'error_password_on_command_line',
				params: { form: '/admin-user password bob' },
			},
		});
	});

	test('parse errors of the assignments come through', () => {
		expect(parseAdminCommand(['set', 'alice', 'bio=a', 'bio=b'], {})).toMatchObject({
			ok: false,
			error: { key: 'error_duplicate_field', params: { field: 'bio' } },
		});
	});
});

describe('parseAdminCommand: activate / deactivate', () => {
	test.each(['activate', 'deactivate'])('%s one or several users, de-duplicated', (sub) => {
		expect(parseAdminCommand([sub, '@alice'], {})).toEqual({
			ok: true,
			value: { kind: sub, users: ['alice'] },
		});
		expect(parseAdminCommand([sub, '@alice', 'bob', 'alice', '@', 'carol'], {})).toEqual({
			ok: true,
			value: { kind: sub, users: ['alice', 'bob', 'carol'] },
		});
	});

	test.each(['activate', 'deactivate'])('%s without users shows its usage', (sub) => {
		const expected = {
			ok: false,
			error: { key: 'admin_usage_user', params: { usage: `/admin-user ${sub} <user…>` } },
		};
		expect(parseAdminCommand([sub], {})).toEqual(expected);
		expect(parseAdminCommand([sub, '@', ' '], {})).toEqual(expected);
	});

	test('the sub-command is case-insensitive and the kind is normalised', () => {
		expect(parseAdminCommand(['DeActivate', 'alice'], {})).toEqual({
			ok: true,
			value: { kind: 'deactivate', users: ['alice'] },
		});
	});
});

describe('parseAdminCommand: roles', () => {
	test.each(['add', 'remove', 'set', 'ADD'])('roles <user> %s <role…>', (action) => {
		expect(parseAdminCommand(['roles', '@alice', action, 'moderator', 'bot'], {})).toEqual({
			ok: true,
			value: {
				kind: 'roles',
				user: 'alice',
				action: action.toLowerCase(),
				roles: ['moderator', 'bot'],
			},
		});
	});

	test('commas split roles, blanks and duplicates are dropped', () => {
		expect(
			parseAdminCommand(['roles', 'alice', 'set', 'user,moderator', ' , ', 'user', 'bot,'], {}),
		).toEqual({
			ok: true,
			value: { kind: 'roles', user: 'alice', action: 'set', roles: ['user', 'moderator', 'bot'] },
		});
	});

	test.each([
		[['roles']],
		[['roles', 'alice']],
		[['roles', 'alice', 'add']],
		[['roles', 'alice', 'add', ',']],
		[['roles', 'alice', 'grant', 'admin']],
	])('%j shows the roles usage', (args) => {
		expect(parseAdminCommand(args, {})).toEqual({
			ok: false,
			error: { key: 'admin_roles_usage', params: undefined },
		});
	});

	// Like every other sub-command, a user that is empty once normalised is no user.
	test.each([[['roles', '@', 'add', 'admin']], [['roles', ' @ ', 'set', 'user']]])(
		'%j (bare `@` as the user) shows the roles usage',
		(args) => {
			expect(parseAdminCommand(args, {})).toEqual({
				ok: false,
				error: { key: 'admin_roles_usage', params: undefined },
			});
		},
	);
});

describe('nextRoles', () => {
	test('add appends only roles not held yet, keeping order', () => {
		expect(nextRoles(['user', 'bot'], 'add', ['admin', 'user', 'moderator'])).toEqual([
			'user',
			'bot',
			'admin',
			'moderator',
		]);
	});

	test('add of held roles changes nothing', () => {
		expect(nextRoles(['user'], 'add', ['user'])).toEqual(['user']);
	});

	test('remove drops the named roles, ignoring ones not held', () => {
		expect(nextRoles(['user', 'admin', 'bot'], 'remove', ['admin', 'ghost'])).toEqual([
			'user',
			'bot',
		]);
	});

	test('set replaces everything with a copy', () => {
		const roles = ['user', 'moderator'];
		const result = nextRoles(['admin'], 'set', roles);
		expect(result).toEqual(['user', 'moderator']);
		expect(result).not.toBe(roles);
	});

	test('does not mutate the current roles', () => {
		const current = ['user'];
		nextRoles(current, 'add', ['admin']);
		nextRoles(current, 'remove', ['user']);
		expect(current).toEqual(['user']);
	});
});

describe('adminWords', () => {
	test('names the commands that act on the given user', () => {
		const words = adminWords('bob');
		expect(words.set).toBe('/admin-user set bob');
		expect(words.clear('nickname')).toBe('/admin-user set bob nickname=""');
		expect(words.passwordForm).toBe('/admin-user password bob');
	});
});

describe('advice in /admin-user errors', () => {
	// parseAssignments (lib/args.ts) and the password refusal must not pass on the /profile wording: an
	// admin told to run `/profile clear nickname`, `/profile set name …` or `/profile password` would
	// change the admin's own profile instead of the target user's.
	const ADVISED: string[][] = [
		['set', 'bob', 'nickname'],
		['set', 'bob', 'bio'],
		['set', 'bob', 'text'],
		['set', 'bob', 'name'],
		['set', 'bob', 'email'],
		['set', 'bob', 'verified'],
		['set', 'bob', 'require-password-change'],
		['set', 'bob', 'Department'],
		['set', '@bob', 'nickname'],
		['set', '@bob', 'name'],
		['set', 'bob', 'password', 'hunter2'],
		['set', 'bob', 'name=Bob', 'pwd=hunter2'],
		['password', 'bob', 'hunter2'],
		['password', '@bob', 'hunter2'],
		['set', '@bob', 'password', 'hunter2'],
	];

	test.each(ADVISED.map((args) => [args]))(
		'%j never points to a /profile command, in any language',
		(args) => {
			for (const language of LANGUAGES) {
				const text = errorText(args, language);
				expect(text).not.toContain('/profile');
				expect(text).not.toContain('hunter2');
			}
		},
	);

	// The advice is a command the admin can type as shown, and it acts on the same user.
	test.each(ADVISED.filter((args) => args[0] !== 'password').map((args) => [args]))(
		'%j: every quoted command works on bob, in any language',
		(args) => {
			for (const language of LANGUAGES) {
				const commands = quotedCommands(errorText(args, language));
				expect(commands.length).toBeGreaterThan(0);
				for (const { command, args: typed } of commands) {
					expect(command).toBe('admin-user');
					const parsed = parseAdminCommand(typed, CUSTOM);
					expect(parsed).toMatchObject({ ok: true, value: { user: 'bob' } });
				}
			}
		},
	);

	test.each([
		['nickname', 'nickname'],
		['bio', 'bio'],
		['text', 'statusText'],
	])('the clear advice for %s sets %s to empty for the same user', (typed, field) => {
		for (const language of LANGUAGES) {
			const [advice] = quotedCommands(errorText(['set', 'bob', typed], language));
			expect(parseAdminCommand(advice.args, {})).toEqual({
				ok: true,
				value: { kind: 'set', user: 'bob', changes: [std(field, '')] },
			});
		}
	});

	test.each([
		['name', 'name'],
		['require-password-change', 'requirePasswordChange'],
	])('the value advice for %s sets %s for the same user', (typed, field) => {
		for (const language of LANGUAGES) {
			const [advice] = quotedCommands(errorText(['set', 'bob', typed], language));
			expect(parseAdminCommand(advice.args, {})).toMatchObject({
				ok: true,
				value: { kind: 'set', user: 'bob', changes: [{ ref: { kind: 'standard', field } }] },
			});
		}
	});

	test.each([[['password', 'bob', 'hunter2']], [['password', '@bob', 'hunter2']]])(
		'%j points to the password form without repeating any word',
		(args) => {
			for (const language of LANGUAGES) {
				const [advice] = quotedCommands(errorText(args, language));
				expect(advice.args).toEqual(['password', '<user>']);
			}
		},
	);

	test.each([[['set', 'bob', 'password', 'hunter2']], [['set', '@bob', 'password', 'hunter2']]])(
		'%j points to the password form for the same user',
		(args) => {
			for (const language of LANGUAGES) {
				const [advice] = quotedCommands(errorText(args, language));
				expect(parseAdminCommand(advice.args, {})).toEqual({
					ok: true,
					value: { kind: 'password', user: 'bob' },
				});
			}
		},
	);

	test('an unknown field is named as typed, not as a translated label', () => {
		for (const language of LANGUAGES) {
			expect(errorText(['set', 'bob', 'status', 'away'], language)).toMatch(/[“„]status[”“]/);
		}
	});
});

describe('parseAdminCommand: doctor', () => {
	test.each([[['doctor']], [['Doctor']], [['doctor', 'now']]])('%j → doctor', (args) => {
		expect(parseAdminCommand(args, {})).toEqual({ ok: true, value: { kind: 'doctor' } });
	});
});

describe('delete, reset-2fa, logout', () => {
	test.each<[string[], unknown]>([
		[['delete', '@bea'], { kind: 'delete', user: 'bea', relinquish: false }],
		[['delete', 'bea', 'Relinquish'], { kind: 'delete', user: 'bea', relinquish: true }],
		[['reset-2fa', '@bea'], { kind: 'reset-2fa', user: 'bea', factor: 'totp' }],
		[['reset-2fa', 'bea', 'E2E'], { kind: 'reset-2fa', user: 'bea', factor: 'e2e' }],
		[['logout', '@bea'], { kind: 'logout', user: 'bea' }],
	])('%j', (args, value) => {
		expect(parseAdminCommand(args, CUSTOM)).toEqual({ ok: true, value });
	});

	test.each([
		[['delete']],
		[['delete', 'bea', 'now']],
		[['delete', 'bea', 'relinquish', 'x']],
		[['reset-2fa', 'bea', 'sms']],
		[['logout', 'bea', 'alice']],
		[['logout', '@']],
	])('%j is refused with its usage', (args) => {
		expect(errorText(args)).toMatch(
			/Name the user: `\/admin-user (delete|reset-2fa|logout) <user>/,
		);
	});

	test('a misspelt sub-command gets a suggestion', () => {
		expect(errorText(['delte', 'bea'])).toMatch(/delete/);
		expect(errorText(['logut', 'bea'])).toMatch(/logout/);
	});
});
