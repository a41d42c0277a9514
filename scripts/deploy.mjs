// `npm run deploy -- --url … --username … --password …`: `rc-apps deploy` from the staged copy of the app,
// so that only the app's code is compiled and uploaded. Reads .rcappsconfig from the repository root.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, stageApp } from './stage-app.mjs';

const staged = stageApp();
const cli = join(root, 'node_modules', '.bin', 'rc-apps');
const result = spawnSync(cli, ['deploy', ...process.argv.slice(2)], {
	cwd: staged,
	stdio: 'inherit',
});
process.exit(result.status ?? 1);
