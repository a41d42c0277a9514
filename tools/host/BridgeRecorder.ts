import { toPlain } from './plain';

/** One call the engine made into a host bridge. */
export interface BridgeCall {
	bridge: string;
	method: string;
	args: unknown[];
	at: number;
	/** Set when the host does not implement the method: the call threw. */
	notImplemented?: true;
}

/** Thrown by every bridge method the host does not implement. */
export class NotImplementedError extends Error {
	constructor(readonly bridge: string, readonly method: string) {
		super(`[engine host] ${bridge}.${method} is not implemented`);
		this.name = 'NotImplementedError';
	}
}

/** Keeps every bridge call, in order, for tests to inspect. */
export class BridgeRecorder {
	private readonly log: BridgeCall[] = [];

	constructor(private readonly now: () => number) {}

	record(bridge: string, method: string, args: unknown[], notImplemented = false): void {
		const call: BridgeCall = { bridge, method, args: args.map(safeCopy), at: this.now() };
		if (notImplemented) {
			call.notImplemented = true;
		}
		this.log.push(call);
	}

	calls(filter?: { bridge?: string; method?: string }): BridgeCall[] {
		return this.log.filter(
			(call) =>
				(!filter?.bridge || call.bridge === filter.bridge) &&
				(!filter?.method || call.method === filter.method),
		);
	}

	notImplementedCalls(): BridgeCall[] {
		return this.log.filter((call) => call.notImplemented);
	}

	clear(): void {
		this.log.length = 0;
	}
}

/** Property names the engine or Node may probe on any object; answering them with a throwing stub would break `await` or JSON. */
const PASSTHROUGH_PROPERTIES = new Set(['then', 'toJSON', 'constructor']);

/**
 * Wraps a bridge instance so that every method the host class itself implements is recorded, and every
 * other method name resolves to a function that records the call and throws NotImplementedError.
 * The engine's own `doX` wrappers (permission checks) and private helpers pass through unrecorded;
 * the `x` they delegate to is what gets recorded.
 */
export function recordedBridge<T extends object>(
	instance: T,
	bridgeName: string,
	recorder: BridgeRecorder,
): T {
	const hostPrototype = Object.getPrototypeOf(instance) as object;
	const implementedByHost = new Set(
		Object.getOwnPropertyNames(hostPrototype).filter((name) => name !== 'constructor'),
	);
	return new Proxy(instance, {
		get(target, property, receiver) {
			if (typeof property === 'symbol' || PASSTHROUGH_PROPERTIES.has(property)) {
				return Reflect.get(target, property, receiver);
			}
			const value: unknown = Reflect.get(target, property, receiver);
			if (value === undefined) {
				return function notImplemented(...args: unknown[]): never {
					recorder.record(bridgeName, property, args, true);
					throw new NotImplementedError(bridgeName, property);
				};
			}
			if (typeof value !== 'function' || !implementedByHost.has(property)) {
				return value;
			}
			const method = value as (...args: unknown[]) => unknown;
			return function recorded(this: unknown, ...args: unknown[]): unknown {
				recorder.record(bridgeName, property, args);
				return method.apply(this, args);
			};
		},
	});
}

/** Arguments can be engine objects with huge or circular graphs (ProxiedApp): keep what can be copied cheaply. */
function safeCopy(value: unknown): unknown {
	try {
		return toPlain(value, 2000);
	} catch {
		return `[${Object.prototype.toString.call(value).slice(8, -1)}]`;
	}
}
