import { createHash } from 'node:crypto';

import type { EngineHost } from '../../../tools/host';
import type { ReferenceServer } from '../../../tools/refserver';

/**
 * The engine itself logs each slash command's context (its words included) before the app runs: a password
 * typed on the command line is in the server's hands before the app can refuse it. That line is the engine's,
 * not the app's, so the sweep skips it; everything the app logs is checked.
 */
function isCommandEcho(first: unknown): boolean {
	// 1.42.1 (vm2): "profile's executor is being executed..." followed by the context;
	// 1.62 (Deno): { msg: 'Command is being executed...', params }.
	const text = typeof first === 'object' && first ? (first as { msg?: unknown }).msg : first;
	return /is being executed\.\.\.$/.test(String(text ?? ''));
}

function appLogWithoutCommandEcho(host: EngineHost): unknown {
	return host.logEntries().map((entry) => ({
		...entry,
		entries: entry.entries.filter((line) => !isCommandEcho(line.args?.[0])),
	}));
}

/**
 * Where the app keeps each user's credential: the one record allowed to hold a secret (`profile-app:credential`,
 * and `profile-app:credential-signin`, the password digest between a sign-in's two steps, which
 * test/engine/profile-link.test.ts shows gone once the step ends).
 */
const CREDENTIAL_ASSOCIATION = 'profile-app:credential';

/**
 * Every password, code and token a scenario used; after each test, nothing the app produced may contain one:
 * messages, modals, app log, console, persistence (the credential record aside), scheduled jobs, and the
 * reference server's request log (which masks secrets itself, so a hit there means a secret in the wrong field).
 */
export class SecretSweep {
	private readonly values = new Set<string>();

	add(secret: string): void {
		if (secret.length >= 6) {
			this.values.add(secret);
			this.values.add(createHash('sha256').update(secret).digest('hex'));
		}
	}

	assertNotLeaked(host: EngineHost, server: ReferenceServer): void {
		const places: Array<[string, unknown]> = [
			['app log', appLogWithoutCommandEcho(host)],
			['console', host.consoleOutput()],
			['scheduled jobs', host.scheduledJobs()],
			[
				'persistence',
				host.persistence
					.records()
					.filter(
						(record) => !JSON.stringify(record.associations ?? []).includes(CREDENTIAL_ASSOCIATION),
					),
			],
			['request log', server.requestLog],
		];
		for (const user of ['alice', 'tom', 'erin', 'bea', 'admin', 'sso']) {
			const stored = server.getUser(user);
			if (stored) {
				places.push([`messages to ${user}`, host.messages(stored._id)]);
				places.push([`modals of ${user}`, host.views(stored._id)]);
			}
		}
		for (const [where, data] of places) {
			const text = JSON.stringify(data) ?? '';
			for (const secret of this.values) {
				// Whole words only: the password `admin-pass` must not match the block id `admin-password`.
				const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				if (new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(text)) {
					throw new Error(`A secret (${secret.slice(0, 3)}…) leaked into ${where}`);
				}
			}
		}
	}
}
