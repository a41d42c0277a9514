// The app package the playground loads: dist/<nameSlug>_<version>.zip, rebuilt with `npm run package`
// only when an app source file (scripts/stage-app.mjs APP_ENTRIES) is newer than the zip.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { APP_ENTRIES, root } from '../../scripts/stage-app.mjs';

export function appPackagePath() {
	const { nameSlug, version } = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
	return join(root, 'dist', `${nameSlug}_${version}.zip`);
}

/** The most recently modified app source file, or undefined when there is none. */
export function newestAppSource() {
	let newest;
	const visit = (path) => {
		const stats = statSync(path);
		if (stats.isDirectory()) {
			for (const name of readdirSync(path)) {
				visit(join(path, name));
			}
		} else if (!newest || stats.mtimeMs > newest.mtimeMs) {
			newest = { path, mtimeMs: stats.mtimeMs };
		}
	};
	for (const entry of APP_ENTRIES) {
		const path = join(root, entry);
		if (existsSync(path)) {
			visit(path);
		}
	}
	return newest;
}

/** Why the zip must be rebuilt, or undefined when it is fresh. */
export function staleReason(zip = appPackagePath()) {
	if (!existsSync(zip)) {
		return `${relative(root, zip)} does not exist`;
	}
	const newest = newestAppSource();
	if (newest && newest.mtimeMs >= statSync(zip).mtimeMs) {
		return `${relative(root, newest.path)} is newer than ${relative(root, zip)}`;
	}
	return undefined;
}

/**
 * Returns the path of a fresh app package, running `npm run package` (scripts/package.mjs) first when
 * needed. `quiet` keeps the packager's output unless it fails.
 */
export function ensureFreshPackage({ log = console.log, quiet = false } = {}) {
	const zip = appPackagePath();
	const reason = staleReason(zip);
	if (!reason) {
		return { zip, packaged: false };
	}
	log(`Packaging the app: ${reason}…`);
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], {
		cwd: root,
		stdio: quiet ? 'pipe' : 'inherit',
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		const output = quiet ? `\n${result.stdout}${result.stderr}` : '';
		throw new Error(`npm run package failed (exit ${result.status})${output}`);
	}
	if (!existsSync(zip)) {
		throw new Error(`npm run package did not write ${relative(root, zip)}`);
	}
	return { zip, packaged: true };
}
