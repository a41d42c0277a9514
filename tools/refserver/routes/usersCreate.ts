/**
 * `POST /api/v1/users.create` (docs/server-rules.md#post-apiv1userscreate), from apps/meteor/app/api/server/v1/users.ts
 * (V7: `authRequired`, `validateParams: isUserCreateParamsPOST`, no 2FA; VN adds `twoFactorRequired`) and
 * apps/meteor/app/lib/server/functions/saveUser/ (validateUserData, saveNewUser); custom fields:
 * validateCustomFields before saving, saveCustomFieldsWithoutValidation after (apps/meteor/app/lib/server/functions/).
 */
import { executeSetUserActiveStatus } from '../functions/activeStatus';
import { saveCustomFieldsWithoutValidation, validateCustomFields } from '../functions/customFields';
import { validateNameChars } from '../functions/identity';
import { saveUser } from '../functions/saveUser';
import { projectForUsersRoute } from '../functions/userInfo';
import type { SaveUserData } from '../functions/validateUserData';
import { failure, success } from '../results';
import { callerOf, type RouteDefinition } from '../route';
import { cloneUser, touch } from '../users';

export const usersCreateRoute: RouteDefinition = {
	name: 'users.create',
	methods: ['POST'],
	authRequired: true,
	vnTwoFactorRequired: true,
	validateParams: (validators) => validators.usersCreate,
	vnSchema: { source: 'body', validator: (validators) => validators.usersCreate },
	async action(context) {
		const { state } = context;
		const callerId = callerOf(context)._id;
		const data = { ...context.body } as SaveUserData & { fields?: unknown };
		delete data.fields;
		// "New change made by pull request #5152": the default is to join the default channels.
		if (data.joinDefaultChannels === undefined) {
			data.joinDefaultChannels = true;
		}
		if (data.name && !validateNameChars(data.name)) {
			return failure('Name contains invalid characters');
		}
		// Custom fields are checked before the user exists and saved after (saveNewUser ignores them).
		if (data.customFields) {
			validateCustomFields(state, data.customFields);
		}
		const created = await saveUser(state, callerId, data);
		const userId = typeof created === 'string' ? created : callerId;
		const saved = data.customFields && state.users.findById(userId);
		if (saved && data.customFields) {
			const draft = cloneUser(saved);
			saveCustomFieldsWithoutValidation(state, draft, data.customFields);
			touch(draft, state.clock.now());
			state.users.replace(draft);
		}
		if (typeof context.body.active === 'boolean') {
			executeSetUserActiveStatus(state, callerId, userId, context.body.active);
		}
		const user = state.users.findById(userId);
		if (!user) {
			return failure('User not found');
		}
		return success({ user: projectForUsersRoute(state, callerId, user) });
	},
};
