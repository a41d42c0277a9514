import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { actions, Blocks, context, plain, section } from './blocks';
import { Action, Block, Input, ModalButton, viewId, ViewKind } from '../lib/ids';
import { fieldName } from '../lib/messages';
import type { ViewContext } from './ViewContext';

export type ProofMethod = 'totp' | 'email' | 'password';

export interface SecondFactorView {
	kind: ViewKind;
	method: ProofMethod;
	/** Names of the fields about to change, for the summary line. */
	fields: Array<{ field: string; custom: boolean }>;
	note?: 'code-sent-again';
}

/** The proof input of a second factor: the current password or a code, with the method's explanation. */
export function proofBlocks(
	ui: ViewContext,
	nonce: string,
	method: ProofMethod,
	note?: 'code-sent-again',
): Blocks {
	if (method === 'password') {
		return [
			section(ui.t('twofa_password_intro')),
			ui.textInput(Input.Code, { label: ui.t('twofa_password_label') }),
		];
	}
	const blocks: Blocks = [
		section(ui.t(method === 'email' ? 'twofa_email_intro' : 'twofa_totp_intro')),
		ui.textInput(Input.Code, { label: ui.t('twofa_code_label'), maxLength: 16 }),
	];
	if (method === 'email') {
		blocks.push(
			actions(Block.CodeActions, [
				ui.button(
					Block.CodeActions,
					Action.SendCodeAgain,
					ui.t('twofa_send_again'),
					nonce,
					'secondary',
				),
			]),
		);
		if (note === 'code-sent-again') {
			blocks.push(context(ui.t('twofa_code_sent_again')));
		}
	}
	return blocks;
}

/** "Confirm with your second factor" for a change the server protects. */
export function secondFactorModal(
	ui: ViewContext,
	nonce: string,
	view: SecondFactorView,
): IUIKitSurfaceViewParam {
	const names = view.fields.map((item) => fieldName(ui.t, item.field, item.custom)).join(', ');
	return {
		id: viewId(view.kind, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('twofa_title')),
		blocks: [
			section(ui.t('twofa_summary', { fields: names })),
			...proofBlocks(ui, nonce, view.method, view.note),
		],
		submit: ui.submitButton(ModalButton.TwoFactorSubmit, ui.t('twofa_confirm')),
		close: ui.closeButton(ModalButton.TwoFactorClose, ui.t('cancel')),
	};
}
