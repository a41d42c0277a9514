/**
 * The zip `npm run package` built holds only the app's code: the compiled app, its manifest, icon and
 * translations. Anything from tests, the host, the reference server, the playground, scripts or node_modules fails.
 * Without a package in dist/ the test builds it (`npm run package`) rather than skip.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

import { readZip } from './support/zip';

const root = join(__dirname, '..', '..');
const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as {
	nameSlug: string;
	version: string;
};
const zipPath = join(root, 'dist', `${appJson.nameSlug}_${appJson.version}.zip`);

const ALLOWED = [
	/^\.packagedby$/,
	/^app\.json$/,
	/^icon\.png$/,
	/^package\.json$/,
	/^ProfileApp\.js$/,
	/^(commands|handlers|lib|modals)\/[\w/.-]+\.js$/,
	/^i18n\/[\w-]+\.json$/,
];
const FORBIDDEN = [
	/^test\//,
	/node_modules/,
	/^playground\//,
	/^scripts\//,
	/^docs\//,
	/^engines\//,
	/refserver|host\//,
	/\.ts$/,
	/\.map$/,
];

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

	test('holds only the app code, manifest, icon and translations', () => {
		const unexpected = entries.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
		expect(unexpected).toEqual([]);
		const forbidden = entries.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)));
		expect(forbidden).toEqual([]);
	});

	test('has the compiled class file, every command and modal, and the four translations', () => {
		expect(entries).toEqual(expect.arrayContaining(['ProfileApp.js', 'app.json', 'icon.png']));
		for (const folder of ['commands', 'modals']) {
			for (const source of readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts'))) {
				expect(entries).toContain(`${folder}/${source.replace(/\.ts$/, '.js')}`);
			}
		}
		expect(entries).toEqual(
			expect.arrayContaining(['i18n/en.json', 'i18n/pt-BR.json', 'i18n/de.json', 'i18n/es.json']),
		);
	});

	test('keeps requiredApiVersion ^1.42.1 and declares the permissions it uses', () => {
		const manifest = JSON.parse(
			zip
				.find((entry) => entry.name === 'app.json')
				?.read()
				.toString('utf8') ?? '{}',
		) as {
			requiredApiVersion: string;
			implements: string[];
			permissions: Array<{ name: string }>;
		};
		expect(manifest.requiredApiVersion).toBe('^1.42.1');
		expect(manifest.implements).toEqual(['IUIKitInteractionHandler']);
		expect(manifest.permissions.map((permission) => permission.name).sort()).toEqual(
			[
				'message.write',
				'networking',
				'persistence',
				'room.read',
				'scheduler',
				'server-setting.read',
				'slashcommand',
				'ui.interact',
				'user.read',
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
