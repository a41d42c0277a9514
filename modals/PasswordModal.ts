import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { button, context, plain, textInput } from '../lib/blocks';
import { Input, viewId, ViewKind } from '../lib/ids';
import { ProofMethod, proofBlocks } from './SecondFactorModal';
import type { ViewContext } from './ViewContext';

export interface PasswordView {
	method: ProofMethod;
	note?: 'code-sent-again';
}

/** "Change your password": new password twice, and the second factor in the same form (one request). */
export function passwordModal(
	ui: ViewContext,
	nonce: string,
	view: PasswordView,
): IUIKitSurfaceViewParam {
	return {
		id: viewId(ViewKind.OwnPassword, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('password_modal_title')),
		blocks: [
			context(ui.t('password_modal_unmasked')),
			textInput(ui.appId, Input.NewPassword, { label: ui.t('password_new_label') }),
			textInput(ui.appId, Input.ConfirmPassword, { label: ui.t('password_confirm_label') }),
			...proofBlocks(ui, nonce, view.method, view.note),
		],
		submit: button(ui.appId, 'password-submit', 'password-submit', ui.t('save')),
		close: button(
			ui.appId,
			'password-close',
			'password-close',
			ui.t('cancel'),
			undefined,
			'secondary',
		),
	};
}
