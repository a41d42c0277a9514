/**
 * Which Apps-Engine the host runs the app on: the one seam where the engine package is chosen.
 *
 * - default: the repository's own devDependency, `@rocket.chat/apps-engine` 1.42.1 with its vm2 runtime;
 * - `ENGINE=deno`: 1.62.0 with its Deno runtime, installed in engines/deno by `npm run setup:deno`
 *   (`npm run test:deno` sets ENGINE, PATH and DENO_DIR).
 *
 * With ENGINE=deno every `require('@rocket.chat/apps-engine/…')` of this process resolves into
 * engines/deno, so the classes the host extends (bridges, storages) are the ones the chosen AppManager
 * checks with `instanceof`. Types still come from the 1.42.1 definitions; EngineHost, storages and
 * HostBridges bridge the few 1.62 differences at run time.
 */
import Module from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from './appPackage';

export type EngineKind = 'vm2' | 'deno';

export interface EngineSelection {
	kind: EngineKind;
	/** Folder of the `@rocket.chat/apps-engine` package in use. */
	root: string;
	/** Its package.json version. */
	version: string;
}

const PACKAGE = '@rocket.chat/apps-engine';
/** The second engine's install folder (its own package.json and lockfile). */
export const DENO_ENGINE_FOLDER = join(REPO_ROOT, 'engines', 'deno');

function select(): EngineSelection {
	const requested = (process.env.ENGINE ?? '').trim().toLowerCase();
	if (requested !== '' && requested !== 'deno' && requested !== 'vm2') {
		throw new Error(
			`ENGINE=${process.env.ENGINE} is not an engine: leave it unset (1.42.1) or use ENGINE=deno`,
		);
	}
	const kind: EngineKind = requested === 'deno' ? 'deno' : 'vm2';
	const root =
		kind === 'deno'
			? join(DENO_ENGINE_FOLDER, 'node_modules', PACKAGE)
			: join(REPO_ROOT, 'node_modules', PACKAGE);
	const manifest = join(root, 'package.json');
	if (!existsSync(manifest)) {
		throw new Error(
			kind === 'deno'
				? `ENGINE=deno but ${root} is missing: run \`npm run setup:deno\` first`
				: `${root} is missing: run \`npm ci\``,
		);
	}
	const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
	return { kind, root, version };
}

export const ENGINE: EngineSelection = select();

if (ENGINE.kind === 'deno') {
	const loader = Module as unknown as {
		_resolveFilename(this: unknown, request: string, ...rest: unknown[]): string;
	};
	const resolve = loader._resolveFilename;
	loader._resolveFilename = function resolveChosenEngine(
		this: unknown,
		request: string,
		...rest: unknown[]
	): string {
		const target =
			request === PACKAGE || request.startsWith(`${PACKAGE}/`)
				? ENGINE.root + request.slice(PACKAGE.length)
				: request;
		return resolve.call(this, target, ...rest);
	};
}
