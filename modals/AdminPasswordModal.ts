import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { context, option, plain } from './blocks';
import { Input, ModalButton, PasswordOption, viewId, ViewKind } from '../lib/ids';
import type { ViewContext } from './ViewContext';

/**
 * "Set the password of @user": a new password or a random one, require change, welcome e-mail, and a field for
 * the admin's own second factor in case the server asks (the form keeps its values while it does).
 */
export function adminPasswordModal(
	ui: ViewContext,
	nonce: string,
	username: string,
): IUIKitSurfaceViewParam {
	return {
		id: viewId(ViewKind.AdminPassword, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('admin_password_modal_title', { username })),
		blocks: [
			context(ui.t('password_modal_unmasked')),
			ui.textInput(Input.NewPassword, { label: ui.t('password_new_label'), optional: true }),
			ui.checkboxInput(
				Input.PasswordOptions,
				ui.t('admin_password_options'),
				[
					option(PasswordOption.Random, ui.t('admin_password_random')),
					option(PasswordOption.RequireChange, ui.t('admin_password_require_change')),
					option(PasswordOption.Welcome, ui.t('admin_password_welcome')),
				],
				[PasswordOption.RequireChange],
			),
			ui.textInput(Input.Code, {
				label: ui.t('admin_proof_label'),
				optional: true,
				hint: ui.t('admin_proof_hint'),
			}),
		],
		submit: ui.submitButton(ModalButton.AdminPasswordSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.AdminPasswordClose, ui.t('cancel')),
	};
}
