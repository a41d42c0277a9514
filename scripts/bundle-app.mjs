// Turns the zip `rc-apps package` built (one compiled .js file per module) into the zip we ship: the same
// manifest, icon, translations, package.json and .packagedby, and the app's code as ONE file bundled by esbuild.
// Why one file: Apps-Engine 1.42.1 runs every file of a zip in its own vm2 sandbox, so each call between the
// app's own modules crosses vm2; one file removes those crossings. 1.62 (Deno) bundles multi-file apps itself at
// every start (server/runtime/deno/bundler.js) and skips that when the zip holds one file.
// The bundle is built from the TypeScript sources that rc-apps has just compiled, type-checked and validated,
// to Node 14's syntax (Rocket.Chat 6.x runs Node 14) rather than from rc-apps' ES2017 output: that output spells
// every object spread `Object.assign`, which vm2 replaces inside the sandbox with a slower copy of its own
// (setup-sandbox.js), while a spread written as one stays the engine's native operation.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { posix } from 'node:path';

// The zip library the engine itself reads packages with (a dependency of @rocket.chat/apps-engine).
const AdmZip = createRequire(
	createRequire(import.meta.url).resolve('@rocket.chat/apps-engine/package.json'),
)('adm-zip');

/** The one code file of the shipped zip; app.json's classFile names it. */
export const BUNDLE_FILE = 'ProfileApp.js';

/**
 * The engine provides these at run time; everything else the app requires (its own modules, npm packages)
 * goes into the bundle. Node built-ins (crypto) stay requires: both engines hand out the allowed ones.
 */
const ENGINE_MODULES = /^@rocket\.chat\/apps-engine(\/|$)/;

/** Bundles the app from its TypeScript entry file into one CommonJS file. */
async function bundleSources(entry) {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		write: false,
		format: 'cjs',
		platform: 'node',
		// Rocket.Chat 6.x runs Node 14: ES2020 syntax stays as written.
		target: 'node14',
		legalComments: 'none',
		logLevel: 'silent',
		// As tsc compiles it for rc-apps (target ES2017): class fields are assigned in the constructor.
		tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
		plugins: [
			{
				name: 'engine-modules',
				setup(builder) {
					builder.onResolve({ filter: ENGINE_MODULES }, (args) => ({
						path: args.path,
						external: true,
					}));
				},
			},
		],
	});
	return result.outputFiles[0].text;
}

/**
 * Reads `rcAppsZip`, writes `outputZip`: every compiled .js file replaced by BUNDLE_FILE (bundled from the sources
 * in `sourceDir`, the folder rc-apps packaged; npm packages resolve from there), app.json's classFile pointing at
 * it, every other entry kept as rc-apps wrote it. Returns the bundle's size in bytes.
 */
export async function bundleAppPackage(rcAppsZip, outputZip, sourceDir) {
	const zip = new AdmZip(rcAppsZip);
	const manifest = JSON.parse(zip.readAsText('app.json'));
	const compiled = zip
		.getEntries()
		.filter(
			(entry) =>
				!entry.isDirectory && entry.entryName.endsWith('.js') && !entry.entryName.startsWith('.'),
		)
		.map((entry) => entry.entryName);
	const entry = posix.join(sourceDir, manifest.classFile.replace(/\.js$/, '.ts'));
	const bundle = await bundleSources(entry);
	for (const name of compiled) {
		zip.deleteFile(name);
	}
	zip.addFile(BUNDLE_FILE, Buffer.from(bundle, 'utf8'));
	zip.updateFile(
		'app.json',
		Buffer.from(`${JSON.stringify({ ...manifest, classFile: BUNDLE_FILE }, null, 4)}\n`),
	);
	zip.writeZip(outputZip);
	return Buffer.byteLength(bundle);
}
