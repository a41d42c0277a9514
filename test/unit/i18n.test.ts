import { parseProfileCommand } from '../../lib/args';
import {
	Language,
	MessageKey,
	Messages,
	pickLanguage,
	say,
	supportedLanguage,
	translate,
} from '../../lib/i18n';
import { de } from '../../lib/locales/de';
import { en } from '../../lib/locales/en';
import { es } from '../../lib/locales/es';
import { ptBR } from '../../lib/locales/pt-BR';

const LOCALES: Array<[Language, Messages]> = [
	['pt-BR', ptBR],
	['de', de],
	['es', es],
];
const LANGUAGES: Language[] = ['en', 'pt-BR', 'de', 'es'];
const EN_KEYS = Object.keys(en).sort() as MessageKey[];

function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

describe('locale tables', () => {
	test('English has messages', () => {
		expect(EN_KEYS.length).toBeGreaterThan(100);
		for (const key of EN_KEYS) {
			expect(typeof en[key]).toBe('string');
			expect(en[key].trim()).not.toBe('');
		}
	});

	test.each(LOCALES)('%s has exactly the keys of en', (_language, table) => {
		expect(Object.keys(table).sort()).toEqual(EN_KEYS);
	});

	test.each(LOCALES)('%s: every message is a non-empty string', (_language, table) => {
		for (const key of EN_KEYS) {
			expect(typeof table[key]).toBe('string');
			expect(table[key].trim()).not.toBe('');
		}
	});

	test.each(LOCALES)('%s uses the same {placeholders} as en, key by key', (_language, table) => {
		const mismatches = EN_KEYS.filter(
			(key) => placeholders(table[key]).join(',') !== placeholders(en[key]).join(','),
		).map((key) => `${key}: en {${placeholders(en[key])}} vs {${placeholders(table[key])}}`);
		expect(mismatches).toEqual([]);
	});

	test.each(LOCALES)(
		'%s keeps the slash commands and field words users must type',
		(_language, table) => {
			for (const key of ['help_profile', 'help_admin', 'error_clear_usage'] as MessageKey[]) {
				for (const literal of en[key].match(/`\/[^`]+`/g) ?? []) {
					const command = literal.split(' ')[0].replace('`', '');
					expect(table[key]).toContain(command);
				}
			}
			expect(table.error_clear_usage).toContain('<bio|nickname|text>');
			expect(table.help_profile).toContain('<online|away|busy|offline>');
		},
	);
});

describe('supportedLanguage', () => {
	test.each([
		['en', 'en'],
		['en-US', 'en'],
		['en_GB', 'en'],
		['EN', 'en'],
		['de', 'de'],
		['de-AT', 'de'],
		['de_CH', 'de'],
		['es', 'es'],
		['es-MX', 'es'],
		['es-419', 'es'],
		['pt-BR', 'pt-BR'],
		['pt_BR', 'pt-BR'],
		['pt', 'pt-BR'],
		['pt-PT', 'pt-BR'],
		['PT-br', 'pt-BR'],
	])('%s → %s', (code, language) => {
		expect(supportedLanguage(code)).toBe(language);
	});

	test.each([['fr'], ['ja'], ['zh-CN'], [''], [undefined], [null], [42], [{}], ['english']])(
		'%j → undefined',
		(code) => {
			expect(supportedLanguage(code)).toBeUndefined();
		},
	);
});

describe('pickLanguage', () => {
	test('the user language first', () => {
		expect(pickLanguage('de', 'es')).toBe('de');
		expect(pickLanguage('pt-BR', 'en')).toBe('pt-BR');
	});

	test('else the workspace default', () => {
		expect(pickLanguage(undefined, 'es')).toBe('es');
		expect(pickLanguage('', 'de-DE')).toBe('de');
		expect(pickLanguage('fr', 'pt')).toBe('pt-BR');
	});

	test('else English', () => {
		expect(pickLanguage(undefined, undefined)).toBe('en');
		expect(pickLanguage('fr', 'ja')).toBe('en');
		expect(pickLanguage(null, '')).toBe('en');
	});
});

describe('translate', () => {
	test('a message without placeholders', () => {
		expect(translate('en', 'yes')).toBe('yes');
		expect(translate('en', 'nothing_changed')).toBe(en.nothing_changed);
	});

	test('every language answers its own table', () => {
		for (const [language, table] of LOCALES) {
			expect(translate(language, 'nothing_changed')).toBe(table.nothing_changed);
		}
	});

	test('text and number placeholders', () => {
		expect(translate('en', 'error_server', { status: 503 })).toBe(
			'The server failed (HTTP 503). Nothing was changed; try again later.',
		);
		expect(translate('en', 'error_rate_limited', { seconds: 0 })).toBe(
			'The server is limiting how often this can be done. Try again in 0 s.',
		);
		expect(translate('en', 'admin_user_failed', { user: 'bob', reason: 'gone' })).toBe(
			'@bob: gone',
		);
	});

	test('the same placeholder twice is filled twice', () => {
		expect(translate('en', 'error_unknown_subcommand', { command: '/profile', sub: 'x' })).toBe(
			'Unknown command `/profile x`. Type `/profile help` for the list.',
		);
	});

	test('a missing parameter leaves its placeholder', () => {
		expect(translate('en', 'error_server')).toBe(
			'The server failed (HTTP {status}). Nothing was changed; try again later.',
		);
		expect(translate('en', 'admin_user_failed', { user: 'bob' })).toBe('@bob: {reason}');
	});

	test('extra parameters are ignored', () => {
		expect(translate('en', 'yes', { unused: 'x' })).toBe('yes');
	});

	test('values are inserted verbatim, even when they look like placeholders or patterns', () => {
		expect(translate('en', 'admin_user_failed', { user: '{reason}', reason: '$& $1' })).toBe(
			'@`{reason}`: $& $1',
		);
	});

	test('a list parameter is translated item by item and joined with commas', () => {
		expect(
			translate('en', 'error_password_policy', {
				rules: { list: ['policy_minLength', 'policy_oneNumber'] },
			}),
		).toBe('The password does not meet the workspace’s policy: too short, needs a number');
		for (const [language, table] of LOCALES) {
			expect(
				translate(language, 'error_password_policy', {
					rules: { list: ['policy_minLength', 'policy_oneNumber'] },
				}),
			).toBe(
				table.error_password_policy.replace(
					'{rules}',
					`${table.policy_minLength}, ${table.policy_oneNumber}`,
				),
			);
		}
	});

	test('an empty list gives an empty text', () => {
		expect(translate('en', 'error_password_policy', { rules: { list: [] } })).toBe(
			'The password does not meet the workspace’s policy: ',
		);
	});

	test('a {field} holding a standard field name is shown in the user’s language', () => {
		expect(translate('en', 'error_value_empty', { field: 'statusText' })).toBe(
			'The status text cannot be empty.',
		);
		for (const [language, table] of LOCALES) {
			expect(translate(language, 'error_value_empty', { field: 'email' })).toBe(
				table.error_value_empty.replace('{field}', table.field_email),
			);
		}
	});

	test('a {field} holding a custom field name is shown as is', () => {
		expect(translate('en', 'error_custom_required', { field: 'Department' })).toBe(
			'The custom field Department is required and cannot be empty.',
		);
		expect(translate('de', 'error_custom_too_short', { field: 'constructor', min: 2 })).toBe(
			de.error_custom_too_short.replace('{field}', 'constructor').replace('{min}', '2'),
		);
	});

	test('only {field} is translated: names, words and commands are shown as typed', () => {
		for (const [language, table] of LOCALES) {
			expect(
				translate(language, 'error_value_missing', {
					field: 'nickname',
					command: '/profile set',
					word: 'nickname',
				}),
			).toBe(
				table.error_value_missing
					.replace('{field}', table.field_nickname)
					.replace('{command}', '/profile set')
					.replace('{word}', 'nickname'),
			);
			expect(translate(language, 'error_unknown_field', { name: 'verified', fields: 'X' })).toBe(
				table.error_unknown_field.replace('{name}', 'verified').replace('{fields}', 'X'),
			);
			expect(
				translate(language, 'error_value_missing_clearable', {
					field: 'statusText',
					clear: '/profile clear text',
				}),
			).toBe(
				table.error_value_missing_clearable
					.replace('{field}', table.field_statusText)
					.replace('{clear}', '/profile clear text'),
			);
		}
	});

	test('a key missing from a table falls back to English', () => {
		const table = de as Record<string, string>;
		const saved = table.yes;
		delete table.yes;
		try {
			expect(translate('de', 'yes')).toBe(en.yes);
		} finally {
			table.yes = saved;
		}
	});

	test('no message keeps a placeholder once all its parameters are given', () => {
		for (const language of LANGUAGES) {
			for (const key of EN_KEYS) {
				const params = Object.fromEntries(placeholders(en[key]).map((name) => [name, 'X']));
				expect(translate(language, key, params)).not.toMatch(/\{\w+\}/);
			}
		}
	});
});

describe('say', () => {
	test('translates a Translatable', () => {
		expect(say('en', { key: 'admin_activated', params: { username: 'bob' } })).toBe(
			'@bob is now active.',
		);
		expect(say('de', { key: 'yes' })).toBe(de.yes);
	});
});

describe('command examples inside messages can be typed as shown', () => {
	/** The first `/profile …` example of a message, as the words the server would pass. */
	function exampleWords(text: string): string[] {
		const example = /`\/profile ([^`]+)`/.exec(text);
		if (!example) {
			throw new Error(`no /profile example in: ${text}`);
		}
		return example[1].split(' ');
	}

	/** The reply to `/profile <args>`, which must be an error. */
	function reply(language: Language, args: string[]): string {
		const parsed = parseProfileCommand(args, {});
		if (parsed.ok) {
			throw new Error(`expected an error for ${JSON.stringify(args)}`);
		}
		return translate(language, parsed.error.key, { fields: 'X', ...parsed.error.params });
	}

	/** `/profile set <field>` without a value: the reply shows how to set or clear it. */
	function advice(language: Language, typed: string): string {
		return reply(language, ['set', typed]);
	}

	/** The field a parsed `/profile` request sets or clears. */
	function fieldNamed(words: string[]): string | undefined {
		const parsed = parseProfileCommand(words, {});
		return parsed.ok && parsed.value.kind === 'clear'
			? parsed.value.field
			: parsed.ok && parsed.value.kind === 'set'
			? parsed.value.changes[0].ref.field
			: undefined;
	}

	const FIELDS: Array<[string, string]> = [
		['name', 'name'],
		['username', 'username'],
		['email', 'email'],
		['bio', 'bio'],
		['nickname', 'nickname'],
		['text', 'statusText'],
		['statusText', 'statusText'],
		['nick', 'nickname'],
	];

	test.each(FIELDS)(
		'en: `/profile set %s` points to a command for that field (%s)',
		(typed, field) => {
			expect(fieldNamed(exampleWords(advice('en', typed)))).toBe(field);
		},
	);

	// translate() shows a {field} as the field's label in the user's language; the command examples of
	// error_value_missing / error_value_missing_clearable must still read `/profile clear text`, not
	// `/profile clear status text` (en) or `/profile set Spitzname …` (de).
	test('every language, every field: the example command works', () => {
		const broken: string[] = [];
		for (const language of LANGUAGES) {
			for (const [typed, field] of FIELDS) {
				const words = exampleWords(advice(language, typed));
				if (fieldNamed(words) !== field) {
					broken.push(`${language} ${typed}: /profile ${words.join(' ')}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	test.each([
		[['password', 'hunter2']],
		[['set', 'password', 'hunter2']],
		[['set', 'name=Jane', 'pwd=hunter2']],
	])('%j: every language points to the password form, without the secret', (args) => {
		for (const language of LANGUAGES) {
			const text = reply(language, args);
			expect(text).not.toContain('hunter2');
			expect(parseProfileCommand(exampleWords(text), {})).toEqual({
				ok: true,
				value: { kind: 'password' },
			});
		}
	});

	test('an unknown field is named as typed, not as a translated label', () => {
		for (const language of LANGUAGES) {
			const text = reply(language, ['set', 'verified', 'yes']);
			expect(text).toMatch(/[“„]verified[”“]/);
			expect(text).not.toContain(translate(language, 'field_verified'));
		}
	});
});
