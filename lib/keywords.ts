/**
 * The words people type for fields, statuses and yes/no, in the app's four languages as well as English, and the
 * habits of other chat tools (`dnd`, `invisible`). Matching ignores case and accents (`usuario` = `usuário`).
 * Plain data and lookups.
 */
import type { StandardField, StatusValue } from './fields';

/** Lower case without accents: how typed keywords are compared. */
export function foldKeyword(word: string): string {
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Field names beyond the English ones of lib/fields.ts: pt-BR, de, es. */
const FIELD_WORDS: Record<string, StandardField> = {
	// pt-BR
	'nome': 'name',
	'usuario': 'username',
	'nome-de-usuario': 'username',
	'apelido': 'nickname',
	'biografia': 'bio',
	'texto': 'statusText',
	'mensagem': 'statusText',
	'verificado': 'verified',
	'ativo': 'active',
	// de
	'benutzername': 'username',
	'spitzname': 'nickname',
	'biografie': 'bio',
	'statusnachricht': 'statusText',
	'verifiziert': 'verified',
	'aktiv': 'active',
	// es
	'nombre': 'name',
	'nombre-de-usuario': 'username',
	'apodo': 'nickname',
	'estado': 'status',
	'mensaje': 'statusText',
	'correo': 'email',
	'activo': 'active',
};

/** The entry of `table` a typed word names, ignoring case and accents. */
function lookUp<T>(table: Record<string, T>, typed: string): T | undefined {
	const folded = foldKeyword(typed);
	return Object.prototype.hasOwnProperty.call(table, folded) ? table[folded] : undefined;
}

export function localizedField(typed: string): StandardField | undefined {
	return lookUp(FIELD_WORDS, typed);
}

/** Every localized field word, for "did you mean …". */
export const LOCALIZED_FIELD_WORDS: readonly string[] = Object.keys(FIELD_WORDS);

/**
 * Status words. Rocket.Chat's own names are online, away, busy, offline; its "invisible" is the offline status
 * (allowed only where the workspace allows invisible: the caller checks), "do not disturb" is busy.
 */
const STATUS_WORDS: Record<string, StatusValue> = {
	'online': 'online',
	'available': 'online',
	'away': 'away',
	'idle': 'away',
	'afk': 'away',
	'busy': 'busy',
	'dnd': 'busy',
	'do-not-disturb': 'busy',
	'offline': 'offline',
	'invisible': 'offline',
	// pt-BR
	'disponivel': 'online',
	'ausente': 'away',
	'ocupado': 'busy',
	'invisivel': 'offline',
	// de
	'verfugbar': 'online',
	'abwesend': 'away',
	'beschaftigt': 'busy',
	'nicht-storen': 'busy',
	'unsichtbar': 'offline',
	// es
	'disponible': 'online',
	'conectado': 'online',
	'no-molestar': 'busy',
	'desconectado': 'offline',
};

/** The status a typed word means, e.g. `dnd` → busy, `ausente` → away. */
export function statusOf(typed: string): StatusValue | undefined {
	return lookUp(STATUS_WORDS, typed);
}

export const STATUS_WORDS_TYPED: readonly string[] = Object.keys(STATUS_WORDS);

/** Yes and no, in the four languages (English first). */
export const YES_WORDS = ['yes', 'y', 'true', 'on', '1', 'sim', 'ja', 'si'];
export const NO_WORDS = ['no', 'n', 'false', 'off', '0', 'nao', 'nein'];
