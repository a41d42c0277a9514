import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { option, plain } from './blocks';
import { CustomFieldInput, customFieldInputs } from './EditProfileModal';
import { CreateOption, Input, ModalButton, viewId, ViewKind } from '../lib/ids';
import type { ViewContext } from './ViewContext';
import { passwordChoiceBlocks } from './passwordChoice';

/**
 * "Add user", as Administration → Users → New (AdminUserForm.tsx) asks it: name, username, e-mail, the password
 * "Set manually" or "Set randomly and send by email" (a choice of one), roles, the switches for verified,
 * require password change, join default channels and welcome e-mail, and the workspace's custom fields (each with
 * its default value); a field for the admin's own second factor in case the server asks (8.5+ asks on
 * users.create; a typed password is never kept, so the form cannot become a step).
 */
export function adminCreateModal(
	ui: ViewContext,
	nonce: string,
	customFields: Array<CustomFieldInput & { defaultValue?: string }> = [],
): IUIKitSurfaceViewParam {
	const defaults = Object.fromEntries(
		customFields.map((field) => [field.name, field.defaultValue ?? '']),
	);
	return {
		id: viewId(ViewKind.AdminCreate, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('admin_create_title')),
		blocks: [
			ui.textInput(Input.Name, { label: ui.t('label_name') }),
			ui.textInput(Input.Username, { label: ui.t('label_username') }),
			ui.textInput(Input.Email, { label: ui.t('label_email') }),
			...passwordChoiceBlocks(ui),
			ui.textInput(Input.Roles, {
				label: ui.t('admin_create_roles'),
				initialValue: 'user',
				hint: ui.t('admin_create_roles_hint'),
			}),
			ui.toggleInput(
				Input.CreateOptions,
				ui.t('admin_password_options'),
				[
					option(CreateOption.Verified, ui.t('label_verified')),
					option(CreateOption.RequireChange, ui.t('admin_password_require_change')),
					option(CreateOption.JoinDefaultChannels, ui.t('admin_create_join_default')),
					option(CreateOption.Welcome, ui.t('admin_password_welcome')),
				],
				[CreateOption.JoinDefaultChannels],
			),
			...customFieldInputs(ui, customFields, defaults),
			ui.textInput(Input.Code, {
				label: ui.t('admin_create_proof_label'),
				optional: true,
				hint: ui.t('admin_proof_hint'),
			}),
		],
		submit: ui.submitButton(ModalButton.AdminCreateSubmit, ui.t('admin_create_submit')),
		close: ui.closeButton(ModalButton.AdminCreateClose, ui.t('cancel')),
	};
}
