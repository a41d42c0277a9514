import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { option, plain } from './blocks';
import { Input, ModalButton, TOGGLE_ON, viewId, ViewKind } from '../lib/ids';
import type { ProfileSnapshot } from '../lib/profile';
import { profileFieldBlocks } from './EditProfileModal';
import type { ViewContext } from './ViewContext';

/** "Edit @user": the user's fields prefilled, plus the admin-only switches; the admin's second factor is asked for only when the server wants it (its own step). */
export function adminEditModal(
	ui: ViewContext,
	nonce: string,
	snapshot: ProfileSnapshot,
	customFieldNames: string[],
): IUIKitSurfaceViewParam {
	const toggle = (id: string, label: string, on: boolean) =>
		ui.toggleInput(id, label, [option(TOGGLE_ON, ui.t('toggle_on'))], on ? [TOGGLE_ON] : []);
	return {
		id: viewId(ViewKind.AdminEdit, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('edit_modal_title_other', { username: snapshot.username })),
		blocks: [
			...profileFieldBlocks(ui, snapshot, customFieldNames),
			toggle(Input.Verified, ui.t('label_verified'), snapshot.emailVerified),
			toggle(
				Input.RequirePasswordChange,
				ui.t('label_requirePasswordChange'),
				snapshot.requirePasswordChange,
			),
			toggle(Input.Active, ui.t('label_active'), snapshot.active),
		],
		submit: ui.submitButton(ModalButton.AdminEditSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.AdminEditClose, ui.t('cancel')),
	};
}
