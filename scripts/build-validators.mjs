/**
 * Bundles the AJV validators of @rocket.chat/rest-typings 8.8.1 into one CommonJS file for the reference server.
 *
 * Why: the package ships ESM with extensionless imports and no `"type": "module"`, so neither `require` nor
 * `import` can load it directly. esbuild resolves those imports and inlines Ajv + ajv-formats.
 *
 * Output: tools/refserver/generated/validators.cjs (gitignored). It exports every validator found, the shared
 * `ajv`/`ajvQuery` instances (the server compiles its VN-only schemas with them) and a `manifest` mapping the
 * server's logical names to the export names that were found.
 *
 * Usage: node scripts/build-validators.mjs [--force]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const typingsDir = join(repoRoot, 'node_modules/@rocket.chat/rest-typings');
const distDir = join(typingsDir, 'dist');
const outFile = join(repoRoot, 'tools/refserver/generated/validators.cjs');

/** Logical name → patterns tried in order against the `export const isX = ` names of dist/v1. */
const WANTED = {
	usersUpdateOwnBasicInfo: [/^isUsersUpdateOwnBasicInfoParamsPOST$/],
	usersUpdate: [/^isUsersUpdateParamsPOST$/],
	login: [/^isLoginProps$/],
	usersInfo: [/^isUsersInfoParamsGetProps$/, /^isUsersInfoParamsGet/],
	usersSetStatus: [/^isUsersSetStatus/, /SetStatus.*POST$/],
	users2faSendEmailCode: [/^isUsers2faSendEmailCode/, /^isUsers.*SendEmailCode/],
	usersGeneratePersonalAccessToken: [/GeneratePersonalAccessToken/],
	usersSetAvatar: [/^isUsersSetAvatarProps$/],
	usersSetPreferences: [/^isUsersSetPreferencesParamsPOST$/],
	usersLogout: [/^isUserLogoutParamsPOST$/],
	usersSendConfirmationEmail: [/^isUsersSendConfirmationEmailParamsPOST$/],
	usersListByStatus: [/^isUsersListStatusProps$/],
	usersCreate: [/^isUserCreateParamsPOST$/],
	sendInvitationEmail: [/^isSendInvitationEmailParams$/],
};

function isUpToDate() {
	if (process.argv.includes('--force') || !existsSync(outFile)) {
		return false;
	}
	const built = statSync(outFile).mtimeMs;
	const inputs = [join(typingsDir, 'package.json'), fileURLToPath(import.meta.url)];
	return inputs.every((input) => statSync(input).mtimeMs < built);
}

function listJsFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			return listJsFiles(path);
		}
		return entry.name.endsWith('.js') ? [path] : [];
	});
}

/** Map of exported validator name → file that defines it. */
function findValidatorExports() {
	const exports = new Map();
	for (const file of listJsFiles(join(distDir, 'v1'))) {
		for (const match of readFileSync(file, 'utf8').matchAll(/export const (is[A-Za-z0-9_]+) = /g)) {
			exports.set(match[1], file);
		}
	}
	return exports;
}

function pickValidators(exports) {
	const found = {};
	for (const [logicalName, patterns] of Object.entries(WANTED)) {
		for (const pattern of patterns) {
			const exportName = [...exports.keys()].find((name) => pattern.test(name));
			if (exportName) {
				found[logicalName] = { exportName, file: exports.get(exportName) };
				break;
			}
		}
	}
	return found;
}

function entrySource(found) {
	const toSpecifier = (file) => `./${relative(repoRoot, file).split('\\').join('/')}`;
	const lines = Object.values(found).map(
		({ exportName, file }) => `export { ${exportName} } from '${toSpecifier(file)}';`,
	);
	lines.push(`export { ajv, ajvQuery } from '${toSpecifier(join(distDir, 'v1/Ajv.js'))}';`);
	const manifest = Object.fromEntries(
		Object.entries(found).map(([logicalName, { exportName }]) => [logicalName, exportName]),
	);
	lines.push(`export const manifest = ${JSON.stringify(manifest)};`);
	return lines.join('\n');
}

async function main() {
	if (!existsSync(distDir)) {
		console.error('build-validators: @rocket.chat/rest-typings is not installed (run npm ci)');
		process.exit(1);
	}
	if (isUpToDate()) {
		console.log(`build-validators: ${relative(repoRoot, outFile)} is up to date`);
		return;
	}
	const found = pickValidators(findValidatorExports());
	for (const logicalName of Object.keys(WANTED)) {
		const hit = found[logicalName];
		console.log(
			`  ${logicalName.padEnd(34)} ${
				hit
					? `${hit.exportName} (${relative(distDir, hit.file)})`
					: 'not in this rest-typings version'
			}`,
		);
	}
	const { build } = await import('esbuild');
	mkdirSync(dirname(outFile), { recursive: true });
	await build({
		stdin: {
			contents: entrySource(found),
			resolveDir: repoRoot,
			sourcefile: 'validators-entry.js',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node18',
		outfile: outFile,
		logLevel: 'warning',
	});
	console.log(
		`build-validators: wrote ${relative(repoRoot, outFile)} (${Math.round(
			statSync(outFile).size / 1024,
		)} KB)`,
	);
}

await main();
