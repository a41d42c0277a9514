/**
 * User-controlled values stay inert in every message of every language, judged by Rocket.Chat's own message
 * parser: a hostile value adds no markup (links, mentions, emphasis, emoji, lists, quotes) and no line.
 */
import { parseMessage as parse } from './support/messageParser';
import fc from 'fast-check';

import { en } from '../../lib/locales/en';
import { formatChanges, formatProfile } from '../../lib/messages';
import type { Language, MessageKey } from '../../lib/i18n';
import { translate } from '../../lib/i18n';
import { codeSafe, flatten, inert, quoted } from '../../lib/inert';

export const HOSTILE_VALUES = [
	'ok\n✅ *Your account was unlinked.* [Link it again](https://evil.example/x)',
	'old\n• password: “a” → “b”',
	'@all please read',
	'@here',
	'#general',
	':white_check_mark: done',
	'`code`',
	'```\nblock\n```',
	'> quoted',
	'# Heading',
	'- item',
	'1. first',
	'~~gone~~',
	'_italic_',
	'*bold*',
	'<https://evil.example|click here>',
	'https://evil.example/login',
	'evil.example',
	'mail me: x@evil.example',
	'\u202Eevil\u202C',
	'a\u2028b\u2029c\r\nd',
	'| a | b |',
	'![img](https://evil.example/x.png)',
	'[x](javascript:alert(1))',
	'\\*escaped\\*',
	'<b>bold</b>',
	'zero\u200Bwidth',
	'tab\there',
	'{reason} $& $1',
];

const LANGUAGES: Language[] = ['en', 'pt-BR', 'de', 'es'];

type Node = { type: string; value?: unknown };

/** Markup types of `text` that `baseline` does not have as often (a hostile value may remove markup, never add). */
function added(text: string, baseline: string): string[] {
	const left = markup(baseline);
	return markup(text).filter((type) => {
		const index = left.indexOf(type);
		if (index === -1) {
			return true;
		}
		left.splice(index, 1);
		return false;
	});
}

/** Every markup node type of a parsed message (plain text and inline code aside), with its count. */
function markup(text: string): string[] {
	const types: string[] = [];
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			node.forEach(walk);
			return;
		}
		if (node && typeof node === 'object') {
			const { type } = node as Node;
			if (type === 'INLINE_CODE' || type === 'PLAIN_TEXT') {
				return;
			}
			if (type) {
				types.push(type);
			}
			Object.values(node as Record<string, unknown>).forEach(walk);
		}
	};
	walk(parse(text));
	return types.sort();
}

function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** A message with every parameter set to `value` (a composed `reason` carries it inside a server error). */
function filled(language: Language, key: MessageKey, value: string): string {
	const params = Object.fromEntries(
		placeholders(en[key]).map((name) => [
			name,
			name === 'reason' ? translate(language, 'error_generic', { error: value }) : value,
		]),
	);
	return translate(language, key, params);
}

describe('inert values', () => {
	const keys = (Object.keys(en) as MessageKey[]).filter((key) => placeholders(en[key]).length);

	test.each(LANGUAGES)(
		'every message with parameters, %s: hostile values add no markup and no line',
		(language) => {
			for (const key of keys) {
				const baseline = filled(language, key, 'x');
				for (const value of HOSTILE_VALUES) {
					const text = filled(language, key, value);
					expect({ key, value, added: added(text, baseline) }).toEqual({ key, value, added: [] });
					expect({ key, value, lines: text.split('\n').length }).toEqual({
						key,
						value,
						lines: baseline.split('\n').length,
					});
				}
			}
		},
	);

	test('receipts and profiles: hostile old and new values add no markup and no line', () => {
		const t = (key: MessageKey, params?: Parameters<typeof translate>[2]) =>
			translate('en', key, params);
		for (const value of HOSTILE_VALUES) {
			const receipt = formatChanges(t, 'Done', [
				{ field: 'nickname', custom: false, old: value, new: value },
				{ field: value, custom: true, old: value, new: 'x' },
			]);
			expect(receipt.split('\n')).toHaveLength(3);
			expect(markup(receipt)).toEqual(
				markup(
					formatChanges(t, 'Done', [
						{ field: 'nickname', custom: false, old: 'x', new: 'x' },
						{ field: 'x', custom: true, old: 'x', new: 'x' },
					]),
				),
			);
			const profile = formatProfile(
				t,
				{
					name: value,
					username: 'bea',
					nickname: value,
					email: value,
					emailVerified: true,
					bio: value,
					status: value,
					statusText: value,
					customFields: { [value]: value },
					roles: [value],
					active: true,
					requirePasswordChange: false,
				} as never,
				true,
			);
			expect(profile.split('\n')).toHaveLength(12);
			expect(markup(profile)).toEqual(
				markup(
					formatProfile(
						t,
						{
							name: 'x',
							username: 'bea',
							nickname: 'x',
							email: 'x',
							emailVerified: true,
							bio: 'x',
							status: 'x',
							statusText: 'x',
							customFields: { x: 'x' },
							roles: ['x'],
							active: true,
							requirePasswordChange: false,
						} as never,
						true,
					),
				),
			);
		}
	});

	test('any string at all stays inert in a receipt line (fast-check, fixed seed)', () => {
		const t = (key: MessageKey, params?: Parameters<typeof translate>[2]) =>
			translate('en', key, params);
		const baseline = markup(
			formatChanges(t, 'Done', [{ field: 'bio', custom: false, old: 'x', new: 'y' }]),
		);
		fc.assert(
			fc.property(
				fc.fullUnicodeString({ maxLength: 40 }),
				fc.string({ maxLength: 40 }),
				(old, value) => {
					const text = formatChanges(t, 'Done', [{ field: 'bio', custom: false, old, new: value }]);
					return (
						text.split('\n').length === 2 &&
						JSON.stringify(markup(text)) === JSON.stringify(baseline)
					);
				},
			),
			{ seed: 1592590401, numRuns: 3000 },
		);
	});

	test.each(LANGUAGES)(
		'no template puts a parameter inside *bold*, _italic_ or ~strike~ (%s)',
		(language) => {
			// Inside emphasis the parser reads links and emoji even within inline code: values must stand outside.
			for (const key of keys) {
				const template = translate(language, key, {});
				for (const line of template.split('\n')) {
					for (const match of line.matchAll(/\{\w+\}/g)) {
						const before = line.slice(0, match.index);
						for (const mark of ['*', '_', '~']) {
							expect({ key, mark, inside: before.split(mark).length % 2 === 0 }).toEqual({
								key,
								mark,
								inside: false,
							});
						}
					}
				}
			}
		},
	);

	test('plain text is shown as typed; anything else as inline code that cannot be closed early', () => {
		expect(inert('Alice Anders')).toBe('Alice Anders');
		expect(inert('1.5 kg, 50% off!')).toBe('1.5 kg, 50% off!');
		expect(inert('rockets.now')).toBe('`rockets.now`');
		expect(inert('a`b')).toBe('`aˋb`');
		expect(inert('@all')).toBe('`@\u2060all`');
		expect(inert('x@example.com')).toBe('`x@example.com`');
		expect(quoted('Bee')).toBe('“Bee”');
		expect(quoted('*Bee*')).toBe('`*Bee*`');
		expect(flatten('a\nb\u202Ec')).toBe('a bc');
		expect(codeSafe('x`y\nz')).toBe('xˋy z');
	});
});
