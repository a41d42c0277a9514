// Loaded with `node --import` into `rc-apps deploy` by scripts/deploy.mjs. rc-apps deploy would compile the
// sources again and upload its own zip (one file per module); this makes it upload, byte for byte, the package
// `npm run package` built (RC_APPS_PACKAGE), which rc-apps already compiled and validated. Everything else is
// rc-apps' own: /api/info, login (with the 2FA code), GET /api/apps/<id>, the multipart upload.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { root } from './stage-app.mjs';

const packagePath = process.env.RC_APPS_PACKAGE;
if (!packagePath) {
	throw new Error('RC_APPS_PACKAGE is not set: run `npm run deploy`, not this file');
}
// The very module rc-apps' deploy command instantiates (CommonJS: one shared module cache).
const { AppCompiler } = createRequire(import.meta.url)(
	join(root, 'node_modules', '@rocket.chat', 'apps-cli', 'lib', 'misc', 'appCompiler.js'),
);

AppCompiler.prototype.compile = async function compile() {
	return {
		diagnostics: [],
		typeScriptVersion: 'none: deploying the package npm run package built',
	};
};

AppCompiler.prototype.outputZip = async function outputZip() {
	const zipName = join('dist', basename(packagePath));
	mkdirSync(this.fd.mergeWithFolder('dist'), { recursive: true });
	copyFileSync(packagePath, this.fd.mergeWithFolder(zipName));
	return zipName;
};
