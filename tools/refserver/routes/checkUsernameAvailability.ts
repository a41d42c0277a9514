/**
 * `GET /api/v1/users.checkUsernameAvailability` (apps/meteor/app/api/server/v1/users.ts; the check is
 * `checkUsernameAvailabilityWithValidation` in apps/meteor/app/lib/server/functions/checkUsernameAvailability.ts):
 * the caller's own username is available to them; with `Accounts_AllowUsernameChange` off a caller who has a username
 * gets `error-not-allowed`; a blocked name throws `error-blocked-username`; otherwise `result` says whether no user
 * holds the name (case-insensitive). Rocket.Chat's own profile form asks this before it saves a new username.
 */
import { checkUsernameAvailability } from '../functions/identity';
import { MeteorError } from '../meteorError';
import { success } from '../results';
import { callerOf, type RouteDefinition } from '../route';

export const checkUsernameAvailabilityRoute: RouteDefinition = {
	name: 'users.checkUsernameAvailability',
	methods: ['GET'],
	authRequired: true,
	validateParams: (validators) => validators.usersCheckUsernameAvailability,
	async action(context) {
		const username = String(context.query.username ?? '');
		if (!username) {
			throw new MeteorError('error-invalid-username', 'Invalid username', {
				method: 'setUsername',
			});
		}
		const caller = callerOf(context);
		if (caller.username && context.state.settings.get('Accounts_AllowUsernameChange') === false) {
			throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'setUsername' });
		}
		if (caller.username === username) {
			return success({ result: true });
		}
		return success({ result: checkUsernameAvailability(context.state, username) });
	},
};
