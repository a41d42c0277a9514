// `npm start`: the playground. Packages the app when a source file is newer than the zip, bundles the
// page, then serves it with the reference server and the app inside the real Apps-Engine
// (playground/server/cli.ts). PORT picks the port (default 4321, the next free one if busy).
import { join } from 'node:path';

import { ensureFreshPackage } from '../playground/build/appPackage.mjs';
import { buildPage } from '../playground/build/page.mjs';
import { runTypeScript } from '../playground/build/tsxProcess.mjs';
import { root } from './stage-app.mjs';

const started = Date.now();
try {
	const { zip } = ensureFreshPackage();
	const page = await buildPage();
	console.log(`Page bundled in ${page.ms} ms.`);
	runTypeScript(join(root, 'playground', 'server', 'cli.ts'), {
		PLAYGROUND_ZIP: zip,
		PLAYGROUND_STARTED_AT: String(started),
	});
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
