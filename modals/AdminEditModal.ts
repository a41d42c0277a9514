import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { button, option, plain, selectInput, textInput } from '../lib/blocks';
import { Input, viewId, ViewKind } from '../lib/ids';
import type { ProfileSnapshot } from '../lib/profile';
import { profileFieldBlocks } from './EditProfileModal';
import type { ViewContext } from './ViewContext';

/** "Edit @user": the user's fields prefilled, plus the admin-only switches and the admin's second factor. */
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
			selectInput(
				ui.appId,
				Input.Verified,
				ui.t('field_verified'),
				yesNo,
				snapshot.emailVerified ? 'yes' : 'no',
				true,
			),
			selectInput(
				ui.appId,
				Input.RequirePasswordChange,
				ui.t('field_requirePasswordChange'),
				yesNo,
				snapshot.requirePasswordChange ? 'yes' : 'no',
				true,
			),
			selectInput(
				ui.appId,
				Input.Active,
				ui.t('field_active'),
				yesNo,
				snapshot.active ? 'yes' : 'no',
				true,
			),
			textInput(ui.appId, Input.Code, {
				label: ui.t('admin_proof_label'),
				optional: true,
				hint: ui.t('admin_proof_hint'),
			}),
		],
		submit: button(ui.appId, 'admin-edit-submit', 'admin-edit-submit', ui.t('save')),
		close: button(
			ui.appId,
			'admin-edit-close',
			'admin-edit-close',
			ui.t('cancel'),
			undefined,
			'secondary',
		),
	};
}
