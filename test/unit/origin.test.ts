import { hostOf, originOf } from '../../lib/origin';

describe('originOf', () => {
	test.each([
		['https://chat.example.com', 'https://chat.example.com'],
		['HTTPS://Chat.Example.com:443/api/v1', 'https://chat.example.com'],
		['http://localhost:3000/', 'http://localhost:3000'],
		['http://127.0.0.1:80', 'http://127.0.0.1'],
		['https://chat.example.com:8443?x=1', 'https://chat.example.com:8443'],
		['  http://a.example#frag', 'http://a.example'],
		['ftp://files.example', ''],
		['chat.example.com', ''],
		['', ''],
		['https://user:pass@evil.example', ''],
	])('%s → %s', (url, origin) => {
		expect(originOf(url)).toBe(origin);
	});

	test('a credential from one origin does not fit a look-alike one', () => {
		expect(originOf('https://chat.example.com')).not.toBe(
			originOf('https://chat.example.com.evil.example'),
		);
		expect(originOf('http://chat.example.com')).not.toBe(originOf('https://chat.example.com'));
	});

	test('hostOf names the host (and a non-default port) the link modal sends to', () => {
		expect(hostOf('https://chat.example.com/')).toBe('chat.example.com');
		expect(hostOf('http://localhost:3000')).toBe('localhost:3000');
	});
});
