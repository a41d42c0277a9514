import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: the folder whose node_modules holds the engine the app runs on. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/**
 * The app package to load: `$ENGINE_HOST_ZIP` if set, else the newest `dist/*.zip` built by
 * `npm run package`. Throws when there is none.
 */
export function findAppPackage(): string {
	const fromEnvironment = process.env.ENGINE_HOST_ZIP;
	if (fromEnvironment) {
		if (!existsSync(fromEnvironment)) {
			throw new Error(`ENGINE_HOST_ZIP points to a missing file: ${fromEnvironment}`);
		}
		return resolve(fromEnvironment);
	}
	const dist = join(REPO_ROOT, 'dist');
	const zips = existsSync(dist)
		? readdirSync(dist)
				.filter((name) => name.endsWith('.zip'))
				.map((name) => join(dist, name))
				.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
		: [];
	if (!zips.length) {
		throw new Error(
			'No app package in dist/: run `npm run package` first (or set ENGINE_HOST_ZIP)',
		);
	}
	return zips[0];
}
