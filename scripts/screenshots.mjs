// `npm run screenshots`: the README's pictures (docs/*.png), taken in headless Chromium from the
// playground with the freshly packaged app (playground/tools/screenshots.ts).
import { join } from 'node:path';

import { ensureFreshPackage } from '../playground/build/appPackage.mjs';
import { buildPage } from '../playground/build/page.mjs';
import { runTypeScript } from '../playground/build/tsxProcess.mjs';
import { root } from './stage-app.mjs';

try {
	const { zip } = ensureFreshPackage();
	await buildPage();
	console.log('Taking screenshots:');
	runTypeScript(join(root, 'playground', 'tools', 'screenshots.ts'), { PLAYGROUND_ZIP: zip });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
