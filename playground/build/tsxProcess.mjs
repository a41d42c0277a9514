// Runs a TypeScript entry point of the playground in a child Node process (through tsx), the way the
// engine tests run: NODE_ENV 'development', since the engine skips every permission check under 'test'.
import { spawn } from 'node:child_process';

import { root } from '../../scripts/stage-app.mjs';

/** Starts `entry` with the extra environment; Ctrl-C and SIGTERM are passed on; exits with its code. */
export function runTypeScript(entry, env = {}) {
	const child = spawn(process.execPath, ['--import', 'tsx', entry], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env, NODE_ENV: 'development' },
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => child.kill(signal));
	}
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
	return child;
}
