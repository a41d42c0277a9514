import {
	CommandWords,
	FieldChange,
	parseAssignments,
	parseProfileCommand,
	ParseResult,
	PROFILE_WORDS,
} from '../../lib/args';
import { ADMIN_FIELDS, CustomFieldDefinitions, OWN_FIELDS } from '../../lib/fields';

const CUSTOM: CustomFieldDefinitions = {
	Department: { type: 'select', options: ['Sales', 'R&D'] },
	Team: { type: 'text', maxLength: 20 },
};

function changesOf(result: ParseResult<FieldChange[]>): FieldChange[] {
	if (!result.ok) {
		throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
	}
	return result.value;
}

const std = (field: string, value: string) => ({ ref: { kind: 'standard', field }, value });
const custom = (field: string, value: string) => ({ ref: { kind: 'custom', field }, value });

/** Every string reachable from an error: the secret typed must not be among them. */
function errorStrings(result: ParseResult<unknown>): string {
	return JSON.stringify(result.ok ? {} : result.error);
}

describe('parseAssignments: single form `<field> <value…>`', () => {
	test('no words at all asks for usage', () => {
		expect(parseAssignments([], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_set_usage', params: undefined },
		});
	});

	test('the rest of the line is the value', () => {
		expect(changesOf(parseAssignments(['bio', 'I', 'build', 'rockets'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'I build rockets'),
		]);
	});

	test('a quoted value grouped by the server stays one value', () => {
		expect(changesOf(parseAssignments(['name', 'Jane Doe'], OWN_FIELDS, {}))).toEqual([
			std('name', 'Jane Doe'),
		]);
	});

	test('the value is trimmed', () => {
		expect(changesOf(parseAssignments(['nickname', '  jd  '], OWN_FIELDS, {}))).toEqual([
			std('nickname', 'jd'),
		]);
	});

	test('a value may itself contain `=` when the field comes first', () => {
		expect(changesOf(parseAssignments(['bio', 'a=b', 'c'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'a=b c'),
		]);
	});

	test.each([
		['name', 'name'],
		['realname', 'name'],
		['USERNAME', 'username'],
		['user', 'username'],
		['nick', 'nickname'],
		['Bio', 'bio'],
		['text', 'statusText'],
		['statusText', 'statusText'],
		['status-text', 'statusText'],
		['status_text', 'statusText'],
		['e-mail', 'email'],
		['mail', 'email'],
	])('alias %s names the field %s', (typed, field) => {
		expect(changesOf(parseAssignments([typed, 'value'], OWN_FIELDS, {}))).toEqual([
			std(field, 'value'),
		]);
	});

	test('an unknown field is refused, naming only the name typed', () => {
		expect(parseAssignments(['colour', 'blue'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field', params: { name: 'colour' } },
		});
	});

	test('an unknown `f=v` first word reports the name before `=`', () => {
		expect(parseAssignments(['colour=blue', 'x'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field', params: { name: 'colour' } },
		});
	});

	test('a field outside the allowed list is unknown (status is not an admin field)', () => {
		expect(parseAssignments(['status', 'away'], ADMIN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field', params: { name: 'status' } },
		});
		expect(parseAssignments(['verified', 'yes'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field', params: { name: 'verified' } },
		});
	});

	test.each([
		['name', 'name'],
		['realname', 'name'],
		['username', 'username'],
		['email', 'email'],
		['e-mail', 'email'],
	])('%s without a value needs a value, shown with /profile set', (typed, field) => {
		expect(parseAssignments([typed], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: { field, command: '/profile set', word: field },
			},
		});
	});

	test('a custom field without a value is shown with its defined spelling', () => {
		expect(parseAssignments(['team'], OWN_FIELDS, CUSTOM)).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: { field: 'Team', command: '/profile set', word: 'Team' },
			},
		});
	});

	test.each([
		['bio', 'bio', 'bio'],
		['nickname', 'nickname', 'nickname'],
		['nick', 'nickname', 'nickname'],
		['text', 'statusText', 'text'],
		['statusText', 'statusText', 'text'],
		['status-text', 'statusText', 'text'],
	])('%s without a value points to `clear` (%s, typed %s)', (typed, field, word) => {
		expect(parseAssignments([typed], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing_clearable',
				params: { field, clear: `/profile clear ${word}` },
			},
		});
	});

	test('the words of the advice come from the caller', () => {
		const words: CommandWords = {
			set: '/x set',
			clear: (word) => `/x clear ${word}`,
			passwordForm: '/x password',
		};
		expect(parseAssignments(['require-password-change'], ADMIN_FIELDS, {}, words)).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing',
				params: {
					field: 'requirePasswordChange',
					command: '/x set',
					word: 'require-password-change',
				},
			},
		});
		expect(parseAssignments(['verified'], ADMIN_FIELDS, {}, words)).toMatchObject({
			error: { params: { command: '/x set', word: 'verified' } },
		});
		expect(parseAssignments(['status_text'], ADMIN_FIELDS, {}, words)).toEqual({
			ok: false,
			error: {
				key: 'error_value_missing_clearable',
				params: { field: 'statusText', clear: '/x clear text' },
			},
		});
		expect(parseAssignments(['pwd', 'hunter2'], ADMIN_FIELDS, {}, words)).toEqual({
			ok: false,
			error: { key: 'error_password_on_command_line', params: { form: '/x password' } },
		});
		expect(parseAssignments(['name=a', 'pwd=hunter2'], ADMIN_FIELDS, {}, words)).toEqual({
			ok: false,
			error: { key: 'error_password_on_command_line', params: { form: '/x password' } },
		});
	});

	test('without words from the caller, the advice is for /profile', () => {
		expect(PROFILE_WORDS.set).toBe('/profile set');
		expect(PROFILE_WORDS.clear('bio')).toBe('/profile clear bio');
		expect(PROFILE_WORDS.passwordForm).toBe('/profile password');
	});

	test('a value of only blanks counts as missing', () => {
		expect(parseAssignments(['name', '   '], OWN_FIELDS, {})).toMatchObject({
			ok: false,
			error: { key: 'error_value_missing' },
		});
	});

	test('custom fields are found case-insensitively and keep their defined spelling', () => {
		expect(changesOf(parseAssignments(['department', 'Sales'], OWN_FIELDS, CUSTOM))).toEqual([
			custom('Department', 'Sales'),
		]);
		expect(changesOf(parseAssignments(['TEAM', 'Rockets', 'Inc'], OWN_FIELDS, CUSTOM))).toEqual([
			custom('Team', 'Rockets Inc'),
		]);
	});
});

describe('parseAssignments: status', () => {
	test('status alone', () => {
		expect(changesOf(parseAssignments(['status', 'away'], OWN_FIELDS, {}))).toEqual([
			std('status', 'away'),
		]);
	});

	test('status with text sets both in one go', () => {
		expect(
			changesOf(parseAssignments(['status', 'busy', 'In', 'a', 'meeting'], OWN_FIELDS, {})),
		).toEqual([std('status', 'busy'), std('statusText', 'In a meeting')]);
	});

	test('status with quoted text grouped by the server', () => {
		expect(changesOf(parseAssignments(['status', 'away', 'Out to lunch'], OWN_FIELDS, {}))).toEqual(
			[std('status', 'away'), std('statusText', 'Out to lunch')],
		);
	});

	test('the status word is lower-cased', () => {
		expect(changesOf(parseAssignments(['status', 'AWAY'], OWN_FIELDS, {}))).toEqual([
			std('status', 'away'),
		]);
	});

	test('status text may contain `=`', () => {
		expect(changesOf(parseAssignments(['status', 'online', 'a=b'], OWN_FIELDS, {}))).toEqual([
			std('status', 'online'),
			std('statusText', 'a=b'),
		]);
	});

	test('status without a value asks for one', () => {
		expect(parseAssignments(['status'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_status_missing', params: undefined },
		});
	});

	test('an invalid status word is left for checkValue', () => {
		expect(changesOf(parseAssignments(['status', 'sleeping'], OWN_FIELDS, {}))).toEqual([
			std('status', 'sleeping'),
		]);
	});
});

describe('parseAssignments: `f1=v1 f2="v 2"` form', () => {
	test('several fields, quoted value arriving as one word', () => {
		expect(changesOf(parseAssignments(['name=Jane Doe', 'nickname=jd'], OWN_FIELDS, {}))).toEqual([
			std('name', 'Jane Doe'),
			std('nickname', 'jd'),
		]);
	});

	test('`f2=v 2` (quotes already removed by the server) is one assignment', () => {
		expect(changesOf(parseAssignments(['bio=x', 'text=v 2'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'x'),
			std('statusText', 'v 2'),
		]);
	});

	test('words without `=` continue the previous value', () => {
		expect(
			changesOf(
				parseAssignments(
					['bio=I', 'build', 'rockets', 'nickname=jd', 'the', 'dev'],
					OWN_FIELDS,
					{},
				),
			),
		).toEqual([std('bio', 'I build rockets'), std('nickname', 'jd the dev')]);
	});

	test('a grouped word containing ` = ` (spaces) is a continuation, not an assignment', () => {
		expect(changesOf(parseAssignments(['bio=x', 'a = b'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'x a = b'),
		]);
	});

	test('a word starting with `=` is a continuation', () => {
		expect(changesOf(parseAssignments(['bio=x', '=y'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'x =y'),
		]);
	});

	test('the value of an assignment may contain further `=`', () => {
		expect(changesOf(parseAssignments(['bio=a=b c'], OWN_FIELDS, {}))).toEqual([
			std('bio', 'a=b c'),
		]);
	});

	test('values are trimmed', () => {
		expect(changesOf(parseAssignments(['name=  Jane  ', 'bio= x '], OWN_FIELDS, {}))).toEqual([
			std('name', 'Jane'),
			std('bio', 'x'),
		]);
	});

	test('an empty value is kept as empty (checked later)', () => {
		expect(changesOf(parseAssignments(['nickname=', 'name=Jane'], OWN_FIELDS, {}))).toEqual([
			std('nickname', ''),
			std('name', 'Jane'),
		]);
	});

	test('status and text as assignments', () => {
		expect(
			changesOf(parseAssignments(['status=away', 'text=In a meeting'], OWN_FIELDS, {})),
		).toEqual([std('status', 'away'), std('statusText', 'In a meeting')]);
	});

	test('field names are case-insensitive; custom fields keep their spelling', () => {
		expect(
			changesOf(parseAssignments(['NAME=Jane', 'department=R&D', 'team=A'], OWN_FIELDS, CUSTOM)),
		).toEqual([std('name', 'Jane'), custom('Department', 'R&D'), custom('Team', 'A')]);
	});

	test('an unknown field after the first one is refused with the quoting hint', () => {
		expect(parseAssignments(['name=Jane', 'colour=blue'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field_in_assignment', params: { name: 'colour' } },
		});
	});

	test('an unquoted `x=y` inside a value is read as an assignment and refused', () => {
		expect(parseAssignments(['bio=1+1', 'is', '1+1=2'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field_in_assignment', params: { name: '1+1' } },
		});
	});

	test('a field named twice is refused', () => {
		expect(parseAssignments(['bio=a', 'bio=b'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_duplicate_field', params: { field: 'bio' } },
		});
	});

	test('two aliases of one field are a duplicate', () => {
		expect(parseAssignments(['text=a', 'statusText=b'], OWN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_duplicate_field', params: { field: 'statusText' } },
		});
		expect(parseAssignments(['name=a', 'realname=b'], OWN_FIELDS, {})).toMatchObject({
			ok: false,
			error: { key: 'error_duplicate_field', params: { field: 'name' } },
		});
	});

	test('a custom field named twice in different cases is a duplicate', () => {
		expect(parseAssignments(['Team=a', 'team=b'], OWN_FIELDS, CUSTOM)).toEqual({
			ok: false,
			error: { key: 'error_duplicate_field', params: { field: 'Team' } },
		});
	});

	test('admin fields: verified and require-password-change', () => {
		expect(
			changesOf(parseAssignments(['verified=yes', 'require-password-change=no'], ADMIN_FIELDS, {})),
		).toEqual([std('verified', 'yes'), std('requirePasswordChange', 'no')]);
	});

	test('status is not an admin field in the assignment form either', () => {
		expect(parseAssignments(['name=x', 'status=away'], ADMIN_FIELDS, {})).toEqual({
			ok: false,
			error: { key: 'error_unknown_field_in_assignment', params: { name: 'status' } },
		});
	});
});

describe('parseAssignments: passwords are never taken from the command line', () => {
	const SECRET = 'hunter2-S3cret!';

	test.each([
		[['password', SECRET]],
		[['Password', SECRET]],
		[['newPassword', SECRET]],
		[['new-password', SECRET]],
		[['currentPassword', SECRET]],
		[['pass', SECRET]],
		[['pwd', SECRET]],
		[['password']],
		[[`password=${SECRET}`]],
		[[`PASSWORD=${SECRET}`, 'more']],
		[[`newpassword=${SECRET}`]],
		[['name=Jane', `password=${SECRET}`]],
		[['name=Jane', `pwd=${SECRET}`, 'name=again']],
	])('%j is refused without repeating it', (words) => {
		for (const allowed of [OWN_FIELDS, ADMIN_FIELDS]) {
			const result = parseAssignments(words, allowed, {});
			expect(result).toEqual({
				ok: false,
				error: { key: 'error_password_on_command_line', params: { form: '/profile password' } },
			});
			expect(errorStrings(result)).not.toContain(SECRET);
		}
	});

	test('a password assignment wins over a later duplicate or unknown field', () => {
		expect(parseAssignments(['password=x', 'password=y'], OWN_FIELDS, {})).toMatchObject({
			error: { key: 'error_password_on_command_line' },
		});
	});
});

describe('parseProfileCommand', () => {
	test('queue cancel <field>: a standard field by any of its names, a custom field by its own', () => {
		expect(parseProfileCommand(['queue', 'cancel', 'Nickname'], {})).toEqual({
			ok: true,
			value: { kind: 'queue', cancel: { kind: 'standard', field: 'nickname' } },
		});
		expect(parseProfileCommand(['queue', 'cancel', 'text'], {})).toEqual({
			ok: true,
			value: { kind: 'queue', cancel: { kind: 'standard', field: 'statusText' } },
		});
		expect(parseProfileCommand(['queue', 'cancel', 'team'], { team: { type: 'text' } })).toEqual({
			ok: true,
			value: { kind: 'queue', cancel: { kind: 'custom', field: 'team' } },
		});
		expect(parseProfileCommand(['queue', 'cancel', 'team'], {})).toEqual({
			ok: false,
			error: { key: 'error_queue_usage', params: undefined },
		});
	});

	test('queue: list, cancel one by number or all; anything else is the usage', () => {
		expect(parseProfileCommand(['queue'], {})).toEqual({ ok: true, value: { kind: 'queue' } });
		expect(parseProfileCommand(['queue', 'cancel', '2'], {})).toEqual({
			ok: true,
			value: { kind: 'queue', cancel: 2 },
		});
		expect(parseProfileCommand(['queue', 'CANCEL', 'All'], {})).toEqual({
			ok: true,
			value: { kind: 'queue', cancel: 'all' },
		});
		for (const args of [
			['queue', 'cancel'],
			['queue', 'cancel', '0'],
			['queue', 'cancel', 'x'],
			['queue', 'drop', '1'],
			['queue', 'cancel', '1', '2'],
		]) {
			expect(parseProfileCommand(args, {})).toEqual({
				ok: false,
				error: { key: 'error_queue_usage', params: undefined },
			});
		}
	});

	test.each([[[]], [['help']], [['HELP']], [['?']]])('%j → help', (args) => {
		expect(parseProfileCommand(args, {})).toEqual({ ok: true, value: { kind: 'help' } });
	});

	test.each([
		['show', 'show'],
		['me', 'show'],
		['login', 'login'],
		['link', 'login'],
		['logout', 'logout'],
		['unlink', 'logout'],
		['edit', 'edit'],
		['password', 'password'],
		['Show', 'show'],
	])('%s → %s', (sub, kind) => {
		expect(parseProfileCommand([sub], {})).toEqual({ ok: true, value: { kind } });
	});

	test('anything after `password` is refused and never repeated', () => {
		const result = parseProfileCommand(['password', 'hunter2', 'hunter2'], {});
		expect(result).toEqual({
			ok: false,
			error: { key: 'error_password_on_command_line', params: { form: '/profile password' } },
		});
		expect(errorStrings(result)).not.toContain('hunter2');
	});

	test('set with one field', () => {
		expect(parseProfileCommand(['set', 'bio', 'I', 'build', 'rockets'], {})).toEqual({
			ok: true,
			value: { kind: 'set', changes: [std('bio', 'I build rockets')] },
		});
	});

	test('set with several fields', () => {
		expect(parseProfileCommand(['set', 'name=Jane Doe', 'nickname=jd'], {})).toEqual({
			ok: true,
			value: { kind: 'set', changes: [std('name', 'Jane Doe'), std('nickname', 'jd')] },
		});
	});

	test('set with a custom field', () => {
		expect(parseProfileCommand(['SET', 'department', 'Sales'], CUSTOM)).toEqual({
			ok: true,
			value: { kind: 'set', changes: [custom('Department', 'Sales')] },
		});
	});

	test('set uses own fields only', () => {
		expect(parseProfileCommand(['set', 'verified', 'yes'], {})).toMatchObject({
			ok: false,
			error: { key: 'error_unknown_field' },
		});
	});

	test('set without anything asks for usage', () => {
		expect(parseProfileCommand(['set'], {})).toMatchObject({
			ok: false,
			error: { key: 'error_set_usage' },
		});
	});

	test('set password refuses without repeating the secret', () => {
		const result = parseProfileCommand(['set', 'password', 'hunter2'], {});
		expect(result).toEqual({
			ok: false,
			error: { key: 'error_password_on_command_line', params: { form: '/profile password' } },
		});
		expect(errorStrings(result)).not.toContain('hunter2');
	});

	test.each([
		['bio', 'bio'],
		['nickname', 'nickname'],
		['nick', 'nickname'],
		['text', 'statusText'],
		['statusText', 'statusText'],
		['BIO', 'bio'],
	])('clear %s empties %s', (word, field) => {
		expect(parseProfileCommand(['clear', word], {})).toEqual({
			ok: true,
			value: { kind: 'clear', field },
		});
	});

	test.each([
		[['clear']],
		[['clear', 'name']],
		[['clear', 'bio', 'nickname']],
		[['clear', 'email']],
	])('%j shows the clear usage', (args) => {
		expect(parseProfileCommand(args, {})).toEqual({
			ok: false,
			error: { key: 'error_clear_usage', params: undefined },
		});
	});

	test('a custom field cannot be cleared with clear', () => {
		expect(parseProfileCommand(['clear', 'Team'], CUSTOM)).toMatchObject({
			ok: false,
			error: { key: 'error_clear_usage' },
		});
	});

	test('an unknown sub-command is named as typed', () => {
		expect(parseProfileCommand(['Frobnicate', 'x'], {})).toEqual({
			ok: false,
			error: {
				key: 'error_unknown_subcommand',
				params: { command: '/profile', sub: 'Frobnicate' },
			},
		});
	});
});

describe('parseProfileCommand: a status that ends by itself, clear status, statuses', () => {
	test('`set status busy In a meeting for 1h`: the end is split off the text', () => {
		expect(
			parseProfileCommand(['set', 'status', 'busy', 'In', 'a', 'meeting', 'for', '1h'], {}),
		).toEqual({
			ok: true,
			value: {
				kind: 'set',
				changes: [std('status', 'busy'), std('statusText', 'In a meeting')],
				statusEnd: { kind: 'for', ms: 3_600_000, typed: '1h' },
			},
		});
	});

	test('`set estado ocupado Reunión hasta 17:00` (Spanish words)', () => {
		expect(
			parseProfileCommand(['set', 'estado', 'ocupado', 'Reunión', 'hasta', '17:00'], {}),
		).toMatchObject({
			ok: true,
			value: {
				changes: [std('status', 'busy'), std('statusText', 'Reunión')],
				statusEnd: { kind: 'until', hour: 17, minute: 0, tomorrow: false },
			},
		});
	});

	test('text quoted by the server stays text; the assignment form takes no end', () => {
		expect(parseProfileCommand(['set', 'status', 'busy', 'Back for 2h'], {})).toEqual({
			ok: true,
			value: { kind: 'set', changes: [std('status', 'busy'), std('statusText', 'Back for 2h')] },
		});
		expect(parseProfileCommand(['set', 'text=Out', 'for', '1h'], {})).toEqual({
			ok: true,
			value: { kind: 'set', changes: [std('statusText', 'Out for 1h')] },
		});
	});

	test('an end that cannot be read is refused before anything else', () => {
		expect(parseProfileCommand(['set', 'status', 'busy', 'x', 'for', '90'], {})).toEqual({
			ok: false,
			error: { key: 'error_status_duration', params: { value: '90' } },
		});
	});

	test('`clear status`: back to online, no text', () => {
		expect(parseProfileCommand(['clear', 'status'], {})).toEqual({
			ok: true,
			value: { kind: 'set', changes: [std('status', 'online'), std('statusText', '')] },
		});
	});

	test('`statuses` takes no arguments', () => {
		expect(parseProfileCommand(['statuses'], {})).toEqual({
			ok: true,
			value: { kind: 'statuses' },
		});
		expect(parseProfileCommand(['statuses', 'x'], {})).toMatchObject({
			ok: false,
			error: { key: 'error_takes_no_arguments' },
		});
	});
});
