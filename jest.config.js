/** Unit and reference-server tests. Engine scenario tests run under node --test (see scripts/run-engine-tests.mjs). */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// Jest's 5 s default fails a test (or a beforeAll starting a server) on a busy machine; no test here is
	// about time, so the timeout only catches a hang.
	testTimeout: 120_000,
	roots: ['<rootDir>/test'],
	testMatch: ['**/test/unit/**/*.test.ts', '**/test/refserver/**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
	},
};
