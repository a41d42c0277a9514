/**
 * The zip `npm run package` built holds only the app: its code bundled into ONE file (scripts/bundle-app.mjs),
 * its manifest pointing at that file, icon, translations and what rc-apps adds (package.json, .packagedby).
 * Anything else (tests, tools, playground, scripts, node_modules, TypeScript sources, one file per module) fails.
 * Without a package in dist/ the test builds it (`npm run package`) rather than skip.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

import { readZip } from './support/zip';

const root = join(__dirname, '..', '..');
const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as Record<
	string,
	unknown
> & {
	nameSlug: string;
	version: string;
};
const zipPath = join(root, 'dist', `${appJson.nameSlug}_${appJson.version}.zip`);

const BUNDLE = 'ProfileApp.js';
const TRANSLATIONS = readdirSync(join(root, 'i18n')).map((name) => `i18n/${name}`);
const EXPECTED_ENTRIES = [
	'.packagedby',
	'app.json',
	'icon.png',
	'package.json',
	BUNDLE,
	...TRANSLATIONS,
].sort();

/** What both engines let an app require at run time (1.42.1 vm2 and 1.62 Deno allow the same built-ins). */
const RUNTIME_MODULES =
	/^(@rocket\.chat\/apps-engine\/definition\/[\w/.-]+|path|url|crypto|buffer|stream|net|http|https|zlib|util|punycode|os|querystring)$/;

/** Builds the package when dist/ has none; a failed build fails this file with the packager's output. */
function ensurePackage(): void {
	if (existsSync(zipPath)) {
		return;
	}
	const env = { ...process.env };
	delete env.NODE_ENV;
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs')], {
		cwd: root,
		env,
		encoding: 'utf8',
	});
	if (result.status !== 0 || !existsSync(zipPath)) {
		throw new Error(
			`No ${zipPath} and \`npm run package\` could not build it:\n${result.stdout}\n${result.stderr}`,
		);
	}
}

ensurePackage();

describe(`dist/${appJson.nameSlug}_${appJson.version}.zip`, () => {
	const zip = readZip(zipPath);
	const entries = zip.map((entry) => entry.name);
	const read = (name: string) =>
		zip
			.find((entry) => entry.name === name)
			?.read()
			.toString('utf8') ?? '';
	const manifest = JSON.parse(read('app.json') || '{}') as Record<string, unknown> & {
		requiredApiVersion: string;
		implements: string[];
		classFile: string;
		permissions: Array<{ name: string }>;
	};

	test('holds exactly the bundle, the manifest, icon, four translations, package.json and .packagedby', () => {
		expect([...entries].sort()).toEqual(EXPECTED_ENTRIES);
		expect(TRANSLATIONS.sort()).toEqual([
			'i18n/de.json',
			'i18n/en.json',
			'i18n/es.json',
			'i18n/pt-BR.json',
		]);
	});

	test('has one code file, no TypeScript, tests, tools or dependencies', () => {
		expect(entries.filter((name) => /\.(js|cjs|mjs|ts|map)$/.test(name))).toEqual([BUNDLE]);
		expect(
			entries.filter((name) =>
				/(^|\/)(test|tools|refserver|host|playground|scripts|node_modules)\//.test(name),
			),
		).toEqual([]);
	});

	test("app.json's classFile names the bundle; every other field is the repository's app.json", () => {
		expect(manifest.classFile).toBe(BUNDLE);
		const { classFile: _packaged, ...packagedRest } = manifest;
		const { classFile: source, ...sourceRest } = appJson;
		expect(source).toBe('ProfileApp.ts');
		expect(packagedRest).toEqual(sourceRest);
	});

	test('the bundle exports only the app class and requires only what the engines provide', () => {
		const code = read(BUNDLE);
		// esbuild's CommonJS form of the entry's one `export class`.
		expect(code).toMatch(
			/__export\(ProfileApp_exports, \{\s*ProfileApp: \(\) => ProfileApp\s*\}\);/,
		);
		expect(code.match(/^module\.exports = .*$/gm)).toEqual([
			'module.exports = __toCommonJS(ProfileApp_exports);',
		]);
		expect(code).not.toMatch(/^\s*exports\.\w+ =/m);
		const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
		expect(required.length).toBeGreaterThan(0);
		expect([...new Set(required)].filter((name) => !RUNTIME_MODULES.test(name))).toEqual([]);
	});

	test('keeps requiredApiVersion ^1.42.1 and declares the permissions it uses', () => {
		expect(manifest.requiredApiVersion).toBe('^1.42.1');
		expect(manifest.implements).toEqual(['IUIKitInteractionHandler']);
		expect(manifest.permissions.map((permission) => permission.name).sort()).toEqual(
			[
				'message.write',
				'networking',
				'persistence',
				'room.read',
				'room.write',
				'scheduler',
				'server-setting.read',
				'slashcommand',
				'ui.interact',
				'ui.registerButtons',
				'user.read',
				'user.write',
			].sort(),
		);
	});

	test('carries the one version number package.json and app.json share', () => {
		const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
			version: string;
		};
		const packaged = JSON.parse(
			zip
				.find((entry) => entry.name === 'app.json')
				?.read()
				.toString('utf8') ?? '{}',
		) as { version: string };
		expect(packageJson.version).toBe(appJson.version);
		expect(packaged.version).toBe(appJson.version);
	});

	test('is small', () => {
		expect(statSync(zipPath).size).toBeLessThan(200 * 1024);
	});
});
