import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { context, plain } from './blocks';
import { Input, ModalButton, viewId, ViewKind } from '../lib/ids';
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
			ui.textInput(Input.NewPassword, { label: ui.t('password_new_label') }),
			ui.textInput(Input.ConfirmPassword, { label: ui.t('password_confirm_label') }),
			...proofBlocks(ui, nonce, view.method, view.note, undefined, true),
		],
		submit: ui.submitButton(ModalButton.PasswordSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.PasswordClose, ui.t('cancel')),
	};
}
