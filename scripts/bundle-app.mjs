// Turns the zip `rc-apps package` built (one compiled .js file per module) into the zip we ship: the same
// manifest, icon, translations, package.json and .packagedby, and the app's code as ONE file bundled by esbuild.
// Why: Apps-Engine 1.42.1 runs every file of a zip in its own vm2 sandbox, so each call between the app's own
// modules crosses vm2; one file removes those crossings. 1.62 (Deno) bundles multi-file apps itself at every
// start (server/runtime/deno/bundler.js) and skips that when the zip holds one file.
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

/** Bundles the compiled files of the rc-apps zip, starting at its class file, into one CommonJS file. */
async function bundleCompiled(files, classFile, resolveDir) {
	const result = await build({
		stdin: { contents: files[classFile], sourcefile: classFile, loader: 'js', resolveDir },
		bundle: true,
		write: false,
		format: 'cjs',
		platform: 'node',
		// Rocket.Chat 6.x runs Node 14; the code is already compiled to ES2017 by rc-apps.
		target: 'node14',
		legalComments: 'none',
		logLevel: 'silent',
		plugins: [
			{
				name: 'rc-apps-compiled-files',
				setup(builder) {
					builder.onResolve({ filter: /.*/ }, (args) => {
						if (ENGINE_MODULES.test(args.path)) {
							return { path: args.path, external: true };
						}
						if (!args.path.startsWith('.')) {
							return undefined; // node built-ins and npm packages: esbuild's own resolution
						}
						const from = args.namespace === 'app' ? posix.dirname(args.importer) : '.';
						const base = posix.normalize(posix.join(from, args.path));
						const found = [`${base}.js`, `${base}/index.js`, base].find((name) => name in files);
						if (!found) {
							return {
								errors: [{ text: `${args.path} (from ${args.importer}) is not in the package` }],
							};
						}
						return { path: found, namespace: 'app' };
					});
					builder.onLoad({ filter: /.*/, namespace: 'app' }, (args) => ({
						contents: files[args.path],
						loader: 'js',
						resolveDir,
					}));
				},
			},
		],
	});
	return result.outputFiles[0].text;
}

/**
 * Reads `rcAppsZip`, writes `outputZip` (npm packages the app imports resolve from `resolveDir`): every compiled .js file replaced by BUNDLE_FILE, app.json's classFile
 * pointing at it, every other entry kept as rc-apps wrote it. Returns the bundle's size in bytes.
 */
export async function bundleAppPackage(rcAppsZip, outputZip, resolveDir) {
	const zip = new AdmZip(rcAppsZip);
	const manifest = JSON.parse(zip.readAsText('app.json'));
	const classFile = manifest.classFile.replace(/\.ts$/, '.js');
	const files = {};
	for (const entry of zip.getEntries()) {
		if (!entry.isDirectory && entry.entryName.endsWith('.js') && !entry.entryName.startsWith('.')) {
			files[entry.entryName] = entry.getData().toString('utf8');
		}
	}
	const bundle = await bundleCompiled(files, classFile, resolveDir);
	for (const name of Object.keys(files)) {
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
