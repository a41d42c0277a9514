import type { IUIActionButtonDescriptor } from '@rocket.chat/apps-engine/definition/ui';
import { UIActionButtonContext } from '@rocket.chat/apps-engine/definition/ui';

import { ActionButton } from './ids';

/** The translation keys (i18n/*.json) of the buttons' labels: the client shows them in the user's language. */
export const ACTION_BUTTON_LABELS = {
	editMyProfile: 'action_button_edit_my_profile',
	manageUser: 'action_button_manage_user',
} as const;

/**
 * The app's action buttons. "Edit my profile" is for everyone (as `/profile` is), in the composer's actions menu
 * and the user dropdown; "Manage user" is in a message's action menu, shown (`when.hasOneRole`) only to the roles
 * the "Roles allowed to use /admin-user" setting named when the app was enabled: the engine takes buttons in
 * `extendConfiguration` only, so a later change of the setting shows after the app is enabled again. The `when`
 * filters only hide a button in the web client (apps/meteor/app/ui-message/client/actionButtons/lib/applyButtonFilters.ts);
 * the server delivers any click (apps/meteor/ee/server/apps/communication/uikit.ts), so the handler checks again.
 */
export function actionButtons(adminRoles: string[]): IUIActionButtonDescriptor[] {
	return [
		{
			actionId: ActionButton.EditMyProfile,
			labelI18n: ACTION_BUTTON_LABELS.editMyProfile,
			context: UIActionButtonContext.MESSAGE_BOX_ACTION,
		},
		{
			actionId: ActionButton.EditMyProfileFromUserMenu,
			labelI18n: ACTION_BUTTON_LABELS.editMyProfile,
			context: UIActionButtonContext.USER_DROPDOWN_ACTION,
		},
		{
			actionId: ActionButton.ManageUser,
			labelI18n: ACTION_BUTTON_LABELS.manageUser,
			context: UIActionButtonContext.MESSAGE_ACTION,
			when: { hasOneRole: adminRoles },
		},
	];
}

/** What a click runs: the words a user could type, so the button and the command share one path and its checks. */
export type ButtonCommand =
	| { command: 'profile'; args: ['edit'] }
	| { command: 'admin-user'; args: ['edit', string] };

/**
 * The command behind a clicked action button; "Manage user" names the sender of the message it was clicked on (by
 * id, which users.info matches too). Unknown ids, and "Manage user" without a message, run nothing.
 */
export function commandOfButton(
	actionId: string,
	messageSenderId: string | undefined,
): ButtonCommand | undefined {
	switch (actionId) {
		case ActionButton.EditMyProfile:
		case ActionButton.EditMyProfileFromUserMenu:
			return { command: 'profile', args: ['edit'] };
		case ActionButton.ManageUser:
			return messageSenderId
				? { command: 'admin-user', args: ['edit', messageSenderId] }
				: undefined;
		default:
			return undefined;
	}
}
