/**
 * What `/profile` reaches beyond the profile fields: the avatar, the language, the verification e-mail, the other
 * sessions and e-mail two-factor (Rocket.Chat's My Account). Typed words, in the app's four languages, and the
 * checks made before any request. Plain functions.
 */
import { foldKeyword, NO_WORDS, YES_WORDS } from './keywords';
import { originOf } from './origin';

export type AccountSetting = 'avatar' | 'language';

/** Words naming the avatar or the language, as fields are named (English, pt-BR, de, es; accents optional). */
const SETTING_WORDS: Record<string, AccountSetting> = {
	avatar: 'avatar',
	picture: 'avatar',
	photo: 'avatar',
	language: 'language',
	lang: 'language',
	// pt-BR and es
	foto: 'avatar',
	imagem: 'avatar',
	imagen: 'avatar',
	idioma: 'language',
	lingua: 'language',
	// de
	bild: 'avatar',
	profilbild: 'avatar',
	sprache: 'language',
};

export const ACCOUNT_SETTING_WORDS: readonly string[] = Object.keys(SETTING_WORDS);

export function accountSettingOf(typed: string): AccountSetting | undefined {
	const folded = foldKeyword(typed);
	return Object.prototype.hasOwnProperty.call(SETTING_WORDS, folded)
		? SETTING_WORDS[folded]
		: undefined;
}

/** Language names people type, to Rocket.Chat's codes (the server stores whatever code it is sent). */
const LANGUAGE_NAMES: Record<string, string> = {
	english: 'en',
	ingles: 'en',
	englisch: 'en',
	portuguese: 'pt-BR',
	portugues: 'pt-BR',
	portugiesisch: 'pt-BR',
	german: 'de',
	deutsch: 'de',
	alemao: 'de',
	aleman: 'de',
	spanish: 'es',
	espanhol: 'es',
	spanisch: 'es',
	espanol: 'es',
	castellano: 'es',
};

/**
 * The language code a typed word means: a name (`deutsch`, `español`) or a code shaped like Rocket.Chat's
 * (`de`, `pt-BR`, `zh_TW` → `zh-TW`); anything else is undefined. `users.setPreferences` checks nothing
 * (`Match.Optional(String)`), so the app refuses what cannot be a language before sending it.
 */
export function languageCodeOf(typed: string): string | undefined {
	const folded = foldKeyword(typed.trim());
	if (Object.prototype.hasOwnProperty.call(LANGUAGE_NAMES, folded)) {
		return LANGUAGE_NAMES[folded];
	}
	const code = /^([a-z]{2,3})(?:[-_]([a-z]{2}|[a-z]{4}))?$/i.exec(typed.trim());
	if (!code) {
		return undefined;
	}
	const [, base, region] = code;
	if (!region) {
		return base.toLowerCase();
	}
	return `${base.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region}`;
}

/** An avatar URL the server can fetch: http or https, no spaces, at most 2048 characters. */
export function isAvatarUrl(value: string): boolean {
	// Without `URL`, which the engine's sandbox may lack (lib/origin.ts).
	return value.length <= 2048 && !/\s/.test(value) && originOf(value) !== '';
}

/** `on`/`off` (and yes/no in the four languages): true, false, or undefined for anything else. */
export function onOffOf(typed: string | undefined): boolean | undefined {
	if (typed === undefined) {
		return undefined;
	}
	const folded = foldKeyword(typed);
	if (YES_WORDS.includes(folded) || folded === 'enable') {
		return true;
	}
	return NO_WORDS.includes(folded) || folded === 'disable' ? false : undefined;
}

/** Words naming e-mail as a second factor: `/profile 2fa email on`. */
export function isEmailWord(typed: string): boolean {
	return ['email', 'e-mail', 'mail', 'correo'].includes(foldKeyword(typed));
}
