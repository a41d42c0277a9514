/** `POST /api/v1/users.updateOwnBasicInfo` (docs/server-rules.md#usersupdateownbasicinfo). */
import { validateNameChars } from '../functions/identity';
import { executeSaveUserProfile, type ProfileChanges } from '../functions/saveUserProfile';
import { DEFAULT_FIELDS_TO_EXCLUDE, getUserInfo } from '../functions/userInfo';
import { omitFields } from '../functions/projection';
import { failure, success } from '../results';
import { callerOf, liveCallerOf, type RouteDefinition } from '../route';
import type { StoredUser } from '../types';

type Nullable = string | null | undefined;

export const updateOwnBasicInfoRoute: RouteDefinition = {
	name: 'users.updateOwnBasicInfo',
	methods: ['POST'],
	authRequired: true,
	userWithoutUsername: true,
	validateParams: (validators) => validators.usersUpdateOwnBasicInfo,
	vnSchema: { source: 'body', validator: (validators) => validators.usersUpdateOwnBasicInfo },
	async action(context) {
		const data = context.body.data as Record<string, Nullable>;
		const changes: ProfileChanges = {
			email: data.email,
			realname: data.name,
			username: data.username,
			nickname: data.nickname,
			bio: data.bio,
			statusText: data.statusText,
			statusType: data.statusType,
			newPassword: data.newPassword,
			typedPassword: data.currentPassword,
		};
		if (changes.realname && !validateNameChars(changes.realname)) {
			return failure('Name contains invalid characters');
		}
		// currentPassword is passed as a "password" 2FA code; users with TOTP/e-mail 2FA get it checked as *their* code.
		const secondFactor = changes.typedPassword
			? { twoFactorCode: changes.typedPassword, twoFactorMethod: 'password' }
			: null;
		const customFields = context.body.customFields as Record<string, unknown> | null | undefined;
		await executeSaveUserProfile(
			context,
			callerOf(context)._id,
			changes,
			customFields,
			secondFactor,
		);
		const user = omitFields(liveCallerOf(context), DEFAULT_FIELDS_TO_EXCLUDE) as StoredUser;
		// V7 answers with the raw document, services (password hash, token hashes, TOTP secret) included.
		return success({
			user: context.state.profile === 'vn' ? getUserInfo(context.state, user, false) : user,
		});
	},
};
