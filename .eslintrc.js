module.exports = {
	root: true,
	parser: '@typescript-eslint/parser',
	parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
	plugins: ['@typescript-eslint'],
	extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'prettier'],
	env: { node: true, es2022: true },
	rules: {
		'@typescript-eslint/no-unused-vars': [
			'error',
			{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
		],
		'no-case-declarations': 'off',
		'eqeqeq': ['error', 'always'],
		'no-console': 'off',
	},
	ignorePatterns: [
		'coverage/',
		'node_modules/',
		'dist/',
		'.build/',
		'tools/refserver/generated/',
		'playground/dist/',
	],
};
