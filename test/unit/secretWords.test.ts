import { parseProfileCommand } from '../../lib/args';
import { parseAdminCommand } from '../../lib/adminArgs';
import { say } from '../../lib/i18n';
import { foldName, isSecretAssignment, isSecretName } from '../../lib/secretWords';

const SECRET = 'Hunter2';

/** Every way of writing a secret assignment the app must never repeat (issue: a colon once echoed it). */
const SPELLINGS = [
	`password:${SECRET}`,
	`password=${SECRET}`,
	`Password:${SECRET}`,
	`PASSWORD＝${SECRET}`, // fullwidth equals
	`password：${SECRET}`, // fullwidth colon
	`password꞊${SECRET}`, // modifier letter short equals
	`password꞉${SECRET}`, // modifier letter colon
	`password∶${SECRET}`, // ratio
	`pass:${SECRET}`,
	`pwd:${SECRET}`,
	`passwd=${SECRET}`,
	`passwort:${SECRET}`,
	`Passwort=${SECRET}`,
	`kennwort:${SECRET}`,
	`senha:${SECRET}`,
	`senha=${SECRET}`,
	`contraseña:${SECRET}`,
	`contrasena=${SECRET}`,
	`new-password:${SECRET}`,
	`newPassword=${SECRET}`,
	`nova_senha:${SECRET}`,
	`раssword:${SECRET}`, // Cyrillic р and а
	`p@ssword:${SECRET}`,
	`token:${SECRET}`,
	`code=${SECRET}`,
	`otp:${SECRET}`,
	`2fa:${SECRET}`,
	`secret=${SECRET}`,
];

const NO_CUSTOM = {};

function replyOf(
	result: ReturnType<typeof parseProfileCommand> | ReturnType<typeof parseAdminCommand>,
) {
	return result.ok ? JSON.stringify(result.value) : say('en', result.error);
}

describe('secret words on the command line', () => {
	test.each(SPELLINGS)('/profile set %s is refused without repeating the secret', (word) => {
		for (const args of [
			['set', word],
			[word],
			['set', 'bio', word],
			['show', word],
			['set', `bio=x`, word],
		]) {
			const result = parseProfileCommand(args, NO_CUSTOM);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.error.key).toBe('error_password_on_command_line');
			expect(replyOf(result)).not.toContain(SECRET);
		}
	});

	test.each(SPELLINGS)('/admin-user … %s is refused without repeating the secret', (word) => {
		for (const args of [
			['set', 'bob', word],
			[word],
			['roles', 'bob', 'add', word],
			['set', 'bob', 'bio', word],
		]) {
			const result = parseAdminCommand(args, NO_CUSTOM);
			expect(!result.ok && result.error.key).toBe('error_password_on_command_line');
			expect(replyOf(result)).not.toContain(SECRET);
		}
	});

	test.each(['senha', 'passwort', 'contraseña', 'Kennwort', 'pwd'])(
		'/profile set %s Hunter2 points at the password form',
		(name) => {
			const result = parseProfileCommand(['set', name, SECRET], NO_CUSTOM);
			expect(!result.ok && result.error.key).toBe('error_password_on_command_line');
		},
	);

	test('an unknown field is named without the value after its separator', () => {
		const result = parseProfileCommand(['set', 'colour:blue'], NO_CUSTOM);
		expect(!result.ok && result.error.key).toBe('error_unknown_field');
		expect(replyOf(result)).toContain('colour');
		expect(replyOf(result)).not.toContain('blue');
	});

	test('ordinary values with colons and fields named like secrets still work', () => {
		expect(parseProfileCommand(['set', 'status', 'busy', 'meeting:', '3pm'], NO_CUSTOM).ok).toBe(
			true,
		);
		expect(parseProfileCommand(['set', 'bio=note: this'], NO_CUSTOM).ok).toBe(true);
		const custom = { pin: { type: 'text' }, token: { type: 'text' } };
		const pin = parseProfileCommand(['set', 'pin=1234'], custom);
		expect(pin.ok && pin.value).toEqual({
			kind: 'set',
			changes: [{ ref: { kind: 'custom', field: 'pin' }, value: '1234' }],
		});
		const token = parseProfileCommand(['set', 'token=abc'], custom);
		expect(token.ok).toBe(true);
	});

	test('names are folded: accents, look-alike letters, separators, case', () => {
		expect(foldName('Contraseña')).toBe('contrasena');
		expect(foldName('раss-wоrd')).toBe('password');
		expect(isSecretName('Nova senha')).toBe(true);
		expect(isSecretName('nickname')).toBe(false);
		expect(isSecretName('bio')).toBe(false);
		expect(isSecretAssignment('name=Alice')).toBe(false);
		expect(isSecretAssignment('password')).toBe(false);
		expect(isSecretAssignment('password:')).toBe(true);
	});
});
