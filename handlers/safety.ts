import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { Invocation } from './Invocation';

/**
 * Runs a command so that a bug still ends in a reply: the error goes to the app's log (without request data,
 * so no secret), and the user is told something went wrong instead of hearing nothing.
 */
export async function runSafely(
	inv: Invocation,
	room: IRoom | string,
	work: () => Promise<void>,
): Promise<void> {
	try {
		await work();
	} catch (error) {
		inv.logError('unexpected failure', error instanceof Error ? error.message : String(error));
		await inv.notify(room, inv.t('error_unexpected')).catch(() => undefined);
	}
}
