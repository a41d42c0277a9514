import { sha256 } from 'js-sha256';

import { sha256Hex } from '../../lib/sha256';

describe('sha256Hex', () => {
	test('FIPS 180-2 vector: "abc"', () => {
		expect(sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
		);
		expect(sha256Hex('abc')).toBe(sha256('abc'));
	});

	test('empty string', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	test('the two-block FIPS vector', () => {
		expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
		);
	});

	test.each([
		'hunter2',
		'pässwörd',
		'密码🔑',
		' leading and trailing ',
		'tab\tnewline\n',
		'x'.repeat(1000),
	])('%j: UTF-8, same as js-sha256', (text) => {
		expect(sha256Hex(text)).toBe(sha256(text));
	});

	test('lower-case hex, 64 characters (what Rocket.Chat clients send)', () => {
		expect(sha256Hex('Password1!')).toMatch(/^[0-9a-f]{64}$/);
	});
});
