/**
 * saveUserPreferences (apps/meteor/server/methods/saveUserPreferences.ts): `Users.setLanguage` for the language and
 * `Users.setPreferences` ($set of settings.preferences.<key>) for every key, the language included.
 */
import type { StoredUser } from '../types';
import { touch } from '../users';

export function saveUserPreferences(
	user: StoredUser,
	data: Record<string, unknown>,
	now: number,
): Record<string, unknown> {
	if (data.language !== undefined && data.language !== null) {
		user.language = String(data.language);
	}
	const preferences = { ...(user.settings?.preferences ?? {}) };
	for (const [key, value] of Object.entries(data)) {
		preferences[key] = value;
	}
	user.settings = { ...(user.settings ?? {}), preferences };
	touch(user, now);
	return preferences;
}
