/** Unit and reference-server tests. Engine scenario tests run under node --test (see scripts/run-engine-tests.mjs). */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/test/unit/**/*.test.ts', '**/test/refserver/**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
	},
};
