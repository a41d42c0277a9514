// @types/node 16.18 (pinned for the app's packager) predates the node:test hooks; Node 20 has them.
declare module 'node:test' {
	type HookFn = () => void | Promise<void>;
	export function before(fn: HookFn, options?: { timeout?: number }): void;
	export function after(fn: HookFn, options?: { timeout?: number }): void;
	export function beforeEach(fn: HookFn, options?: { timeout?: number }): void;
	export function afterEach(fn: HookFn, options?: { timeout?: number }): void;
}
