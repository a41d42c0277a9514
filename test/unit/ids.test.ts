import { newNonce, parseViewId, VIEW_PREFIX, viewId, ViewKind } from '../../lib/ids';

const KINDS = Object.values(ViewKind);

describe('viewId', () => {
	test('prefix, kind and nonce', () => {
		expect(viewId(ViewKind.OwnSecondFactor, 'abc123')).toBe('profile-app--own-2fa--abc123');
		expect(VIEW_PREFIX).toBe('profile-app');
	});

	test('every view kind is distinct', () => {
		expect(new Set(KINDS).size).toBe(KINDS.length);
	});
});

describe('parseViewId', () => {
	test.each(KINDS)('round trip for %s', (kind) => {
		const nonce = newNonce();
		expect(parseViewId(viewId(kind, nonce))).toEqual({ kind, nonce });
	});

	test.each([
		['undefined', undefined],
		['empty', ''],
		['another app', 'other-app--own-2fa--abc'],
		['unknown kind', 'profile-app--bogus--abc'],
		['empty nonce', 'profile-app--own-2fa--'],
		['missing nonce', 'profile-app--own-2fa'],
		['too many parts', 'profile-app--own-2fa--abc--def'],
		['a single dash', 'profile-app-own-2fa-abc'],
		['prefix only', 'profile-app'],
		['prototype name as kind', 'profile-app--constructor--abc'],
	])('%s → undefined', (_label, id) => {
		expect(parseViewId(id)).toBeUndefined();
	});

	test('nonces made by the app never contain the separator', () => {
		for (let i = 0; i < 100; i += 1) {
			expect(newNonce()).toMatch(/^[0-9a-f]{24}$/);
		}
	});
});
