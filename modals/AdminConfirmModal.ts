import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { ModalButton, viewId, ViewKind } from '../lib/ids';
import { context, plain, section } from './blocks';
import type { ViewContext } from './ViewContext';

/** One user and what a confirmed change does to them. */
export type ConfirmItem =
	| { username: string; what: 'deactivate' }
	| { username: string; what: 'password' }
	| { username: string; what: 'roles'; old: string[]; new: string[] }
	| { username: string; what: 'fields'; fields: string[] };

/** A destructive /admin-user change waiting for one click: the words it runs once confirmed, what it names. */
export interface AdminConfirmPayload {
	words: string[];
	items: ConfirmItem[];
}

function line(ui: ViewContext, item: ConfirmItem): string {
	const { username } = item;
	switch (item.what) {
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
