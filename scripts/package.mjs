// `npm run package`: builds dist/<nameSlug>_<version>.zip with `rc-apps package` from a staged copy of the app.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, stageApp } from './stage-app.mjs';

const started = Date.now();
const staged = stageApp();
const cli = join(root, 'node_modules', '.bin', 'rc-apps');
const result = spawnSync(cli, ['package'], { cwd: staged, stdio: 'inherit' });
if (result.status !== 0) {
	console.error(`rc-apps package failed (exit ${result.status})`);
	process.exit(result.status ?? 1);
}
const { nameSlug, version } = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const zipName = `${nameSlug}_${version}.zip`;
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(staged, 'dist', zipName), join(root, 'dist', zipName));
console.log(`dist/${zipName} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
