import { context, option } from './blocks';
import type { Blocks } from './blocks';
import { Input, PasswordMode } from '../lib/ids';
import type { ViewContext } from './ViewContext';

/**
 * Rocket.Chat's choice of one for an admin setting a password (AdminUserSetRandomPasswordRadios.tsx): "Set
 * manually" with the password field, or "Set randomly and send by email"; after the warning that the form cannot
 * hide what is typed. Shared by the password and the create forms.
 */
export function passwordChoiceBlocks(ui: ViewContext): Blocks {
	return [
		context(ui.t('password_modal_unmasked')),
		ui.radioInput(
			Input.PasswordMode,
			ui.t('admin_password_mode'),
			[
				option(PasswordMode.Manual, ui.t('admin_password_manual')),
				option(PasswordMode.Random, ui.t('admin_password_random')),
			],
			PasswordMode.Manual,
		),
		ui.textInput(Input.NewPassword, { label: ui.t('password_new_label'), optional: true }),
	];
}
