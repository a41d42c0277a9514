import {
	ADMIN_FIELDS,
	checkValue,
	customFieldSetProblem,
	CLEARABLE_FIELDS,
	CustomFieldDefinitions,
	FieldRef,
	typedName,
	FieldRules,
	isPasswordName,
	isValidEmail,
	LIMITS,
	NO_WORDS,
	OWN_FIELDS,
	parseCustomFieldDefinitions,
	parseYesNo,
	resolveField,
	STATUS_VALUES,
	StandardField,
	YES_WORDS,
} from '../../lib/fields';

const CUSTOM: CustomFieldDefinitions = {
	Department: { type: 'select', options: ['Sales', 'R&D'], required: true },
	Team: { type: 'text', minLength: 2, maxLength: 5 },
	Office: { type: 'text' },
	badge: {},
	Badge: {},
};

const RULES: FieldRules = {
	customFields: CUSTOM,
	usernamePattern: '[0-9a-zA-Z-_.]+',
	requireName: true,
};

const std = (field: StandardField): FieldRef => ({ kind: 'standard', field });
const custom = (field: string): FieldRef => ({ kind: 'custom', field });

describe('field lists', () => {
	test('own fields and admin fields as in the product contract', () => {
		expect([...OWN_FIELDS]).toEqual([
			'name',
			'username',
			'nickname',
			'bio',
			'status',
			'statusText',
			'email',
		]);
		expect([...ADMIN_FIELDS]).toEqual([
			'name',
			'username',
			'nickname',
			'bio',
			'statusText',
			'email',
			'verified',
			'requirePasswordChange',
			'active',
		]);
		expect([...CLEARABLE_FIELDS]).toEqual(['bio', 'nickname', 'statusText']);
		expect([...STATUS_VALUES]).toEqual(['online', 'away', 'busy', 'offline']);
	});

	test('server limits: bio 260, nickname 120, status text 120', () => {
		expect(LIMITS).toEqual({ bio: 260, nickname: 120, statusText: 120 });
	});
});

describe('isPasswordName', () => {
	test.each([
		'password',
		'PASSWORD',
		'newPassword',
		'new-password',
		'currentPassword',
		'pass',
		'pwd',
	])('%s is a password name', (name) => {
		expect(isPasswordName(name)).toBe(true);
	});

	test.each(['name', 'passport', 'passwords', '', 'bio'])('%j is not', (name) => {
		expect(isPasswordName(name)).toBe(false);
	});
});

describe('parseCustomFieldDefinitions', () => {
	test('parses the Accounts_CustomFields JSON', () => {
		const json = JSON.stringify({ Department: { type: 'select', options: ['a'] } });
		expect(parseCustomFieldDefinitions(json)).toEqual({
			Department: { type: 'select', options: ['a'] },
		});
	});

	test.each([
		['undefined', undefined],
		['null', null],
		['a number', 42],
		['an object', { a: {} }],
		['an empty string', ''],
		['blanks', '   \n'],
		['broken JSON', '{"a": '],
		['a JSON array', '[{"a":1}]'],
		['JSON null', 'null'],
		['a JSON number', '3'],
		['a JSON string', '"x"'],
	])('%s means no custom fields', (_label, value) => {
		expect(parseCustomFieldDefinitions(value)).toEqual({});
	});
});

describe('resolveField', () => {
	test.each([
		['name', 'name'],
		['RealName', 'name'],
		['username', 'username'],
		['user', 'username'],
		['nickname', 'nickname'],
		['nick', 'nickname'],
		['bio', 'bio'],
		['status', 'status'],
		['text', 'statusText'],
		['statustext', 'statusText'],
		['statusText', 'statusText'],
		['status-text', 'statusText'],
		['status_text', 'statusText'],
		['email', 'email'],
		['E-Mail', 'email'],
		['mail', 'email'],
	])('own field %s → %s', (typed, field) => {
		expect(resolveField(typed, OWN_FIELDS, {})).toEqual({ kind: 'standard', field });
	});

	test.each([
		['verified', 'verified'],
		['require-password-change', 'requirePasswordChange'],
		['requirePasswordChange', 'requirePasswordChange'],
	])('admin field %s → %s', (typed, field) => {
		expect(resolveField(typed, ADMIN_FIELDS, {})).toEqual({ kind: 'standard', field });
		expect(resolveField(typed, OWN_FIELDS, {})).toBeUndefined();
	});

	test('a standard field outside the allowed list is not found', () => {
		expect(resolveField('status', ADMIN_FIELDS, {})).toBeUndefined();
		expect(resolveField('name', CLEARABLE_FIELDS, {})).toBeUndefined();
	});

	test('custom field, exact spelling first', () => {
		expect(resolveField('Badge', OWN_FIELDS, CUSTOM)).toEqual(custom('Badge'));
		expect(resolveField('badge', OWN_FIELDS, CUSTOM)).toEqual(custom('badge'));
	});

	test('custom field, case-insensitive, returns the defined spelling', () => {
		expect(resolveField('department', OWN_FIELDS, CUSTOM)).toEqual(custom('Department'));
		expect(resolveField('TEAM', ADMIN_FIELDS, CUSTOM)).toEqual(custom('Team'));
	});

	test('a standard alias wins over a custom field of the same name', () => {
		expect(resolveField('bio', OWN_FIELDS, { bio: {} })).toEqual(std('bio'));
	});

	test.each(['colour', '', 'password', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
		'%j is unknown',
		(typed) => {
			expect(resolveField(typed, OWN_FIELDS, CUSTOM)).toBeUndefined();
		},
	);
});

describe('typedName', () => {
	test('is the word a user types: the short form of the long names, else the field name', () => {
		expect(typedName(std('statusText'))).toBe('text');
		expect(typedName(std('requirePasswordChange'))).toBe('require-password-change');
		expect(typedName(std('bio'))).toBe('bio');
		expect(typedName(custom('Department'))).toBe('Department');
	});

	test.each([
		['own', OWN_FIELDS],
		['admin', ADMIN_FIELDS],
	] as const)('every %s field is found again under the word it is typed as', (_kind, fields) => {
		for (const field of fields) {
			expect(resolveField(typedName(std(field)), fields, {})).toEqual(std(field));
		}
		for (const name of Object.keys(CUSTOM)) {
			expect(resolveField(typedName(custom(name)), fields, CUSTOM)).toEqual(custom(name));
		}
	});
});

describe('isValidEmail', () => {
	test.each([
		'jane@example.com',
		'jane.doe+tag@mail.example.co.uk',
		'j_d-1@sub-domain.example.org',
		'"jane doe"@example.com',
		'jane@[192.168.0.1]',
		'JANE@EXAMPLE.COM',
	])('%s is valid', (email) => {
		expect(isValidEmail(email)).toBe(true);
	});

	test.each([
		'',
		'jane',
		'jane@',
		'@example.com',
		'jane@example',
		'jane@example.c',
		'jane doe@example.com',
		'jane..doe@example.com',
		'.jane@example.com',
		'jane@exa_mple.com',
		'jane@@example.com',
		'jane@example.com ',
		' jane@example.com',
		'<jane@example.com>',
		'jane@example,com',
	])('%j is not valid', (email) => {
		expect(isValidEmail(email)).toBe(false);
	});
});

describe('parseYesNo', () => {
	test.each(YES_WORDS.flatMap((word) => [word, word.toUpperCase(), ` ${word} `]))(
		'%j is yes',
		(word) => {
			expect(parseYesNo(word)).toBe(true);
		},
	);

	test.each(NO_WORDS.flatMap((word) => [word, word.toUpperCase(), ` ${word}\t`]))(
		'%j is no',
		(word) => {
			expect(parseYesNo(word)).toBe(false);
		},
	);

	test('the words', () => {
		expect(YES_WORDS).toEqual(['yes', 'y', 'true', 'on', '1', 'sim', 'ja', 'si']);
		expect(NO_WORDS).toEqual(['no', 'n', 'false', 'off', '0', 'nao', 'nein']);
	});

	test.each([
		['Sim', true],
		['sí', true],
		['JA', true],
		['não', false],
		['Nein', false],
	])('%j in another language', (word, expected) => {
		expect(parseYesNo(word)).toBe(expected);
	});

	test.each(['', 'maybe', 'yes please', '2', 'jein', 'nope'])('%j is neither', (word) => {
		expect(parseYesNo(word)).toBeUndefined();
	});
});

describe('checkValue: name', () => {
	test('a normal name passes', () => {
		expect(checkValue(std('name'), 'Jane Doe', RULES)).toBeUndefined();
	});

	test.each(['', '   '])('%j is refused when the workspace requires a name', (value) => {
		expect(checkValue(std('name'), value, RULES)).toEqual({ key: 'error_name_required' });
	});

	test('an empty name passes when the workspace does not require one', () => {
		expect(checkValue(std('name'), '', { ...RULES, requireName: false })).toBeUndefined();
	});

	test.each(['Jane <b>', 'a>b', 'back\\slash', 'slash/name'])(
		'%j has invalid characters',
		(value) => {
			expect(checkValue(std('name'), value, RULES)).toEqual({
				key: 'error_name_invalid_characters',
			});
		},
	);
});

describe('checkValue: username', () => {
	test.each(['jane', 'jane.doe', 'jane_doe-2', 'J4NE'])(
		'%s passes the default pattern',
		(value) => {
			expect(checkValue(std('username'), value, RULES)).toBeUndefined();
		},
	);

	test.each(['', '  '])('%j is empty', (value) => {
		expect(checkValue(std('username'), value, RULES)).toEqual({
			key: 'error_value_empty',
			params: { field: 'username' },
		});
	});

	test.each(['jane doe', 'jane@x', 'jöne', 'a/b'])(
		'%j does not match the default pattern',
		(value) => {
			expect(checkValue(std('username'), value, RULES)).toEqual({
				key: 'error_username_invalid',
				params: { value },
			});
		},
	);

	test('the pattern is anchored on both ends', () => {
		expect(checkValue(std('username'), 'abc', { ...RULES, usernamePattern: '[a-z]{2}' })).toEqual({
			key: 'error_username_invalid',
			params: { value: 'abc' },
		});
		expect(
			checkValue(std('username'), 'ab', { ...RULES, usernamePattern: '[a-z]{2}' }),
		).toBeUndefined();
	});

	test('the workspace pattern is used (UTF8_User_Names_Validation)', () => {
		const rules = { ...RULES, usernamePattern: '[a-z ]+' };
		expect(checkValue(std('username'), 'jane doe', rules)).toBeUndefined();
		expect(checkValue(std('username'), 'Jane', rules)).toEqual({
			key: 'error_username_invalid',
			params: { value: 'Jane' },
		});
	});

	test('a broken workspace pattern falls back to the default pattern', () => {
		const rules = { ...RULES, usernamePattern: '[unclosed' };
		expect(checkValue(std('username'), 'jane.doe', rules)).toBeUndefined();
		expect(checkValue(std('username'), 'jane doe', rules)).toEqual({
			key: 'error_username_invalid',
			params: { value: 'jane doe' },
		});
	});
});

describe('checkValue: lengths (bio 260, nickname 120, status text 120)', () => {
	test.each([
		['bio', 260],
		['nickname', 120],
		['statusText', 120],
	] as const)('%s: %i characters pass, one more is refused', (field, max) => {
		expect(checkValue(std(field), 'x'.repeat(max), RULES)).toBeUndefined();
		expect(checkValue(std(field), 'x'.repeat(max + 1), RULES)).toEqual({
			key: 'error_too_long',
			params: { field, max, length: max + 1 },
		});
	});

	test.each(['bio', 'nickname', 'statusText'] as const)('%s may be empty', (field) => {
		expect(checkValue(std(field), '', RULES)).toBeUndefined();
	});
});

describe('checkValue: status', () => {
	test.each(['online', 'away', 'busy', 'offline'])('%s is a status', (value) => {
		expect(checkValue(std('status'), value, RULES)).toBeUndefined();
	});

	test('a near miss suggests the status', () => {
		expect(checkValue(std('status'), 'bsuy', RULES)).toEqual({
			key: 'error_status_invalid_suggest',
			params: { value: 'bsuy', suggestion: 'busy' },
		});
	});

	test.each(['', 'sleeping', 'invisible', 'Online'])('%j is not a status', (value) => {
		expect(checkValue(std('status'), value, RULES)).toEqual({
			key: 'error_status_invalid',
			params: { value },
		});
	});
});

describe('checkValue: email', () => {
	test('a valid address passes', () => {
		expect(checkValue(std('email'), 'jane@example.com', RULES)).toBeUndefined();
	});

	test.each(['', '   '])('%j is empty', (value) => {
		expect(checkValue(std('email'), value, RULES)).toEqual({
			key: 'error_value_empty',
			params: { field: 'email' },
		});
	});

	test.each(['jane', 'jane@example', 'jane doe@example.com'])('%j is refused', (value) => {
		expect(checkValue(std('email'), value, RULES)).toEqual({
			key: 'error_email_invalid',
			params: { value },
		});
	});
});

describe('checkValue: yes/no fields', () => {
	test.each(['verified', 'requirePasswordChange'] as const)('%s takes yes or no', (field) => {
		for (const word of ['yes', 'no', 'Y', 'false', '1', 'off']) {
			expect(checkValue(std(field), word, RULES)).toBeUndefined();
		}
		const named = { text: `\`${typedName(std(field))}\`` };
		expect(checkValue(std(field), 'maybe', RULES)).toEqual({
			key: 'error_yes_no',
			params: { field: named, value: 'maybe' },
		});
		expect(checkValue(std(field), '', RULES)).toEqual({
			key: 'error_yes_no',
			params: { field: named, value: '' },
		});
		// Named as the user typed it, not as the reply's field name ("e-mail verified").
		expect(checkValue(std(field), 'talvez', RULES, 'verificado')).toEqual({
			key: 'error_yes_no',
			params: { field: { text: '`verificado`' }, value: 'talvez' },
		});
	});
});

describe('checkValue: custom fields', () => {
	test('a required field cannot be empty', () => {
		expect(checkValue(custom('Department'), '', RULES)).toEqual({
			key: 'error_custom_required',
			params: { field: 'Department' },
		});
		expect(checkValue(custom('Department'), '  ', RULES)).toEqual({
			key: 'error_custom_required',
			params: { field: 'Department' },
		});
	});

	test('a select field takes one of its options, exactly', () => {
		expect(checkValue(custom('Department'), 'R&D', RULES)).toBeUndefined();
		expect(checkValue(custom('Department'), 'sales', RULES)).toEqual({
			key: 'error_custom_option',
			params: { field: 'Department', options: 'Sales, R&D' },
		});
	});

	test('a select field without an options array is not checked for options', () => {
		const rules = { ...RULES, customFields: { Pick: { type: 'select' } } };
		expect(checkValue(custom('Pick'), 'anything', rules)).toBeUndefined();
	});

	test('maxLength and minLength', () => {
		expect(checkValue(custom('Team'), 'ab', RULES)).toBeUndefined();
		expect(checkValue(custom('Team'), 'abcde', RULES)).toBeUndefined();
		expect(checkValue(custom('Team'), 'abcdef', RULES)).toEqual({
			key: 'error_too_long',
			params: { field: 'Team', max: 5, length: 6 },
		});
		expect(checkValue(custom('Team'), 'a', RULES)).toEqual({
			key: 'error_custom_too_short',
			params: { field: 'Team', min: 2 },
		});
	});

	test('a field without rules takes anything', () => {
		expect(checkValue(custom('Office'), '', RULES)).toBeUndefined();
		expect(checkValue(custom('Office'), 'x'.repeat(1000), RULES)).toBeUndefined();
	});

	test('a field missing from the definitions takes anything', () => {
		expect(checkValue(custom('Ghost'), 'x', RULES)).toBeUndefined();
	});
});

describe('customFieldSetProblem: the set a change sends, as validateCustomFields checks it', () => {
	const DEFINITIONS: CustomFieldDefinitions = {
		team: { type: 'select', options: ['red', 'blue'] },
		floor: { type: 'text', required: true },
		badge: { type: 'text', maxLength: 3 },
	};

	test('every configured field passes: no problem (fields no longer configured are ignored)', () => {
		expect(
			customFieldSetProblem({ team: 'red', floor: '2', badge: '', old: 'x' }, DEFINITIONS),
		).toBeUndefined();
	});

	test('a select left empty or missing is refused, as the server refuses it', () => {
		expect(customFieldSetProblem({ floor: '2' }, DEFINITIONS)).toEqual({
			field: 'team',
			problem: { key: 'error_custom_option', params: { field: 'team', options: 'red, blue' } },
		});
	});

	test('the first configured field that fails, in the order of the setting', () => {
		expect(customFieldSetProblem({ team: 'red', badge: 'toolong' }, DEFINITIONS)).toEqual({
			field: 'floor',
			problem: { key: 'error_custom_required', params: { field: 'floor' } },
		});
		expect(
			customFieldSetProblem({ team: 'red', floor: '1', badge: 'toolong' }, DEFINITIONS)?.field,
		).toBe('badge');
	});
});
