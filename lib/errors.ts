/**
 * Plain words for every way a request can fail (PRODUCT §5, §7; docs/server-rules.md).
 * Each errorType the server sends has its own wording; the server's own text is a last resort.
 */
import type { MessageKey, Translatable } from './i18n';
import type { RestFailure } from './restOutcome';

export interface FailureContext {
	timeoutMs: number;
	/** The command that shows whether a timed-out change landed, e.g. `/profile show`. */
	checkCommand: string;
}

/** Messages of error-action-not-allowed, by the start of the server's text. */
const ACTION_NOT_ALLOWED: Array<[RegExp, MessageKey]> = [
	[/^Edit username is not allowed/, 'error_not_allowed_username'],
	[/^Edit user real name is not allowed/, 'error_not_allowed_name'],
	[/^(Edit user email is not allowed|Changing email is not allowed)/, 'error_not_allowed_email'],
	[/^Edit user password is not allowed/, 'error_not_allowed_password'],
	[/^Edit user status is not allowed/, 'error_not_allowed_status'],
	[/^Edit user profile is not allowed/, 'error_not_allowed_profile'],
	[/^Editing user is not allowed/, 'error_not_allowed_edit_others'],
	[/^Adding user is not allowed/, 'error_not_allowed_create_user'],
	[/^Editing email verification is not allowed/, 'error_not_allowed_verify_self'],
	[/^Assign roles is not allowed/, 'error_not_allowed_roles'],
	[/^Assigning admin is not allowed/, 'error_not_allowed_admin_role'],
	[/^The field Roles consist invalid role id/, 'error_invalid_role'],
	// Action Remove_last_admin: setUserActiveStatus (apps/meteor/app/lib/server/functions/setUserActiveStatus.ts),
	// removeUserFromRole (apps/meteor/app/authorization/server/methods/removeUserFromRole.ts), deleteUser
	// (apps/meteor/server/methods/deleteUser.ts).
	[/^Leaving the app without (an active admin|admins)/, 'error_last_admin'],
];

const BY_ERROR_TYPE: Record<string, MessageKey> = {
	'error-could-not-save-identity': 'error_identity',
	'error-blocked-username': 'error_blocked_username',
	'error-invalid-email': 'error_server_email_invalid',
	'error-field-unavailable': 'error_email_in_use',
	'error-invalid-domain': 'error_email_domain_not_allowed',
	'error-email-domain-blacklisted': 'error_email_domain_blocked',
	'error-bio-size-exceeded': 'error_bio_too_long',
	'error-nickname-size-exceeded': 'error_nickname_too_long',
	'error-status-not-allowed': 'error_invisible_disabled',
	'error-password-same-as-current': 'error_password_same',
	'error-password-in-history': 'error_password_history',
	'error-invalid-user': 'error_invalid_user',
	'error-email-send-failed': 'error_email_send_failed',
	'error-invalid-field': 'error_invalid_field',
	'Edit_Federated_User_Not_Allowed': 'error_federated',
	'error-input-is-not-a-valid-field': 'error_server_username_invalid',
	'not-authorized': 'error_not_authorized',
	// roles.removeUserFromRole: "You need to have at least one admin" (apps/meteor/app/api/server/v1/roles.ts).
	'error-admin-required': 'error_last_admin',
	// setUserAvatar with a URL (apps/meteor/app/lib/server/functions/setUserAvatar.ts).
	'error-avatar-invalid-url': 'error_avatar_fetch',
	'error-avatar-url-handling': 'error_avatar_fetch',
};

/** error-not-allowed, by the method its details name. */
const NOT_ALLOWED_BY_METHOD: Record<string, MessageKey> = {
	'setUserActiveStatus': 'error_not_allowed_active',
	// users.setAvatar / users.resetAvatar without Accounts_AllowUserAvatarChange (apps/meteor/app/api/server/v1/users.ts).
	'users.setAvatar': 'error_avatar_change_off',
	'users.resetAvatar': 'error_avatar_change_off',
};

/** Errors sent without an errorType, recognised by their text. */
const BY_MESSAGE: Array<[RegExp, MessageKey]> = [
	[/^Name contains invalid characters/, 'error_server_name_invalid'],
	[/^Assigning admin is not allowed/, 'error_not_allowed_admin_role'],
	[/^The field Roles consist invalid role id/, 'error_invalid_role'],
	[/^User not found/, 'error_user_not_found'],
	[/^Invalid user/, 'error_invalid_user'],
];

const POLICY_KEYS: Record<string, MessageKey> = {
	'error-password-policy-not-met-minLength': 'policy_minLength',
	'error-password-policy-not-met-maxLength': 'policy_maxLength',
	'error-password-policy-not-met-repeatingCharacters': 'policy_repeatingCharacters',
	'error-password-policy-not-met-oneLowercase': 'policy_oneLowercase',
	'error-password-policy-not-met-oneUppercase': 'policy_oneUppercase',
	'error-password-policy-not-met-oneNumber': 'policy_oneNumber',
	'error-password-policy-not-met-oneSpecial': 'policy_oneSpecial',
};

/** The password-policy rules that failed, as keys, from the error's details array. */
export function passwordPolicyRules(details: unknown): MessageKey[] {
	if (!Array.isArray(details)) {
		return [];
	}
	return details
		.map((detail) =>
			detail && typeof detail === 'object' ? (detail as { error?: unknown }).error : undefined,
		)
		.map((code) => (typeof code === 'string' ? POLICY_KEYS[code] : undefined))
		.filter((key): key is MessageKey => Boolean(key));
}

/** The server's text without the trailing ` [error-code]`. */
export function stripErrorCode(error: string): string {
	return error.replace(/\s*\[[^\]]+\]\s*$/, '').trim();
}

function describeRejection(failure: Extract<RestFailure, { kind: 'rejected' }>): Translatable {
	const { errorType, error } = failure;
	if (errorType === 'invalid-params' || errorType === 'error-invalid-params') {
		return { key: 'error_invalid_params', params: { error: stripErrorCode(error) } };
	}
	if (errorType === 'error-action-not-allowed') {
		const match = ACTION_NOT_ALLOWED.find(([pattern]) => pattern.test(error));
		return { key: match ? match[1] : 'error_not_allowed' };
	}
	if (errorType === 'error-not-allowed') {
		const method = (failure.details as { method?: string } | undefined)?.method;
		return { key: (method && NOT_ALLOWED_BY_METHOD[method]) || 'error_not_allowed' };
	}
	if (errorType === 'error-password-policy-not-met') {
		return {
			key: 'error_password_policy',
			params: { rules: { list: passwordPolicyRules(failure.details) } },
		};
	}
	if (errorType === 'error-too-many-requests') {
		return { key: 'error_rate_limited', params: { seconds: 60 } };
	}
	if (errorType && errorType.startsWith('error-user-registration-custom-field')) {
		return { key: 'error_custom_fields', params: { error: stripErrorCode(error) } };
	}
	const field = (failure.details as { field?: unknown } | undefined)?.field;
	if (
		errorType === 'error-field-unavailable' &&
		typeof field === 'string' &&
		!field.includes('@')
	) {
		// validateUserData names the taken value: a username (users.create), else an address.
		return { key: 'error_username_in_use', params: { value: field } };
	}
	if (errorType && BY_ERROR_TYPE[errorType]) {
		return { key: BY_ERROR_TYPE[errorType] };
	}
	const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(error));
	if (byMessage) {
		return { key: byMessage[1] };
	}
	return {
		key: 'error_generic',
		params: { error: stripErrorCode(error) || `HTTP ${failure.status}` },
	};
}

/** What to tell the user about a failed request. 401 and 2FA are handled by the flows before this. */
export function describeFailure(failure: RestFailure, context: FailureContext): Translatable {
	switch (failure.kind) {
		case 'unreachable':
			return { key: 'error_unreachable' };
		case 'timeout':
			return {
				key: 'error_timeout',
				params: { seconds: Math.round(context.timeoutMs / 100) / 10, check: context.checkCommand },
			};
		case 'server-error':
			return { key: 'error_server', params: { status: failure.status } };
		case 'not-json':
			return { key: 'error_not_json', params: { status: failure.status } };
		case 'rate-limited':
			return { key: 'error_rate_limited', params: { seconds: failure.retryAfterSeconds } };
		case 'unauthorized':
			return { key: 'credential_lost' };
		case 'forbidden':
			return { key: 'error_forbidden' };
		case 'two-factor':
			return {
				key: failure.errorType === 'totp-max-attempts' ? 'twofa_max_attempts' : 'error_two_factor',
			};
		case 'rejected':
			return describeRejection(failure);
	}
}
