import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How many ports after the preferred one are tried before letting the system pick any free port. */
const NEXT_PORTS = 10;

/**
 * Listens on 127.0.0.1, on `preferredPort` if it is free, else on one of the next ports, else on any
 * free port. Port 0 means "any free port" straight away (tests). Returns the port in use.
 */
export async function listenNearPort(server: Server, preferredPort: number): Promise<number> {
	const candidates =
		preferredPort === 0
			? [0]
			: [...Array.from({ length: NEXT_PORTS + 1 }, (_, index) => preferredPort + index), 0];
	for (const port of candidates) {
		if (await tryListen(server, port)) {
			return (server.address() as AddressInfo).port;
		}
	}
	throw new Error('No free port on 127.0.0.1');
}

function tryListen(server: Server, port: number): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const onError = (error: NodeJS.ErrnoException) => {
			server.off('listening', onListening);
			if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
				resolve(false);
			} else {
				reject(error);
			}
		};
		const onListening = () => {
			server.off('error', onError);
			resolve(true);
		};
		server.once('error', onError);
		server.once('listening', onListening);
		server.listen(port, '127.0.0.1');
	});
}
