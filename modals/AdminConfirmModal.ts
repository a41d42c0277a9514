import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import type { ErasureType } from '../lib/adminAccount';
import { ModalButton, viewId, ViewKind } from '../lib/ids';
import { quoted } from '../lib/inert';
import { context, plain, section } from './blocks';
import type { ViewContext } from './ViewContext';

/** One user and what a confirmed change does to them. */
export type ConfirmItem =
	| { username: string; what: 'deactivate' }
	| { username: string; what: 'password' }
	| { username: string; what: 'roles'; old: string[]; new: string[] }
	| { username: string; what: 'fields'; fields: string[] }
	/** users.delete: what happens to their messages (Message_ErasureType) and to the rooms they alone own. */
	| { username: string; what: 'delete'; relinquish: boolean; erasure: ErasureType }
	/** The server named the rooms the user alone owns (user-last-owner): each gets a new owner or goes. */
	| { username: string; what: 'relinquish'; changeOwner: string[]; removed: string[] }
	| { username: string; what: 'reset-totp' | 'reset-e2e' | 'logout' };

/** A destructive /admin-user change waiting for one click: the words it runs once confirmed, what it names. */
export interface AdminConfirmPayload {
	words: string[];
	items: ConfirmItem[];
}

/** Room names are the users' own words: each shown inert. */
function roomList(names: string[]): string {
	return names.map(quoted).join(', ');
}

function line(ui: ViewContext, item: ConfirmItem): string {
	const { username } = item;
	switch (item.what) {
		case 'delete':
			return [
				ui.t('admin_confirm_delete', { username }),
				ui.t(`admin_confirm_messages_${item.erasure}`),
				ui.t(item.relinquish ? 'admin_confirm_rooms_relinquish' : 'admin_confirm_rooms_ask'),
			].join(' ');
		case 'relinquish':
			return [
				ui.t('admin_confirm_relinquish', { username }),
				...(item.changeOwner.length
					? [ui.t('admin_confirm_rooms_new_owner', { rooms: { text: roomList(item.changeOwner) } })]
					: []),
				...(item.removed.length
					? [ui.t('admin_confirm_rooms_removed', { rooms: { text: roomList(item.removed) } })]
					: []),
			].join('\n');
		case 'reset-totp':
			return ui.t('admin_confirm_reset_totp', { username });
		case 'reset-e2e':
			return ui.t('admin_confirm_reset_e2e', { username });
		case 'logout':
			return ui.t('admin_confirm_logout', { username });
		case 'deactivate':
			return ui.t('admin_confirm_deactivate', { username });
		case 'password':
			return ui.t('admin_confirm_password', { username });
		case 'roles':
			return ui.t('admin_confirm_roles', {
				username,
				old: item.old.join(', ') || ui.t('empty'),
				new: item.new.join(', ') || ui.t('empty'),
			});
		case 'fields':
			return ui.t('admin_confirm_fields', { username, fields: item.fields.join(', ') });
	}
}

/** "Confirm": each user and what will change, one click to confirm; nothing was sent before it. */
export function adminConfirmModal(
	ui: ViewContext,
	nonce: string,
	payload: AdminConfirmPayload,
): IUIKitSurfaceViewParam {
	return {
		id: viewId(ViewKind.AdminConfirm, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('admin_confirm_title')),
		blocks: [
			section(ui.t('admin_confirm_intro')),
			...payload.items.map((item) => section(line(ui, item))),
			context(ui.t('admin_confirm_hint')),
		],
		submit: ui.submitButton(ModalButton.AdminConfirmSubmit, ui.t('admin_confirm_button')),
		close: ui.closeButton(ModalButton.AdminConfirmClose, ui.t('cancel')),
	};
}
