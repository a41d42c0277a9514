import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';
import { codeSafe, inert } from './inert';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Language = 'en' | 'pt-BR' | 'de' | 'es';

/**
 * A parameter: a number; a list of messages joined with commas; text the app composed itself (`{ text }`,
 * e.g. a translated reason); or a plain string, which may come from a user and is always shown inert.
 */
export type MessageParam = string | number | { list: MessageKey[] } | { text: string };

/** Something to say, not yet in a language. */
export interface Translatable {
	key: MessageKey;
	params?: Record<string, MessageParam>;
}

const TABLES: Record<Language, Messages> = { 'en': en, 'pt-BR': ptBR, 'de': de, 'es': es };

/** Maps a Rocket.Chat language code (`pt-BR`, `pt`, `de-AT`, `es`, …) to one the app speaks, else undefined. */
export function supportedLanguage(code: unknown): Language | undefined {
	if (typeof code !== 'string' || !code) {
		return undefined;
	}
	const normalized = code.replace('_', '-').toLowerCase();
	if (normalized.startsWith('pt')) {
		return 'pt-BR';
	}
	const base = normalized.split('-')[0];
	return base === 'en' || base === 'de' || base === 'es' ? base : undefined;
}

/** The user's language setting, else the workspace default, else English. */
export function pickLanguage(userLanguage: unknown, workspaceLanguage: unknown): Language {
	return supportedLanguage(userLanguage) ?? supportedLanguage(workspaceLanguage) ?? 'en';
}

/** A `{field}` parameter holding a standard field's name is shown in the user's language. */
function fieldParam(language: Language, value: string): string {
	const key = `field_${value}`;
	return Object.prototype.hasOwnProperty.call(en, key)
		? translate(language, key as MessageKey)
		: value;
}

/** Parameters that always hold a message the app composed (whose own parameters were made inert). */
const COMPOSED_PARAMS = new Set(['reason']);

/** Whether a placeholder stands inside a `code span` of its template (an odd number of backticks before it). */
function insideCode(template: string, offset: number): boolean {
	return (template.slice(0, offset).match(/`/g) ?? []).length % 2 === 1;
}

export function translate(
	language: Language,
	key: MessageKey,
	params: Translatable['params'] = {},
): string {
	const template = TABLES[language][key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (match, name: string, offset: number) => {
		if (!Object.prototype.hasOwnProperty.call(params, name)) {
			return match;
		}
		const value = params[name];
		if (typeof value === 'number') {
			return String(value);
		}
		if (typeof value === 'object') {
			return 'text' in value
				? value.text
				: value.list.map((item) => translate(language, item)).join(', ');
		}
		if (COMPOSED_PARAMS.has(name)) {
			return value;
		}
		const text = name === 'field' ? fieldParam(language, value) : value;
		return insideCode(template, offset) ? codeSafe(text) : inert(text);
	});
}

export function say(language: Language, message: Translatable): string {
	return translate(language, message.key, message.params);
}
