import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { Invocation } from './Invocation';

/** The ways into the app: each one runs behind `guard`, so none can end in silence. */
export type EntryPoint =
	| 'slash command'
	| 'view submit'
	| 'block action'
	| 'view close'
	| 'queued job';

/**
 * Runs an entry point so that a bug still ends in an answer: the error goes to the app's log at error level with
 * the entry point and the error's message only (never request data or what the user typed, so no secret), and
 * `answer` says something to the user or the client instead of nothing.
 */
export async function guard<T>(
	logger: ILogger,
	entry: EntryPoint,
	work: () => Promise<T>,
	answer: () => T | Promise<T>,
): Promise<T> {
	try {
		return await work();
	} catch (error) {
		logger.error(
			`unexpected failure in a ${entry}`,
			error instanceof Error ? error.message : String(error),
		);
		return answer();
	}
}

/** The answer of a command or a queued job to a bug: a private "something went wrong" in its room. */
export async function tellUnexpected(
	inv: Invocation | undefined,
	room: IRoom | string | undefined,
): Promise<void> {
	if (inv && room) {
		await inv.notify(room, inv.t('error_unexpected')).catch(() => undefined);
	}
}
