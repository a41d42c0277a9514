import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Language = 'en' | 'pt-BR' | 'de' | 'es';

/** A parameter: plain text or a number, or a list of messages joined with commas. */
export type MessageParam = string | number | { list: MessageKey[] };

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

export function translate(
	language: Language,
	key: MessageKey,
	params: Translatable['params'] = {},
): string {
	const template = TABLES[language][key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (match, name: string) => {
		if (!Object.prototype.hasOwnProperty.call(params, name)) {
			return match;
		}
		const value = params[name];
		if (typeof value === 'object') {
			return value.list.map((item) => translate(language, item)).join(', ');
		}
		return name === 'field' ? fieldParam(language, String(value)) : String(value);
	});
}

export function say(language: Language, message: Translatable): string {
	return translate(language, message.key, message.params);
}
