/**
 * Recognises words of a command line that may carry a secret (`password:Hunter2`, `senha＝x`, `pwd Hunter2`…),
 * so that no reply ever repeats them. Plain functions, unit-tested.
 */

/** Letters that look like Latin ones (Cyrillic, Greek), mapped to the Latin letter they imitate. */
const LOOKALIKES: Record<string, string> = {
	'а': 'a',
	'в': 'b',
	'с': 'c',
	'ԁ': 'd',
	'е': 'e',
	'һ': 'h',
	'і': 'i',
	'ј': 'j',
	'к': 'k',
	'м': 'm',
	'н': 'h',
	'о': 'o',
	'р': 'p',
	'ѕ': 's',
	'т': 't',
	'у': 'y',
	'х': 'x',
	'ԝ': 'w',
	'α': 'a',
	'β': 'b',
	'ε': 'e',
	'ι': 'i',
	'κ': 'k',
	'ν': 'v',
	'ο': 'o',
	'ρ': 'p',
	'τ': 't',
	'υ': 'u',
	'χ': 'x',
	'ω': 'w',
	'0': 'o',
	'@': 'a',
	'$': 's',
};

/** Separators people type between a name and a value, with look-alikes that NFKC does not fold. */
const SEPARATOR =
	/[=:\uA78A\uA789\u2236\u02F8\u05C3\u1804\u2254\u2255\u2A74\u003A\uFE13\uFE55\uFF1A\uFF1D\uFE66\u207C\u208C]/;

/** Stems that name a secret in the app's languages (password, Passwort, senha, contraseña…) and habits. */
const SECRET_STEMS = [
	'passw',
	'passwd',
	'pwd',
	'kennwort',
	'senha',
	'contrasen',
	'motdepasse',
	'secret',
	'token',
];

/** Whole names (after dropping new/current/confirm…) that name a secret. */
const SECRET_NAMES = new Set([
	'pass',
	'pw',
	'otp',
	'totp',
	'pin',
	'code',
	'2fa',
	'mfa',
	'clave',
	'passe',
	'key',
]);

const PREFIXES =
	/^(new|current|old|confirm|repeat|my|nova|novo|atual|neues|neue|aktuelles|nueva|nuevo|actual)/;

/** A name folded to plain lower-case Latin letters and digits: `Pass‑Wört` → `passwort`. */
export function foldName(name: string): string {
	const folded = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	return [...folded]
		.map((char) => LOOKALIKES[char] ?? char)
		.join('')
		.replace(/[^a-z0-9]/g, '');
}

/** Whether a name (before any value) looks like it names a password, code or token. */
export function isSecretName(name: string): boolean {
	const folded = foldName(name);
	if (!folded) {
		return false;
	}
	const bare = folded.replace(PREFIXES, '');
	return (
		SECRET_STEMS.some((stem) => folded.includes(stem)) ||
		SECRET_NAMES.has(folded) ||
		SECRET_NAMES.has(bare)
	);
}

/** The part of a word before its first name/value separator, or undefined when it has none. */
export function assignedName(word: string): string | undefined {
	const normalized = word.normalize('NFKC');
	const match = SEPARATOR.exec(normalized);
	return match ? normalized.slice(0, match.index) : undefined;
}

/** Whether a word reads as `secret-name<separator>value` (the value may be empty: the next word may be it). */
export function isSecretAssignment(word: string): boolean {
	const name = assignedName(word);
	return name !== undefined && isSecretName(name);
}
