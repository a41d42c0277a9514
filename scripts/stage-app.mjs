// Copies only the app's own files into .build/app, so that `rc-apps` (which compiles every .ts file
// and zips every other file of its folder) never sees tests, scripts, the playground or docs.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const stageDir = join(root, '.build', 'app');

/** What the zip may hold: the app's code, its manifest, icon and translations. */
export const APP_ENTRIES = [
	'ProfileApp.ts',
	'app.json',
	'icon.png',
	'i18n',
	'commands',
	'modals',
	'handlers',
	'lib',
	// rc-apps reads the apps-engine version from package.json (and ships it as a support file).
	'package.json',
];

/** Copies the app into `stageDir` (default .build/app) and returns that folder. */
export function stageApp(targetDir = stageDir) {
	const stageDir = targetDir;
	rmSync(stageDir, { recursive: true, force: true });
	mkdirSync(stageDir, { recursive: true });
	for (const entry of APP_ENTRIES) {
		const source = join(root, entry);
		if (existsSync(source)) {
			cpSync(source, join(stageDir, entry), { recursive: true });
		}
	}
	// The compiler resolves typescript, @types/node and the apps-engine definitions from here.
	symlinkSync(join(root, 'node_modules'), join(stageDir, 'node_modules'), 'dir');
	const rcappsconfig = join(root, '.rcappsconfig');
	if (existsSync(rcappsconfig)) {
		cpSync(rcappsconfig, join(stageDir, '.rcappsconfig'));
	}
	return stageDir;
}
