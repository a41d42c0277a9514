/** `POST /api/v1/users.update` (docs/server-rules.md#usersupdate). */
import { executeSetUserActiveStatus } from '../functions/activeStatus';
import { validateNameChars } from '../functions/identity';
import { saveUser } from '../functions/saveUser';
import { projectForUsersRoute } from '../functions/userInfo';
import type { SaveUserData } from '../functions/validateUserData';
import { failure, success } from '../results';
import { callerOf, type RouteDefinition } from '../route';

export const usersUpdateRoute: RouteDefinition = {
	name: 'users.update',
	methods: ['POST'],
	authRequired: true,
	twoFactorRequired: true,
	validateParams: (validators) => validators.usersUpdate,
	vnSchema: { source: 'body', validator: (validators) => validators.usersUpdate },
	async action(context) {
		const { state } = context;
		const callerId = callerOf(context)._id;
		const userId = String(context.body.userId);
		const data = context.body.data as Omit<SaveUserData, '_id'>;
		const userData: SaveUserData = { _id: userId, ...data };
		if (userData.name && !validateNameChars(userData.name)) {
			return failure('Name contains invalid characters');
		}
		await saveUser(state, callerId, userData);
		// Runs after the save is committed: a refusal here leaves the other changes applied.
		if (data.active !== undefined) {
			executeSetUserActiveStatus(state, callerId, userId, data.active);
		}
		const user = state.users.findById(userId);
		if (!user) {
			return failure('User not found');
		}
		return success({ user: projectForUsersRoute(state, callerId, user) });
	},
};
