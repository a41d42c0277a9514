import {
	activeBlock,
	blockMinutes,
	describeBlock,
	describeRefusal,
	describeWrongCredentials,
	minutesLeft,
	newBlock,
	signInRefusal,
	ssoServicesOn,
} from '../../lib/signIn';
import { classifyResponse } from '../../lib/restOutcome';
import { say } from '../../lib/i18n';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const json401 = (body: unknown) => ({ statusCode: 401, content: JSON.stringify(body) });

describe('401 answers of login keep their error code', () => {
	test.each([
		'error-login-blocked-for-user',
		'error-login-blocked-for-ip',
		'error-user-is-not-activated',
		'error-invalid-email',
		'error-app-user-is-not-allowed-to-login',
		'error-user-has-no-roles',
	])('%s', (code) => {
		const outcome = classifyResponse(
			json401({ success: false, status: 'error', error: code, message: 'm' }),
		);
		expect(outcome).toEqual({ ok: false, failure: { kind: 'unauthorized', code } });
		expect(signInRefusal(code)).toBeDefined();
	});

	test('wrong credentials ("Unauthorized") and a lost credential carry no code', () => {
		expect(
			classifyResponse(
				json401({
					success: false,
					status: 'error',
					error: 'Unauthorized',
					message: 'Unauthorized',
				}),
			),
		).toEqual({ ok: false, failure: { kind: 'unauthorized' } });
		expect(signInRefusal(undefined)).toBeUndefined();
		expect(signInRefusal('Unauthorized')).toBeUndefined();
	});
});

describe('blocks', () => {
	test('the block length comes from the server setting, default 5 minutes', () => {
		expect(blockMinutes(15)).toBe(15);
		expect(blockMinutes('2')).toBe(2);
		expect(blockMinutes(undefined)).toBe(5);
		expect(blockMinutes(0)).toBe(5);
		expect(blockMinutes('x')).toBe(5);
	});

	test('a block lasts the given minutes from the refusal, never longer', () => {
		const block = newBlock('blocked-user', 5, NOW);
		expect(block).toEqual({ scope: 'user', until: '2026-12-01T12:05:00.000Z' });
		expect(minutesLeft(block, NOW)).toBe(5);
		expect(minutesLeft(block, NOW + 4 * 60000 + 1)).toBe(1);
		expect(minutesLeft(block, NOW + 5 * 60000)).toBeUndefined();
		expect(newBlock('blocked-address', 5, NOW).scope).toBe('address');
	});

	test('the longest active block wins; expired or broken records are ignored', () => {
		const user = newBlock('blocked-user', 2, NOW);
		const address = newBlock('blocked-address', 5, NOW);
		expect(activeBlock([user, address], NOW)).toEqual({ block: address, minutes: 5 });
		expect(activeBlock([user, undefined], NOW + 3 * 60000)).toBeUndefined();
		expect(activeBlock([{ scope: 'user', until: 'garbage' }], NOW)).toBeUndefined();
	});
});

describe('words', () => {
	test('a user block says when to retry, in every language', () => {
		for (const language of ['en', 'pt-BR', 'de', 'es'] as const) {
			const text = describeBlock('user', 7, false)
				.map((part) => say(language, part))
				.join(' ');
			expect(text).toContain('7');
		}
		expect(say('en', describeBlock('user', 7, true)[0])).toMatch(/Try again in 7 minutes/);
		expect(describeBlock('user', 7, true)).toHaveLength(1);
	});

	test('an address block tells admins about the whitelist', () => {
		expect(describeBlock('address', 5, false)).toHaveLength(1);
		const admin = describeBlock('address', 5, true);
		expect(say('en', admin[1])).toMatch(/Block_Multiple_Failed_Logins_Ip_Whitelist/);
	});

	test('every other refusal has its own words', () => {
		const keys = (['not-activated', 'email-not-verified', 'app-user', 'no-roles'] as const).map(
			(refusal) => describeRefusal(refusal).key,
		);
		expect(new Set(keys).size).toBe(4);
		expect(say('en', describeRefusal('not-activated'))).toMatch(/deactivated/);
		expect(say('en', describeRefusal('email-not-verified'))).toMatch(/verified e-mail/);
	});

	test('wrong credentials with LDAP on advise a personal access token', () => {
		expect(describeWrongCredentials(false).key).toBe('link_error_wrong_password');
		expect(say('en', describeWrongCredentials(true))).toMatch(/personal access token/);
	});

	it('with single sign-on on, names the services and points at the token field (LDAP wins)', () => {
		const sso = ssoServicesOn({
			Accounts_OAuth_Github: true,
			CAS_enabled: true,
			SAML_Custom_Default: false,
			Accounts_OAuth_Google: 'true',
		});
		expect(sso).toEqual(['Github', 'CAS']);
		expect(say('en', describeWrongCredentials(false, sso))).toMatch(
			/If you sign in with Github, CAS, .*token field below/,
		);
		expect(describeWrongCredentials(true, sso).key).toBe('signin_ldap_use_token');
		expect(ssoServicesOn({})).toEqual([]);
	});
});
