/** The click that confirms a destructive /admin-user change (see adminConfirm.ts). */
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { closeModal, LinkedSubmission } from '../kernel/submission';
import { runAdminCommand } from './adminCommand';

/** One click: the pending record is dropped first (a second click finds nothing), then the words run. */
export async function submitAdminConfirm(
	s: LinkedSubmission<'admin-confirm'>,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	return closeModal(s, async () => {
		const room = await inv.read.getRoomReader().getById(record.roomId);
		if (room) {
			await runAdminCommand(inv, room, record.payload.words, s.triggerId, 0, true);
		}
	});
}
