import { createHash } from 'crypto';

import {
	chooseOwnChangeMethod,
	MeFactors,
	normalizeCode,
	OwnChangeMethod,
	ownChangeNeedsSecondFactor,
	ownChangeProof,
	routeProof,
	TWO_FACTOR_SETTING_IDS,
	TwoFactorSettings,
} from '../../lib/twoFactor';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type UserKind =
	| 'totp'
	| 'email'
	| 'email-unverified'
	| 'email-no-addresses'
	| 'totp+email'
	| 'password'
	| 'none';

/** What GET /api/v1/me reports (services reduced to flags, docs/server-rules.md#get-apiv1me). */
function me(kind: UserKind, password: boolean): MeFactors {
	const services: NonNullable<MeFactors['services']> = { password: { exists: password } };
	let emails: MeFactors['emails'] = [{ address: 'alice@example.com', verified: true }];
	switch (kind) {
		case 'totp':
			services.totp = { enabled: true };
			break;
		case 'email':
			services.email2fa = { enabled: true };
			break;
		case 'email-unverified':
			services.email2fa = { enabled: true };
			emails = [{ address: 'alice@example.com', verified: false }];
			break;
		case 'email-no-addresses':
			services.email2fa = { enabled: true };
			emails = undefined;
			break;
		case 'totp+email':
			services.totp = { enabled: true };
			services.email2fa = { enabled: true };
			break;
		case 'password':
		case 'none':
			break;
	}
	return { services, emails };
}

const ON: TwoFactorSettings = { enabled: true, totpEnabled: true, emailEnabled: true };

describe('chooseOwnChangeMethod (requireSecondFactor)', () => {
	// settings, user's factors, has a password → method
	const table: Array<[string, TwoFactorSettings, UserKind, boolean, OwnChangeMethod]> = [
		// 2FA switched off globally: nothing is needed, whatever the user has.
		['2FA off', { ...ON, enabled: false }, 'totp', true, 'none'],
		['2FA off', { ...ON, enabled: false }, 'email', true, 'none'],
		['2FA off', { ...ON, enabled: false }, 'password', true, 'none'],
		['2FA off', { ...ON, enabled: false }, 'none', false, 'none'],
		// Everything on.
		['all on', ON, 'totp', true, 'totp'],
		['all on', ON, 'totp', false, 'totp'],
		['all on', ON, 'email', true, 'email'],
		['all on', ON, 'email', false, 'email'],
		['all on', ON, 'totp+email', true, 'totp'],
		['all on', ON, 'password', true, 'password'],
		['all on', ON, 'none', false, 'impossible'],
		// E-mail 2FA counts only with a verified address.
		['all on', ON, 'email-unverified', true, 'password'],
		['all on', ON, 'email-unverified', false, 'impossible'],
		['all on', ON, 'email-no-addresses', true, 'password'],
		// TOTP method switched off on the server.
		['TOTP off', { ...ON, totpEnabled: false }, 'totp', true, 'password'],
		['TOTP off', { ...ON, totpEnabled: false }, 'totp', false, 'impossible'],
		['TOTP off', { ...ON, totpEnabled: false }, 'totp+email', true, 'email'],
		['TOTP off', { ...ON, totpEnabled: false }, 'email', true, 'email'],
		['TOTP off', { ...ON, totpEnabled: false }, 'password', true, 'password'],
		// E-mail method switched off on the server.
		['e-mail off', { ...ON, emailEnabled: false }, 'email', true, 'password'],
		['e-mail off', { ...ON, emailEnabled: false }, 'email', false, 'impossible'],
		['e-mail off', { ...ON, emailEnabled: false }, 'totp+email', true, 'totp'],
		['e-mail off', { ...ON, emailEnabled: false }, 'totp', false, 'totp'],
		// Both methods off: the password is forced (requireSecondFactor), whatever the user set up.
		[
			'methods off',
			{ ...ON, totpEnabled: false, emailEnabled: false },
			'totp+email',
			true,
			'password',
		],
		[
			'methods off',
			{ ...ON, totpEnabled: false, emailEnabled: false },
			'totp+email',
			false,
			'impossible',
		],
		[
			'methods off',
			{ ...ON, totpEnabled: false, emailEnabled: false },
			'password',
			true,
			'password',
		],
		[
			'methods off',
			{ ...ON, totpEnabled: false, emailEnabled: false },
			'none',
			false,
			'impossible',
		],
	];

	test.each(table)('%s, %s user… (%#)', (_label, settings, kind, password, expected) => {
		expect(chooseOwnChangeMethod(me(kind, password), settings)).toBe(expected);
	});

	test('OAuth users get e-mail codes only when Accounts_twoFactorAuthentication_email_available_for_OAuth_users', () => {
		const oauth: MeFactors = {
			isOAuthUser: true,
			services: { email2fa: { enabled: true }, password: { exists: true } },
			emails: [{ address: 'o@example.com', verified: true }],
		};
		expect(chooseOwnChangeMethod(oauth, ON)).toBe('email');
		expect(chooseOwnChangeMethod(oauth, { ...ON, emailForOAuthUsers: false })).toBe('password');
		expect(
			chooseOwnChangeMethod({ ...oauth, isOAuthUser: false }, { ...ON, emailForOAuthUsers: false }),
		).toBe('email');
	});

	test('an empty /me answer (no services, no emails) can never pass', () => {
		expect(chooseOwnChangeMethod({}, ON)).toBe('impossible');
	});

	test('flags must be literally true', () => {
		const loose = {
			services: {
				totp: { enabled: 'true' },
				email2fa: { enabled: 1 },
				password: { exists: 'yes' },
			},
			emails: [{ address: 'a@b.co', verified: 'true' }],
		} as unknown as MeFactors;
		expect(chooseOwnChangeMethod(loose, ON)).toBe('impossible');
	});

	test('any verified address enables e-mail 2FA, not only the first', () => {
		const factors: MeFactors = {
			services: { email2fa: { enabled: true } },
			emails: [
				{ address: 'old@example.com', verified: false },
				{ address: 'new@example.com', verified: true },
			],
		};
		expect(chooseOwnChangeMethod(factors, ON)).toBe('email');
	});

	test('setting ids are the server ones', () => {
		expect(TWO_FACTOR_SETTING_IDS).toEqual({
			enabled: 'Accounts_TwoFactorAuthentication_Enabled',
			totpEnabled: 'Accounts_TwoFactorAuthentication_By_TOTP_Enabled',
			emailEnabled: 'Accounts_TwoFactorAuthentication_By_Email_Enabled',
			emailForOAuthUsers: 'Accounts_twoFactorAuthentication_email_available_for_OAuth_users',
		});
	});
});

describe('ownChangeNeedsSecondFactor (V7 rule)', () => {
	test.each([
		[{ email: 'a@b.co' }, true],
		[{ newPassword: 'x' }, true],
		[{ email: 'a@b.co', newPassword: 'x' }, true],
		[{}, false],
		[{ email: '' }, false],
		[{ newPassword: '' }, false],
		[{ email: undefined, newPassword: null }, false],
	])('%j → %s', (data, expected) => {
		expect(ownChangeNeedsSecondFactor(data)).toBe(expected);
	});

	test('other fields never need a second factor', () => {
		expect(
			ownChangeNeedsSecondFactor({ name: 'x', username: 'y', bio: 'z' } as { email?: unknown }),
		).toBe(false);
	});
});

describe('normalizeCode', () => {
	test.each([
		['123456', '123456'],
		[' 123456 ', '123456'],
		['123 456', '123456'],
		['123-456', '123456'],
		['Code: 123.456', '123456'],
		['', ''],
	])('email %j → %j (non-digits stripped)', (typed, code) => {
		expect(normalizeCode('email', typed)).toBe(code);
	});

	test.each([
		['123456', '123456'],
		[' 123 456 ', '123456'],
		['abcd efgh', 'abcdefgh'],
		['Ab12Cd34', 'Ab12Cd34'],
		['123-456', '123-456'],
	])('totp %j → %j (blanks removed, backup codes kept)', (typed, code) => {
		expect(normalizeCode('totp', typed)).toBe(code);
	});
});

describe('ownChangeProof (users.updateOwnBasicInfo)', () => {
	test('password: currentPassword is the SHA-256 hex of the typed password, no headers', () => {
		expect(ownChangeProof('password', 'S3cret pass')).toEqual({
			currentPassword: sha256('S3cret pass'),
		});
	});

	test('the password is hashed as typed (no trimming)', () => {
		expect(ownChangeProof('password', ' x ').currentPassword).toBe(sha256(' x '));
	});

	test('totp: the code travels in x-2fa headers, no currentPassword', () => {
		expect(ownChangeProof('totp', ' 123 456 ')).toEqual({
			headers: { method: 'totp', code: '123456' },
		});
	});

	test('email: the code travels in x-2fa headers with non-digits stripped', () => {
		expect(ownChangeProof('email', '123-456')).toEqual({
			headers: { method: 'email', code: '123456' },
		});
	});
});

describe('routeProof (users.update x-2fa-code / x-2fa-method)', () => {
	test('password travels as its SHA-256 hex', () => {
		expect(routeProof('password', 'hunter2')).toEqual({
			method: 'password',
			code: sha256('hunter2'),
		});
	});

	test('totp and email codes are normalised', () => {
		expect(routeProof('totp', '12 34 56')).toEqual({ method: 'totp', code: '123456' });
		expect(routeProof('email', '12-34-56')).toEqual({ method: 'email', code: '123456' });
	});

	test('the plain password never appears in the proof', () => {
		expect(JSON.stringify(routeProof('password', 'hunter2'))).not.toContain('hunter2');
		expect(JSON.stringify(ownChangeProof('password', 'hunter2'))).not.toContain('hunter2');
	});
});
