import { usernameRefusal } from '../../lib/fields';
import type { Translatable } from '../../lib/i18n';
import type { Invocation } from './Invocation';
import type { Credential } from './restClient';

/**
 * Asks the server whether a new username is free before the write, as Rocket.Chat's own profile form does
 * (`users.checkUsernameAvailability`), so that a taken name is answered in plain words and costs no write.
 */
export async function checkNewUsername(
	inv: Invocation,
	credential: Credential,
	username: string,
): Promise<Translatable | undefined> {
	const outcome = await inv
		.rest()
		.call<{ result?: unknown }>('get', 'users.checkUsernameAvailability', {
			credential,
			params: { username },
		});
	if (outcome.ok) {
		return typeof outcome.body.result === 'boolean'
			? usernameRefusal(username, { available: outcome.body.result })
			: undefined;
	}
	const failure = outcome.failure;
	return usernameRefusal(
		username,
		failure.kind === 'rejected' ? { errorType: failure.errorType } : {},
	);
}
