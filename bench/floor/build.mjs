// Builds the benchmark's floor app (bench/floor) with the app's own toolchain: `rc-apps package` on a staged
// copy, then, when the app's packaging bundles its code (scripts/bundle-app.mjs), the same bundling. The zip is
// cached under .build/ by a hash of everything that goes into it; prints the zip's path on the last line.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const SOURCES = ['FloorApp.ts', 'app.json'];
const bundler = join(root, 'scripts', 'bundle-app.mjs');

export async function buildFloorApp() {
	const hash = createHash('sha256');
	for (const file of [
		...SOURCES.map((name) => join(here, name)),
		join(root, 'icon.png'),
		join(root, 'package-lock.json'),
		...(existsSync(bundler) ? [bundler] : []),
	]) {
		hash.update(readFileSync(file));
	}
	const zip = join(root, '.build', `bench-floor-${hash.digest('hex').slice(0, 12)}.zip`);
	if (existsSync(zip)) {
		return zip;
	}
	const stage = join(root, '.build', 'bench-floor');
	rmSync(stage, { recursive: true, force: true });
	mkdirSync(stage, { recursive: true });
	for (const name of SOURCES) {
		cpSync(join(here, name), join(stage, name));
	}
	// The same icon and package.json (rc-apps reads the apps-engine version there) as the app's own staging.
	cpSync(join(root, 'icon.png'), join(stage, 'icon.png'));
	cpSync(join(root, 'package.json'), join(stage, 'package.json'));
	symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
	const cli = join(root, 'node_modules', '.bin', 'rc-apps');
	const result = spawnSync(cli, ['package'], { cwd: stage, stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error(`rc-apps package failed for the floor app (exit ${result.status})`);
	}
	const { nameSlug, version } = JSON.parse(readFileSync(join(here, 'app.json'), 'utf8'));
	const packaged = join(stage, 'dist', `${nameSlug}_${version}.zip`);
	if (existsSync(bundler)) {
		const { bundleAppPackage } = await import(pathToFileURL(bundler).href);
		await bundleAppPackage(packaged, zip, stage);
	} else {
		copyFileSync(packaged, zip);
	}
	return zip;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	buildFloorApp().then(
		(zip) => console.log(zip),
		(error) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(1);
		},
	);
}
