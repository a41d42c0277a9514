/**
 * `npm start` (through scripts/start.mjs, which packages the app and builds the page first): serves the
 * playground and prints its address. PLAYGROUND_ZIP names the app package; PORT the preferred port.
 */
import { DEFAULT_PORT, startPlayground } from './index';
import type { Profile, RateLimitProfile } from '../../tools/refserver';

async function main(): Promise<void> {
	const zipPath = process.env.PLAYGROUND_ZIP;
	if (!zipPath) {
		throw new Error('PLAYGROUND_ZIP is not set: start the playground with `npm start`');
	}
	const preferredPort = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
	if (!Number.isInteger(preferredPort) || preferredPort < 0 || preferredPort > 65535) {
		throw new Error(`PORT must be a port number, not “${process.env.PORT}”`);
	}
	const running = await startPlayground({
		zipPath,
		port: preferredPort,
		profile: oneOf<Profile>('PLAYGROUND_PROFILE', ['v7', 'vn'], 'v7'),
		// Production by default (V7 limiter); 'vn' shows the newer servers' 1-request-per-minute limit and the queue.
		rateLimit: oneOf<RateLimitProfile>('PLAYGROUND_RATE_LIMIT', ['off', 'v7', 'vn'], 'v7'),
	});
	const { url, playground } = running;
	const note = url.endsWith(`:${preferredPort}`) ? '' : ` (port ${preferredPort} was busy)`;
	console.log(`\n  Playground: ${url}${note}\n`);

	// The engine runs app code: whatever escapes it is shown on the page instead of killing the server.
	process.on('uncaughtException', (error) => {
		console.error('playground: uncaught exception:', error);
		playground.reportCrash(error);
	});
	process.on('unhandledRejection', (reason) => {
		console.error('playground: unhandled rejection:', reason);
		playground.reportCrash(reason);
	});
	// Ctrl-C reaches this process twice (from the terminal and from scripts/start.mjs): stop once.
	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) {
			return;
		}
		stopping = true;
		console.log(`\nplayground: ${signal}, stopping…`);
		// The engine cannot be interrupted while it loads the app, and holds nothing worth a clean stop yet.
		if (playground.getStatus().phase === 'starting') {
			process.exit(0);
		}
		running.stop().then(
			() => process.exit(0),
			(error: unknown) => {
				console.error(error);
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));

	const status = await running.ready;
	if (status.phase === 'ready') {
		const since = Number(process.env.PLAYGROUND_STARTED_AT ?? Date.now());
		console.log(
			`  ${status.message} Engine start ${seconds(status.engineStartMs ?? 0)}, ready ${seconds(
				Date.now() - since,
			)} after \`npm start\`.`,
		);
		console.log(`  Reference server: ${status.referenceServer?.url}. Ctrl-C stops both.\n`);
	} else {
		console.error(`  ${status.message}\n${status.details ?? ''}`);
		console.error('  The page shows this too; fix it and run `npm start` again.');
	}
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

function oneOf<T extends string>(name: string, allowed: T[], fallback: T): T {
	const value = process.env[name];
	if (value === undefined || value === '') {
		return fallback;
	}
	if (!allowed.includes(value as T)) {
		throw new Error(`${name} must be one of ${allowed.join(', ')}, not “${value}”`);
	}
	return value as T;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
