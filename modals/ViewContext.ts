import type { MessageKey, Translatable } from '../lib/i18n';

/** What a modal builder needs: the app id (for element ids) and the user's language. */
export interface ViewContext {
	appId: string;
	t(key: MessageKey, params?: Translatable['params']): string;
}

export function viewContext(source: {
	appId: string;
	t(key: MessageKey, params?: Translatable['params']): string;
}): ViewContext {
	return { appId: source.appId, t: (key, params) => source.t(key, params) };
}
