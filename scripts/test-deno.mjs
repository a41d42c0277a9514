// `npm run test:deno`: the engine scenarios (test/engine/**/*.test.ts) on the second engine, Apps-Engine
// 1.62.0 with its Deno runtime (engines/deno, prepared by `npm run setup:deno`). Same runner and
// arguments as `npm run test:engine`; the host picks the engine from ENGINE=deno (tools/host/engine.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engineFolder = join(root, 'engines', 'deno');
const stampFile = join(engineFolder, '.prepared.json');
const appsEngine = join(engineFolder, 'node_modules', '@rocket.chat', 'apps-engine');

if (!existsSync(stampFile) || !existsSync(join(appsEngine, 'package.json'))) {
	console.error('engines/deno is not prepared: run `npm run setup:deno` first.');
	process.exit(1);
}
const prepared = JSON.parse(readFileSync(stampFile, 'utf8'));
console.log(`engine: apps-engine ${prepared.appsEngine} + deno ${prepared.deno} (engines/deno)`);

const started = Date.now();
const result = spawnSync(
	process.execPath,
	[
		join(root, 'scripts', 'run-engine-tests.mjs'),
		// Load the engine seam before anything imports the engine, also in the test files themselves.
		'--import=./tools/host/engine.ts',
		...process.argv.slice(2),
	],
	{
		cwd: root,
		stdio: 'inherit',
		env: {
			...process.env,
			ENGINE: 'deno',
			// The engine spawns the bare name `deno`, and Deno runs with --cached-only from this cache.
			PATH: `${join(engineFolder, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
			DENO_DIR: join(appsEngine, '.deno-cache'),
		},
	},
);
if (result.error) {
	console.error(result.error.message);
}
console.log(`test:deno wall ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
