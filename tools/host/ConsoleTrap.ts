import { format } from 'node:util';

export interface ConsoleRecord {
	level: 'error' | 'warn';
	message: string;
	at: number;
}

const ENGINE_PATH = 'node_modules/@rocket.chat/apps-engine/';

/**
 * The engine reports some failures only on the console (permission denials, failed enables, unknown
 * listeners, errors in `.catch(console.error)`). While installed, this records every console.error and
 * every console.warn whose call comes from the engine, and still prints them.
 */
export class ConsoleTrap {
	private records: ConsoleRecord[] = [];
	private restore?: () => void;

	constructor(private readonly now: () => number) {}

	install(): void {
		if (this.restore) {
			return;
		}
		const originalError = console.error;
		const originalWarn = console.warn;
		console.error = (...args: unknown[]): void => {
			this.records.push({ level: 'error', message: format(...args), at: this.now() });
			originalError.apply(console, args);
		};
		console.warn = (...args: unknown[]): void => {
			if (new Error().stack?.includes(ENGINE_PATH)) {
				this.records.push({ level: 'warn', message: format(...args), at: this.now() });
			}
			originalWarn.apply(console, args);
		};
		this.restore = () => {
			console.error = originalError;
			console.warn = originalWarn;
		};
	}

	uninstall(): void {
		this.restore?.();
		this.restore = undefined;
	}

	all(): ConsoleRecord[] {
		return [...this.records];
	}

	clear(): void {
		this.records = [];
	}
}
