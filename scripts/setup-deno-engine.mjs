// `npm run setup:deno`: installs and prepares the second engine for the engine scenarios, Apps-Engine
// 1.62.0 with its Deno runtime, in engines/deno (its own package.json and lockfile; the main install is
// untouched). Steps, all inside engines/deno/node_modules:
//   1. `npm ci` there: apps-engine 1.62.0, deno 2.9.6 (the binary ships in @deno/linux-x64-glibc),
//      mem 8 (required by 1.62.0's ProxiedApp but not declared), ui-kit 0.31.25;
//   2. the runtime's import map points `@rocket.chat/apps-engine/` at `../src/`, the TypeScript sources
//      that are not published: generate one re-export shim per shipped .js file there;
//   3. the three jsr:@std imports (parse-args, writeAll, toArrayBuffer) go to local shims
//      (engines/deno/shims), as only the npm registry is reachable;
//   4. `deno cache` once: the engine runs Deno with --cached-only.
// Re-running is cheap: the install is skipped while the lockfile is unchanged (--force redoes it).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engineFolder = join(root, 'engines', 'deno');
const modules = join(engineFolder, 'node_modules');
const appsEngine = join(modules, '@rocket.chat', 'apps-engine');
const runtime = join(appsEngine, 'deno-runtime');
const binFolder = join(modules, '.bin');
const denoDir = join(appsEngine, '.deno-cache');
const stampFile = join(engineFolder, '.prepared.json');
const force = process.argv.includes('--force');

const EXPECTED = { appsEngine: '1.62.0', deno: '2.9.6' };
const SHIMS = {
	'@std/cli/parse-args': 'std-cli-parse-args.ts',
	'@std/io': 'std-io.ts',
	'@std/streams': 'std-streams.ts',
};

const started = Date.now();
const step = (text) =>
	console.log(`[setup:deno ${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.error) {
		throw result.error;
	}
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
	}
}

function readJson(path) {
	return JSON.parse(readFileSync(path, 'utf8'));
}

function lockHash() {
	return createHash('sha256')
		.update(readFileSync(join(engineFolder, 'package-lock.json')))
		.digest('hex');
}

// 1. install
const stamp = existsSync(stampFile) ? readJson(stampFile) : undefined;
const hash = lockHash();
if (!force && stamp?.lockHash === hash && existsSync(join(appsEngine, 'package.json'))) {
	step('engines/deno/node_modules matches package-lock.json: install skipped');
} else {
	step('npm ci in engines/deno');
	rmSync(stampFile, { force: true });
	run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: engineFolder });
}
const version = readJson(join(appsEngine, 'package.json')).version;
if (version !== EXPECTED.appsEngine) {
	throw new Error(`engines/deno has apps-engine ${version}, expected ${EXPECTED.appsEngine}`);
}
const env = {
	...process.env,
	PATH: `${binFolder}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH}`,
};
const denoVersion = /deno (\d+\.\d+\.\d+)/.exec(
	execFileSync('deno', ['--version'], { env, encoding: 'utf8' }),
)?.[1];
if (denoVersion !== EXPECTED.deno) {
	throw new Error(`deno on PATH is ${denoVersion}, expected ${EXPECTED.deno} from engines/deno`);
}
step(`apps-engine ${version}, deno ${denoVersion}`);

// 2. src/ re-export shims
function jsFiles(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			return jsFiles(path);
		}
		return entry.name.endsWith('.js') ? [path] : [];
	});
}
const srcFolder = join(appsEngine, 'src');
rmSync(srcFolder, { recursive: true, force: true });
let generated = 0;
for (const top of ['definition', 'server']) {
	for (const file of jsFiles(join(appsEngine, top))) {
		const shim = join(srcFolder, relative(appsEngine, file)).replace(/\.js$/, '.ts');
		mkdirSync(dirname(shim), { recursive: true });
		const target = relative(dirname(shim), file).split(sep).join('/');
		writeFileSync(shim, `export * from '${target.startsWith('.') ? target : `./${target}`}';\n`);
		generated++;
	}
}
step(`generated ${generated} re-export shims in apps-engine/src`);

// 3. jsr:@std shims and the import map
const shimFolder = join(appsEngine, 'deno-shims');
mkdirSync(shimFolder, { recursive: true });
for (const file of Object.values(SHIMS)) {
	copyFileSync(join(engineFolder, 'shims', file), join(shimFolder, file));
}
const configPath = join(runtime, 'deno.jsonc');
const originalConfigPath = `${configPath}.orig`;
if (!existsSync(originalConfigPath)) {
	copyFileSync(configPath, originalConfigPath);
}
// The shipped deno.jsonc has no comments, so it parses as JSON.
const config = readJson(originalConfigPath);
for (const specifier of Object.keys(config.imports)) {
	if (specifier.startsWith('@std/')) {
		delete config.imports[specifier];
	}
}
for (const [specifier, file] of Object.entries(SHIMS)) {
	config.imports[specifier] = `../deno-shims/${file}`;
}
writeFileSync(configPath, `${JSON.stringify(config, null, '\t')}\n`);
// The shipped lockfile stays in use (npm versions and integrity as upstream pinned them); Deno drops
// its entries for the jsr packages that are no longer imported. Start from the shipped one each time.
const lockPath = join(runtime, 'deno.lock');
if (!existsSync(`${lockPath}.orig`)) {
	copyFileSync(lockPath, `${lockPath}.orig`);
}
copyFileSync(`${lockPath}.orig`, lockPath);
step('import map: @std/* → apps-engine/deno-shims');

// 4. deno cache (npm: packages of the runtime from the npm registry npm itself uses)
const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
run('deno', ['cache', `--config=${configPath}`, join(runtime, 'main.ts')], {
	cwd: runtime,
	env: { ...env, DENO_DIR: denoDir, NPM_CONFIG_REGISTRY: registry, DENO_NO_UPDATE_CHECK: '1' },
});
step(`deno cache done (DENO_DIR ${relative(root, denoDir)})`);

writeFileSync(
	stampFile,
	`${JSON.stringify(
		{
			lockHash: hash,
			appsEngine: version,
			deno: denoVersion,
			preparedAt: new Date().toISOString(),
		},
		null,
		'\t',
	)}\n`,
);
step('ready: `npm run test:deno`');
