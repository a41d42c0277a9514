// `npm run bench` (issue #6): runs bench/run.ts with tsx and writes docs/benchmarks.md. NODE_ENV is forced to
// 'development' (with 'test' the engine skips its permission checks). Arguments are passed on, e.g.
// `npm run bench -- --skip-package --iterations=50`. ENGINE=deno measures the second engine instead
// (after `npm run setup:deno`; pass --out=… to keep docs/benchmarks.md for the default engine).
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NODE_ENV: 'development' };
if (env.ENGINE === 'deno') {
	const appsEngine = join(root, 'engines', 'deno', 'node_modules', '@rocket.chat', 'apps-engine');
	env.PATH = `${join(root, 'engines', 'deno', 'node_modules', '.bin')}${delimiter}${
		env.PATH ?? ''
	}`;
	env.DENO_DIR = join(appsEngine, '.deno-cache');
}
const result = spawnSync(
	process.execPath,
	// --expose-gc: the heap the app holds is read after full collections.
	['--expose-gc', '--import', 'tsx', join(root, 'bench', 'run.ts'), ...process.argv.slice(2)],
	{ cwd: root, stdio: 'inherit', env },
);
if (result.error) {
	console.error(result.error.message);
}
process.exit(result.status ?? 1);
