// `npm run deploy -- [--package dist/<zip>] --url … --username … --password … [--code <2FA code>] [--update]`:
// `rc-apps deploy` (apps-cli 1.9.0) uploading the bundled package `npm run package` builds. Without --package it
// builds the package first. The other flags are rc-apps deploy's own (a .rcappsconfig in the repository root is
// read too, and is never committed). rc-apps runs in a staged copy of the app, where it reads app.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPackage } from './package.mjs';
import { root, stageApp } from './stage-app.mjs';

const args = process.argv.slice(2);
const packageFlag = args.indexOf('--package');
let packagePath;
if (packageFlag >= 0) {
	packagePath = resolve(args[packageFlag + 1] ?? '');
	args.splice(packageFlag, 2);
	if (!existsSync(packagePath)) {
		console.error(`--package: no such file ${packagePath}`);
		process.exit(2);
	}
} else {
	packagePath = await buildPackage();
}

// Its own folder, so that a deploy never clobbers a package build running beside it.
const staged = stageApp(join(root, '.build', 'deploy'));
const cli = join(root, 'node_modules', '@rocket.chat', 'apps-cli', 'bin', 'run');
const hook = join(root, 'scripts', 'rc-apps-upload-package.mjs');
const result = spawnSync(
	process.execPath,
	['--import', pathToFileURL(hook).href, cli, 'deploy', ...args],
	{
		cwd: staged,
		stdio: 'inherit',
		env: { ...process.env, RC_APPS_PACKAGE: packagePath },
	},
);
process.exit(result.status ?? 1);
