import { parseAdminCommand } from '../../lib/adminArgs';
import { FieldChange, parseProfileCommand, ParseResult, ProfileRequest } from '../../lib/args';
import type { CustomFieldDefinitions } from '../../lib/fields';
import { statusOf } from '../../lib/keywords';
import { closestWord, editDistance, groupQuotedWords } from '../../lib/typing';

const CUSTOM: CustomFieldDefinitions = { Estado: { type: 'text' }, Team: { type: 'text' } };

function setChanges(result: ParseResult<ProfileRequest>): Array<[string, string]> {
	if (!result.ok || result.value.kind !== 'set') {
		throw new Error(`expected a set, got ${JSON.stringify(result)}`);
	}
	return result.value.changes.map((change: FieldChange) => [change.ref.field, change.value]);
}

/** The server's split of `/profile set …` words (quotes it paired are already gone). */
const profile = (...words: string[]) => parseProfileCommand(words, CUSTOM);

describe('groupQuotedWords', () => {
	test.each([
		[['name=“Jane', 'Doe”'], ['name=Jane Doe']],
		[['name=„Jane', 'Doe“'], ['name=Jane Doe']],
		[['name=«Jane', 'Doe»'], ['name=Jane Doe']],
		[
			['“Jane', 'Doe”', 'x'],
			['Jane Doe', 'x'],
		],
		[['bio=“He', 'said', '‘hi’”'], ['bio=He said ‘hi’']],
		[['“one”'], ['one']],
		[
			["O'Brien", 'rocks'],
			["O'Brien", 'rocks'],
		],
		[
			['I', 'love', '’90s', 'music'],
			['I', 'love', '’90s', 'music'],
		],
		[
			['plain', 'words'],
			['plain', 'words'],
		],
	])('%j → %j', (words, expected) => {
		expect(groupQuotedWords(words)).toEqual({ ok: true, words: expected });
	});

	test.each([
		[['name="Alice', 'Anders', 'nickname=al'], 'name="Alice'],
		[['name=“Alice', 'Anders'], 'name=“Alice'],
		[['bio', '"', 'x'], '"'],
	])('%j: the quote is never closed', (words, start) => {
		expect(groupQuotedWords(words)).toEqual({
			ok: false,
			error: { key: 'error_unclosed_quote', params: { start } },
		});
	});
});

describe('closestWord', () => {
	test.each([
		['nam', 'name'],
		['nickame', 'nickname'],
		['nicknmae', 'nickname'],
		['shwo', 'show'],
		['sett', 'set'],
		['NAM', 'name'],
	])('%j → %j', (typed, expected) => {
		expect(closestWord(typed, ['name', 'nickname', 'show', 'set', 'bio'])).toBe(expected);
	});

	test.each(['xyz', 'name', '', 'biography-of-my-life'])('%j: no suggestion', (typed) => {
		expect(closestWord(typed, ['name', 'nickname', 'bio'])).toBeUndefined();
	});

	test('two equally close candidates: no suggestion', () => {
		expect(closestWord('bat', ['bar', 'baz'])).toBeUndefined();
	});

	test('edit distance counts a swap of neighbours as one edit', () => {
		expect(editDistance('shwo', 'show')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('/profile typing', () => {
	test('an unclosed quote is an error that points at it, nothing is saved', () => {
		expect(profile('set', 'name="Alice', 'Anders', 'nickname=al')).toEqual({
			ok: false,
			error: { key: 'error_unclosed_quote', params: { start: 'name="Alice' } },
		});
	});

	test('typographic quotes group words like straight ones', () => {
		expect(setChanges(profile('set', 'name=“Alice', 'Anders”', 'nickname=al'))).toEqual([
			['name', 'Alice Anders'],
			['nickname', 'al'],
		]);
		expect(setChanges(profile('set', 'bio', '“I', 'build', 'rockets”'))).toEqual([
			['bio', 'I build rockets'],
		]);
	});

	test.each([
		['nam', 'name'],
		['nickame', 'nickname'],
	])('field %j: did you mean %j', (typed, suggestion) => {
		expect(profile('set', typed, 'x')).toEqual({
			ok: false,
			error: { key: 'error_unknown_field_suggest', params: { name: typed, suggestion } },
		});
		expect(profile('set', `${typed}=x`)).toEqual({
			ok: false,
			error: { key: 'error_unknown_field_suggest', params: { name: typed, suggestion } },
		});
	});

	test('a misspelt field after a first assignment suggests the assignment', () => {
		expect(profile('set', 'name=x', 'nickame=al')).toEqual({
			ok: false,
			error: {
				key: 'error_unknown_field_in_assignment_suggest',
				params: { name: 'nickame', suggestion: 'nickname' },
			},
		});
	});

	test.each([
		['sett', 'set'],
		['shwo', 'show'],
		['lgoin', 'login'],
	])('sub-command %j: did you mean %j', (sub, suggestion) => {
		expect(profile(sub)).toEqual({
			ok: false,
			error: {
				key: 'error_unknown_subcommand_suggest',
				params: { command: '/profile', sub, suggestion },
			},
		});
	});

	test('a word far from every sub-command gets the list', () => {
		expect(profile('launch')).toEqual({
			ok: false,
			error: { key: 'error_unknown_subcommand', params: { command: '/profile', sub: 'launch' } },
		});
	});

	test.each([
		['invisible', 'offline'],
		['dnd', 'busy'],
		['DND', 'busy'],
		['ausente', 'away'],
		['beschäftigt', 'busy'],
		['unsichtbar', 'offline'],
		['disponible', 'online'],
		['Away', 'away'],
	])('status %j is sent as %j', (typed, status) => {
		expect(setChanges(profile('set', 'status', typed, 'In', 'a', 'meeting'))).toEqual([
			['status', status],
			['statusText', 'In a meeting'],
		]);
		expect(setChanges(profile('set', `status=${typed}`))).toEqual([['status', status]]);
	});

	test.each([
		['nome', 'name'],
		['apelido', 'nickname'],
		['Spitzname', 'nickname'],
		['apodo', 'nickname'],
		['biografía', 'bio'],
		['usuário', 'username'],
		['mensaje', 'statusText'],
	])('field keyword %j in another language is %s', (typed, field) => {
		expect(setChanges(profile('set', typed, 'x'))).toEqual([[field, 'x']]);
	});

	test('a custom field keeps its name over a word of another language', () => {
		const result = profile('set', 'estado', 'x');
		expect(result.ok && result.value.kind === 'set' && result.value.changes[0].ref).toEqual({
			kind: 'custom',
			field: 'Estado',
		});
	});

	test('statusOf ignores accents and case', () => {
		expect(statusOf('INVISÍVEL')).toBe('offline');
		expect(statusOf('sleeping')).toBeUndefined();
	});
});

describe('/admin-user typing', () => {
	test('a misspelt sub-command: did you mean', () => {
		expect(parseAdminCommand(['deactivtae', 'bea'], {})).toEqual({
			ok: false,
			error: {
				key: 'error_unknown_subcommand_suggest',
				params: { command: '/admin-user', sub: 'deactivtae', suggestion: 'deactivate' },
			},
		});
	});

	test('an unclosed quote in an admin set', () => {
		expect(parseAdminCommand(['set', 'bea', 'name=“Bea', 'Smith'], {})).toEqual({
			ok: false,
			error: { key: 'error_unclosed_quote', params: { start: 'name=“Bea' } },
		});
	});
});
