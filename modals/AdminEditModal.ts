import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { option, plain } from './blocks';
import { Input, ModalButton, viewId, ViewKind } from '../lib/ids';
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
	const yesNo = [option('yes', ui.t('yes')), option('no', ui.t('no'))];
	return {
		id: viewId(ViewKind.AdminEdit, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('edit_modal_title_other', { username: snapshot.username })),
		blocks: [
			...profileFieldBlocks(ui, snapshot, customFieldNames),
			ui.selectInput(
				Input.Verified,
				ui.t('field_verified'),
				yesNo,
				snapshot.emailVerified ? 'yes' : 'no',
				true,
			),
			ui.selectInput(
				Input.RequirePasswordChange,
				ui.t('field_requirePasswordChange'),
				yesNo,
				snapshot.requirePasswordChange ? 'yes' : 'no',
				true,
			),
			ui.selectInput(
				Input.Active,
				ui.t('field_active'),
				yesNo,
				snapshot.active ? 'yes' : 'no',
				true,
			),
		],
		submit: ui.submitButton(ModalButton.AdminEditSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.AdminEditClose, ui.t('cancel')),
	};
}
