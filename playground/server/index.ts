import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { PlaygroundStatus } from '../shared/api';
import { createPlaygroundHttpServer } from './httpServer';
import { listenNearPort } from './listen';
import type { PlaygroundOptions } from './Playground';
import { Playground } from './Playground';

export { Playground } from './Playground';
export type { PlaygroundOptions } from './Playground';

/** Where `buildPage()` (playground/build/page.mjs) writes the bundled page. */
export const PAGE_ROOT = join(__dirname, '..', 'dist');
export const DEFAULT_PORT = 4321;

export interface RunningPlayground {
	/** `http://127.0.0.1:<port>` */
	url: string;
	playground: Playground;
	/** Settles once the engine is ready or has failed: see `status.phase`. */
	ready: Promise<PlaygroundStatus>;
	stop(): Promise<void>;
}

/**
 * Serves the page at once (it shows the start-up progress), then starts the reference server and the
 * engine with the app package. `port` 0 picks any free port; a busy port falls back to the next ones.
 */
export async function startPlayground(
	options: PlaygroundOptions & { port?: number },
): Promise<RunningPlayground> {
	if (!existsSync(join(PAGE_ROOT, 'index.html'))) {
		throw new Error(`The page is not built (${PAGE_ROOT} is empty): run buildPage() first`);
	}
	const playground = new Playground(options);
	const server = createPlaygroundHttpServer(playground, PAGE_ROOT);
	const port = await listenNearPort(server, options.port ?? DEFAULT_PORT);
	const ready = playground.start();
	let stopping: Promise<void> | undefined;
	const stop = async () => {
		await ready;
		await playground.stop();
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			// Open event streams would keep close() waiting forever. (Node 18.2+; @types/node here is 16.)
			(server as typeof server & { closeAllConnections(): void }).closeAllConnections();
		});
	};
	return {
		url: `http://127.0.0.1:${port}`,
		playground,
		ready,
		stop: () => (stopping ??= stop()),
	};
}
