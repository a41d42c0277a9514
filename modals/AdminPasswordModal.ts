import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { option, plain } from './blocks';
import { Input, ModalButton, PasswordOption, viewId, ViewKind } from '../lib/ids';
import type { ViewContext } from './ViewContext';
import { passwordChoiceBlocks } from './passwordChoice';

/**
 * "Set the password of @user": Rocket.Chat's choice of one, "Set manually" (the password field) or "Set randomly
 * and send by email" (AdminUserSetRandomPasswordRadios.tsx), so a typed password and a random one are never both
 * chosen; "Require password change" and "Send welcome email" as toggles; and a field for the admin's own second
 * factor in case the server asks (a typed password is never kept, so this form cannot become a step of its own).
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
			...passwordChoiceBlocks(ui),
			ui.toggleInput(
				Input.PasswordOptions,
				ui.t('admin_password_options'),
				[
					option(PasswordOption.RequireChange, ui.t('admin_password_require_change')),
					option(PasswordOption.Welcome, ui.t('admin_password_welcome')),
				],
				[PasswordOption.RequireChange],
			),
			ui.textInput(Input.Code, {
				label: ui.t('admin_proof_label', { username }),
				optional: true,
				hint: ui.t('admin_proof_hint'),
			}),
		],
		submit: ui.submitButton(ModalButton.AdminPasswordSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.AdminPasswordClose, ui.t('cancel')),
	};
}
