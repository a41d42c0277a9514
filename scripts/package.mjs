// `npm run package`: builds dist/<nameSlug>_<version>.zip. `rc-apps package` compiles, type-checks and validates
// a staged copy of the app; scripts/bundle-app.mjs then bundles its compiled files into one (see there why).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleAppPackage } from './bundle-app.mjs';
import { root, stageApp } from './stage-app.mjs';

/** Builds the package and returns its path. */
export async function buildPackage() {
	const started = Date.now();
	const staged = stageApp();
	const cli = join(root, 'node_modules', '.bin', 'rc-apps');
	const result = spawnSync(cli, ['package'], { cwd: staged, stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error(`rc-apps package failed (exit ${result.status})`);
	}
	const { nameSlug, version } = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
	const zipName = `${nameSlug}_${version}.zip`;
	mkdirSync(join(root, 'dist'), { recursive: true });
	const zipPath = join(root, 'dist', zipName);
	const bundleBytes = await bundleAppPackage(join(staged, 'dist', zipName), zipPath, staged);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
	console.log(
		`dist/${zipName}: ${kib(statSync(zipPath).size)}, one code file of ${kib(
			bundleBytes,
		)} (${seconds} s)`,
	);
	return zipPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	buildPackage().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
