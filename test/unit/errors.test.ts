import {
	describeFailure,
	FailureContext,
	passwordPolicyRules,
	stripErrorCode,
} from '../../lib/errors';
import { MessageKey, translate } from '../../lib/i18n';
import { en } from '../../lib/locales/en';
import type { RestFailure } from '../../lib/restOutcome';

const CONTEXT: FailureContext = { timeoutMs: 4000, checkCommand: '/profile show' };

/** A 400 as classifyResponse reports it: the server text is `<reason> [<errorType>]` for Meteor errors. */
function rejected(
	errorType: string | undefined,
	reason: string,
	details?: unknown,
	status = 400,
): RestFailure {
	return {
		kind: 'rejected',
		status,
		error: errorType ? `${reason} [${errorType}]` : reason,
		errorType,
		details,
	};
}

const describe400 = (failure: RestFailure) => describeFailure(failure, CONTEXT);

describe('stripErrorCode', () => {
	test.each([
		[
			'Could not save user identity [error-could-not-save-identity]',
			'Could not save user identity',
		],
		['must NOT have additional properties [invalid-params]', 'must NOT have additional properties'],
		['must NOT have additional properties', 'must NOT have additional properties'],
		['[error-unknown]', ''],
		['  Trailing blanks [x]  ', 'Trailing blanks'],
		['Keeps [inner] brackets [code]', 'Keeps [inner] brackets'],
		['', ''],
	])('%j → %j', (error, stripped) => {
		expect(stripErrorCode(error)).toBe(stripped);
	});
});

describe('passwordPolicyRules', () => {
	test('each policy code has its key, in the server order', () => {
		const details = [
			'minLength',
			'maxLength',
			'repeatingCharacters',
			'oneLowercase',
			'oneUppercase',
			'oneNumber',
			'oneSpecial',
		].map((rule) => ({ error: `error-password-policy-not-met-${rule}`, message: 'm' }));
		expect(passwordPolicyRules(details)).toEqual([
			'policy_minLength',
			'policy_maxLength',
			'policy_repeatingCharacters',
			'policy_oneLowercase',
			'policy_oneUppercase',
			'policy_oneNumber',
			'policy_oneSpecial',
		]);
	});

	test('unknown codes and malformed entries are skipped', () => {
		expect(
			passwordPolicyRules([
				{ error: 'error-password-policy-not-met-somethingNew' },
				null,
				'error-password-policy-not-met-minLength',
				{ error: 3 },
				{},
				{ error: 'error-password-policy-not-met-oneNumber' },
			]),
		).toEqual(['policy_oneNumber']);
	});

	test.each([undefined, null, 'x', { error: 'error-password-policy-not-met-minLength' }])(
		'%j is not an array: no rules',
		(details) => {
			expect(passwordPolicyRules(details)).toEqual([]);
		},
	);
});

describe('describeFailure: transport and status kinds', () => {
	test('unreachable', () => {
		expect(describe400({ kind: 'unreachable' })).toEqual({ key: 'error_unreachable' });
	});

	test.each([
		[4000, 4],
		[4500, 4.5],
		[1234, 1.2],
		[60000, 60],
	])('timeout after %i ms says %s s and how to check', (timeoutMs, seconds) => {
		expect(
			describeFailure({ kind: 'timeout' }, { timeoutMs, checkCommand: '/admin-user show alice' }),
		).toEqual({
			key: 'error_timeout',
			params: { seconds, check: '/admin-user show alice' },
		});
	});

	test.each([500, 502, 503])('server error %i', (status) => {
		expect(describe400({ kind: 'server-error', status })).toEqual({
			key: 'error_server',
			params: { status },
		});
	});

	test('not JSON', () => {
		expect(describe400({ kind: 'not-json', status: 200 })).toEqual({
			key: 'error_not_json',
			params: { status: 200 },
		});
	});

	test('rate limited: when to retry', () => {
		expect(describe400({ kind: 'rate-limited', retryAfterSeconds: 42 })).toEqual({
			key: 'error_rate_limited',
			params: { seconds: 42 },
		});
	});

	test('401: the credential is gone', () => {
		expect(describe400({ kind: 'unauthorized' })).toEqual({ key: 'credential_lost' });
	});

	test('403: permission', () => {
		expect(
			describe400({
				kind: 'forbidden',
				error: 'User does not have the permissions required for this action [error-unauthorized]',
			}),
		).toEqual({ key: 'error_forbidden' });
	});

	test.each([
		['totp-required', 'error_two_factor'],
		['totp-invalid', 'error_two_factor'],
		['totp-max-attempts', 'twofa_max_attempts'],
	] as const)('%s → %s', (errorType, key) => {
		expect(describe400({ kind: 'two-factor', errorType, details: { method: 'totp' } })).toEqual({
			key,
		});
	});
});

describe('describeFailure: errorTypes with their own wording', () => {
	test.each([
		[
			'error-action-not-allowed',
			'Leaving the app without an active admin is not allowed',
			'error_last_admin',
		],
		[
			'error-action-not-allowed',
			'Leaving the app without admins is not allowed',
			'error_last_admin',
		],
		['error-admin-required', 'You need to have at least one admin', 'error_last_admin'],
		['error-could-not-save-identity', 'Could not save user identity', 'error_identity'],
		['error-blocked-username', "all is blocked and can't be used!", 'error_blocked_username'],
		['error-invalid-email', 'Invalid email jane@', 'error_server_email_invalid'],
		['error-field-unavailable', 'jane@example.com is already in use :(', 'error_email_in_use'],
		[
			'error-invalid-domain',
			'The email domain is not in whitelist',
			'error_email_domain_not_allowed',
		],
		['error-invalid-domain', 'Invalid domain', 'error_email_domain_not_allowed'],
		[
			'error-email-domain-blacklisted',
			'The email domain is blacklisted',
			'error_email_domain_blocked',
		],
		['error-bio-size-exceeded', 'Bio size exceeds 260 characters', 'error_bio_too_long'],
		[
			'error-nickname-size-exceeded',
			'Nickname size exceeds 120 characters',
			'error_nickname_too_long',
		],
		['error-status-not-allowed', 'Invisible status is disabled', 'error_invisible_disabled'],
		[
			'error-password-same-as-current',
			'Entered password same as current password',
			'error_password_same',
		],
		[
			'error-password-in-history',
			'Entered password has been previously used',
			'error_password_history',
		],
		['error-invalid-user', 'Invalid user', 'error_invalid_user'],
		['error-email-send-failed', 'Could not send email', 'error_email_send_failed'],
		['error-invalid-field', 'bio', 'error_invalid_field'],
		['Edit_Federated_User_Not_Allowed', 'Not possible to edit a federated user', 'error_federated'],
		[
			'error-input-is-not-a-valid-field',
			'jane doe is not a valid username',
			'error_server_username_invalid',
		],
		['not-authorized', 'Not Authorized', 'error_not_authorized'],
	] as const)('%s (%s) → %s', (errorType, reason, key) => {
		expect(describe400(rejected(errorType, reason, { method: 'saveUserProfile' }))).toEqual({
			key,
		});
	});

	test.each([
		['Edit username is not allowed', 'error_not_allowed_username'],
		['Edit user real name is not allowed', 'error_not_allowed_name'],
		['Edit user email is not allowed', 'error_not_allowed_email'],
		['Changing email is not allowed', 'error_not_allowed_email'],
		['Edit user password is not allowed', 'error_not_allowed_password'],
		['Edit user status is not allowed', 'error_not_allowed_status'],
		['Edit user profile is not allowed', 'error_not_allowed_profile'],
		['Editing user is not allowed', 'error_not_allowed_edit_others'],
		['Editing email verification is not allowed', 'error_not_allowed_verify_self'],
		['Assign roles is not allowed', 'error_not_allowed_roles'],
	] as const)('error-action-not-allowed "%s" → %s', (reason, key) => {
		expect(
			describe400(
				rejected('error-action-not-allowed', reason, {
					method: 'insertOrUpdateUser',
					action: 'Update_user',
				}),
			),
		).toEqual({ key });
	});

	test('error-action-not-allowed with an unknown text → generic not allowed', () => {
		expect(
			describe400(rejected('error-action-not-allowed', 'Something new is not allowed')),
		).toEqual({ key: 'error_not_allowed' });
	});

	// The server sends these two with errorType error-action-not-allowed (validateUserData; see also
	// test/refserver/functions/validateUserData.ts), not as bare messages.
	test.each([
		['Assigning admin is not allowed', 'Assign_admin', 'error_not_allowed_admin_role'],
		['The field Roles consist invalid role id', 'Assign_role', 'error_invalid_role'],
	] as const)('error-action-not-allowed "%s" → %s', (reason, action, key) => {
		expect(
			describe400(
				rejected('error-action-not-allowed', reason, { method: 'insertOrUpdateUser', action }),
			),
		).toEqual({ key });
	});

	test('error-not-allowed at the active step', () => {
		expect(
			describe400(rejected('error-not-allowed', 'Not allowed', { method: 'setUserActiveStatus' })),
		).toEqual({ key: 'error_not_allowed_active' });
	});

	test.each([[{ method: 'saveUserProfile' }], [{ method: 'setUserStatus' }], [undefined], [null]])(
		'error-not-allowed elsewhere (%j) → generic not allowed',
		(details) => {
			expect(describe400(rejected('error-not-allowed', 'Not allowed', details))).toEqual({
				key: 'error_not_allowed',
			});
		},
	);

	test('password policy lists the failed rules', () => {
		expect(
			describe400(
				rejected('error-password-policy-not-met', 'Password policy', [
					{ error: 'error-password-policy-not-met-minLength', message: 'm' },
					{ error: 'error-password-policy-not-met-oneSpecial', message: 'm' },
				]),
			),
		).toEqual({
			key: 'error_password_policy',
			params: { rules: { list: ['policy_minLength', 'policy_oneSpecial'] } },
		});
	});

	test('password policy reads in plain words', () => {
		const message = describe400(
			rejected('error-password-policy-not-met', 'Password policy', [
				{ error: 'error-password-policy-not-met-minLength' },
				{ error: 'error-password-policy-not-met-oneNumber' },
			]),
		);
		expect(translate('en', message.key, message.params)).toBe(
			'The password does not meet the workspace’s policy: too short, needs a number',
		);
	});

	test('error-too-many-requests sent as a plain failure', () => {
		expect(describe400(rejected('error-too-many-requests', 'Error, too many requests'))).toEqual({
			key: 'error_rate_limited',
			params: { seconds: 60 },
		});
	});

	test.each(['invalid-params', 'error-invalid-params'])(
		'%s quotes the server text',
		(errorType) => {
			expect(describe400(rejected(errorType, 'must NOT have fewer than 1 characters'))).toEqual({
				key: 'error_invalid_params',
				params: { error: 'must NOT have fewer than 1 characters' },
			});
		},
	);

	test('VN invalid-params without the suffix', () => {
		expect(
			describe400({
				kind: 'rejected',
				status: 400,
				error: 'must NOT have additional properties',
				errorType: 'invalid-params',
			}),
		).toEqual({
			key: 'error_invalid_params',
			params: { error: 'must NOT have additional properties' },
		});
	});

	test('custom field errors quote the server text', () => {
		expect(
			describe400(
				rejected('error-user-registration-custom-field', 'Field Department is required', {
					method: 'registerUser',
				}),
			),
		).toEqual({ key: 'error_custom_fields', params: { error: 'Field Department is required' } });
		expect(
			describe400(rejected('error-user-registration-custom-field-other', 'Value is invalid')),
		).toEqual({ key: 'error_custom_fields', params: { error: 'Value is invalid' } });
	});
});

describe('describeFailure: errors without errorType, by their text', () => {
	test.each([
		['Name contains invalid characters', 'error_server_name_invalid'],
		['Assigning admin is not allowed', 'error_not_allowed_admin_role'],
		['The field Roles consist invalid role id', 'error_invalid_role'],
		['User not found', 'error_user_not_found'],
		['User not found.', 'error_user_not_found'],
		['Invalid user', 'error_invalid_user'],
	] as const)('"%s" → %s', (error, key) => {
		expect(describe400(rejected(undefined, error))).toEqual({ key });
	});

	test('an unknown errorType falls back to the text rules', () => {
		expect(describe400(rejected('error-something', 'User not found'))).toEqual({
			key: 'error_user_not_found',
		});
	});
});

describe('describeFailure: last resort', () => {
	test('the server text, without its code', () => {
		expect(describe400(rejected('error-brand-new', 'Something unexpected'))).toEqual({
			key: 'error_generic',
			params: { error: 'Something unexpected' },
		});
		expect(describe400(rejected(undefined, 'Invalid search query.'))).toEqual({
			key: 'error_generic',
			params: { error: 'Invalid search query.' },
		});
	});

	test('the HTTP status when the server said nothing', () => {
		expect(describe400({ kind: 'rejected', status: 404, error: '' })).toEqual({
			key: 'error_generic',
			params: { error: 'HTTP 404' },
		});
		expect(
			describe400({ kind: 'rejected', status: 400, error: '[error-x]', errorType: 'error-x' }),
		).toEqual({ key: 'error_generic', params: { error: 'HTTP 400' } });
	});
});

describe('every key describeFailure can answer exists in English', () => {
	const failures: RestFailure[] = [
		{ kind: 'unreachable' },
		{ kind: 'timeout' },
		{ kind: 'server-error', status: 500 },
		{ kind: 'not-json', status: 200 },
		{ kind: 'rate-limited', retryAfterSeconds: 1 },
		{ kind: 'unauthorized' },
		{ kind: 'forbidden', error: '' },
		{ kind: 'two-factor', errorType: 'totp-required', details: { method: 'password' } },
		{ kind: 'two-factor', errorType: 'totp-max-attempts', details: { method: 'email' } },
		rejected('error-not-allowed', 'x', { method: 'setUserActiveStatus' }),
		rejected('error-password-policy-not-met', 'x', []),
	];

	test.each(failures.map((failure) => [failure.kind, failure]))('%s', (_kind, failure) => {
		const { key, params } = describe400(failure);
		expect(Object.keys(en)).toContain(key);
		expect(translate('en', key as MessageKey, params)).not.toMatch(/\{\w+\}/);
	});
});
