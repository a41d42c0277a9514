/** `POST /api/v1/users.2fa.sendEmailCode` (docs/server-rules.md#post-apiv1users2fasendemailcode): no authentication required. */
import { MeteorError } from '../meteorError';
import { success } from '../results';
import type { RouteDefinition } from '../route';
import { twoFactorOf } from '../twoFactor';
import { cloneUser } from '../users';

export const sendEmailCodeRoute: RouteDefinition = {
	name: 'users.2fa.sendEmailCode',
	methods: ['POST'],
	authRequired: false,
	vnSchema: { source: 'body', validator: (validators) => validators.users2faSendEmailCode },
	async action(context) {
		const { state } = context;
		const emailOrUsername = context.body.emailOrUsername;
		if (!emailOrUsername) {
			throw new MeteorError('error-parameter-required', 'emailOrUsername is required');
		}
		const value = String(emailOrUsername);
		const found = value.includes('@')
			? state.users.findByEmail(value)
			: state.users.findByUsername(value);
		// V7 does not authenticate this route, so the caller's id is only used in VN.
		const user =
			(state.profile === 'vn' && context.userId
				? state.users.findById(context.userId)
				: undefined) ?? found;
		if (!user) {
			if (state.profile === 'vn') {
				throw new MeteorError('error-invalid-user', 'Invalid user');
			}
			return success();
		}
		await twoFactorOf(state).email.sendEmailCode(cloneUser(user));
		return success();
	},
};
