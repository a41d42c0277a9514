// `npm run test:engine`: runs test/engine/**/*.test.ts with node --test against the packaged app inside
// the real Apps-Engine. NODE_ENV is forced to 'development': with 'test' the engine skips every
// permission check. Extra arguments (e.g. --test-name-pattern=…) are passed to node; named test files run alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function findTests(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			return findTests(path);
		}
		return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
	});
}

const distFolder = join(root, 'dist');
const hasPackage =
	Boolean(process.env.ENGINE_HOST_ZIP) ||
	(existsSync(distFolder) && readdirSync(distFolder).some((name) => name.endsWith('.zip')));
if (!hasPackage) {
	console.error('No app package in dist/: run `npm run package` first (or set ENGINE_HOST_ZIP).');
	process.exit(1);
}

// Test files named on the command line run alone (`npm run test:deno -- test/engine/attacks.test.ts`).
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.test.ts'));
const options = process.argv.slice(2).filter((arg) => !arg.endsWith('.test.ts'));
const tests = named.length ? named : findTests(join(root, 'test', 'engine')).sort();
if (!tests.length) {
	console.error('No engine tests found in test/engine/.');
	process.exit(1);
}

const result = spawnSync(
	process.execPath,
	['--import', 'tsx', '--test', '--test-concurrency=2', ...options, ...tests],
	{ cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } },
);
if (result.error) {
	console.error(result.error.message);
}
process.exit(result.status ?? 1);
