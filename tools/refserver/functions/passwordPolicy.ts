/** `PasswordPolicy.validate` as wired by Rocket.Chat's settings (apps/meteor/app/lib/server/lib/passwordPolicy.ts). */
import { MeteorError } from '../meteorError';
import type { ServerState } from '../state';

const POLICY_MESSAGE = "The password provided does not meet the server's password policy.";

interface Reason {
	error: string;
	message: string;
}

function policyReasons(state: ServerState, password: string): Reason[] {
	const setting = (id: string) => state.settings.get(id);
	const reasons: Reason[] = [];
	const add = (error: string, message: string) =>
		reasons.push({ error: `error-password-policy-not-met-${error}`, message });
	const minLength = Number(setting('Accounts_Password_Policy_MinLength'));
	const maxLength = Number(setting('Accounts_Password_Policy_MaxLength'));
	const repeatCount = Number(setting('Accounts_Password_Policy_ForbidRepeatingCharactersCount'));
	if (minLength >= 1 && password.length < minLength) {
		add('minLength', 'The password does not meet the minimum length password policy.');
	}
	if (maxLength >= 1 && password.length > maxLength) {
		add('maxLength', 'The password does not meet the maximum length password policy.');
	}
	if (
		setting('Accounts_Password_Policy_ForbidRepeatingCharacters') === true &&
		new RegExp(`(.)\\1{${repeatCount},}`).test(password)
	) {
		add(
			'repeatingCharacters',
			'The password contains repeating characters which is against the password policy.',
		);
	}
	if (setting('Accounts_Password_Policy_AtLeastOneLowercase') === true && !/[a-z]/.test(password)) {
		add(
			'oneLowercase',
			'The password does not contain at least one lowercase character which is against the password policy.',
		);
	}
	if (setting('Accounts_Password_Policy_AtLeastOneUppercase') === true && !/[A-Z]/.test(password)) {
		add(
			'oneUppercase',
			'The password does not contain at least one uppercase character which is against the password policy.',
		);
	}
	if (setting('Accounts_Password_Policy_AtLeastOneNumber') === true && !/[0-9]/.test(password)) {
		add(
			'oneNumber',
			'The password does not contain at least one numerical character which is against the password policy.',
		);
	}
	if (
		setting('Accounts_Password_Policy_AtLeastOneSpecialCharacter') === true &&
		!/[^A-Za-z0-9 ]/.test(password)
	) {
		add(
			'oneSpecial',
			'The password does not contain at least one special character which is against the password policy.',
		);
	}
	return reasons;
}

/** Blank passwords fail even with the policy disabled; failures list their reasons in `details`. */
export function validatePasswordPolicy(state: ServerState, password: unknown): true {
	if (typeof password !== 'string' || !password.trim().length) {
		throw new MeteorError('error-password-policy-not-met', POLICY_MESSAGE);
	}
	if (state.settings.get('Accounts_Password_Policy_Enabled') !== true) {
		return true;
	}
	const reasons = policyReasons(state, password);
	if (reasons.length) {
		throw new MeteorError('error-password-policy-not-met', POLICY_MESSAGE, reasons);
	}
	return true;
}
