import type { AdminUpdate } from '../../lib/adminPlan';
import { usernameRefusal } from '../../lib/fields';
import type { Translatable } from '../../lib/i18n';
import type { Invocation } from './Invocation';
import type { Credential } from './restClient';

/**
 * Asks the server whether a new username is free before the write, as Rocket.Chat's own profile form does
 * (`users.checkUsernameAvailability`), so that a taken name is answered in plain words and costs no write.
 * A change of letter case only is not asked about: the check would find the user themself and say "taken",
 * while the write allows it (`setUsername` skips the availability check when only the case changes).
 */
export async function checkNewUsername(
	inv: Invocation,
	credential: Credential,
	username: string,
	currentUsername: string,
): Promise<Translatable | undefined> {
	if (username.toLowerCase() === currentUsername.toLowerCase()) {
		return undefined;
	}
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

/**
 * The same check for an admin renaming a user. The server answers for the caller: the caller's own username is
 * "available" to them, which is wrong when the admin renames someone else to it, so that case is refused here.
 * With `Accounts_AllowUsernameChange` off the check refuses the caller (`error-not-allowed`) although an admin
 * may still rename others: that answer refuses nothing (see usernameRefusal).
 */
export async function checkAdminNewUsername(
	inv: Invocation,
	credential: Credential,
	update: AdminUpdate,
	targetUsername: string,
): Promise<Translatable | undefined> {
	const username = update.data.username;
	if (typeof username !== 'string') {
		return undefined;
	}
	if (update.userId !== inv.user.id && username === inv.user.username) {
		return usernameRefusal(username, { available: false });
	}
	return checkNewUsername(inv, credential, username, targetUsername);
}
