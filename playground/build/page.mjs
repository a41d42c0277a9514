// Bundles the playground page (playground/page/main.tsx) with esbuild into playground/dist/: React 17,
// fuselage and fuselage-ui-kit, fonts and icons included, nothing loaded from the network.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const playgroundDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const pageSource = join(playgroundDir, 'page');
export const pageOutput = join(playgroundDir, 'dist');

export async function buildPage({ minify = true } = {}) {
	const started = Date.now();
	rmSync(pageOutput, { recursive: true, force: true });
	mkdirSync(join(pageOutput, 'assets'), { recursive: true });
	const result = await build({
		entryPoints: [join(pageSource, 'main.tsx')],
		outdir: join(pageOutput, 'assets'),
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'chrome100',
		jsx: 'automatic',
		minify,
		sourcemap: true,
		metafile: true,
		logLevel: 'warning',
		loader: {
			'.svg': 'file',
			'.woff': 'file',
			'.woff2': 'file',
			'.ttf': 'file',
			'.eot': 'file',
		},
		// fuselage picks its production bundle, React its production build.
		define: { 'process.env.NODE_ENV': '"production"' },
	});
	copyFileSync(join(pageSource, 'index.html'), join(pageOutput, 'index.html'));
	const bytes = Object.values(result.metafile.outputs).reduce(
		(sum, output) => sum + output.bytes,
		0,
	);
	return { ms: Date.now() - started, bytes };
}
