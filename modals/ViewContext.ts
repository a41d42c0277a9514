import type { MessageKey, Translatable } from '../lib/i18n';
import { Elements, elementsFor } from './blocks';

/** What a modal builder needs: the elements (bound to the app id) and the user's language. */
export interface ViewContext extends Elements {
	t(key: MessageKey, params?: Translatable['params']): string;
}

export function viewContext(source: {
	appId: string;
	t(key: MessageKey, params?: Translatable['params']): string;
}): ViewContext {
	return { ...elementsFor(source.appId), t: (key, params) => source.t(key, params) };
}
