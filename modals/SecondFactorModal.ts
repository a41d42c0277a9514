import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { actions, Blocks, context, plain, section } from './blocks';
import { Action, Block, Input, ModalButton, viewId, ViewKind } from '../lib/ids';
import { formatPendingChanges } from '../lib/messages';
import type { ChangeLine } from '../lib/profile';
import type { ViewContext } from './ViewContext';

export type ProofMethod = 'totp' | 'email' | 'password';

export interface SecondFactorView {
	kind: ViewKind;
	method: ProofMethod;
	/** What is about to change, old → new (never a secret: a password line carries no values). */
	lines: ChangeLine[];
	/** Whose profile changes when it is not the acting user's own (an admin change): the proof stays the admin's. */
	target?: string;
	note?: 'code-sent-again';
}

const INTRO = {
	own: { password: 'twofa_password_intro', totp: 'twofa_totp_intro', email: 'twofa_email_intro' },
	other: {
		password: 'twofa_password_intro_other',
		totp: 'twofa_totp_intro_other',
		email: 'twofa_email_intro_other',
	},
} as const;

/**
 * The proof input of a second factor: the current password or a code, with the method's explanation. With a
 * `target` (an admin changing another user) it says the proof is the admin's own, not the target's. Placeholders
 * and the button are Rocket.Chat's own (TwoFactorPasswordModal / TwoFactorTotpModal: "Password", "Enter code here").
 */
export function proofBlocks(
	ui: ViewContext,
	nonce: string,
	method: ProofMethod,
	note?: 'code-sent-again',
	target?: string,
	warned = false,
): Blocks {
	const intro = ui.t(INTRO[target ? 'other' : 'own'][method], { username: target ?? '' });
	if (method === 'password') {
		return [
			section(intro),
			// Said once a modal: a form that already warned (the password form) does not say it again.
			...(warned ? [] : [context(ui.t('password_modal_unmasked'))]),
			ui.textInput(Input.Code, {
				label: ui.t(target ? 'twofa_password_label_other' : 'twofa_password_label'),
				placeholder: ui.t('twofa_password_placeholder'),
			}),
		];
	}
	const blocks: Blocks = [
		section(intro),
		ui.textInput(Input.Code, {
			label: ui.t('twofa_code_label'),
			placeholder: ui.t('twofa_code_placeholder'),
			maxLength: 16,
		}),
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

/**
 * "Confirm with your second factor" for a change the server protects: whose profile, each new value, and whose
 * proof it wants.
 */
export function secondFactorModal(
	ui: ViewContext,
	nonce: string,
	view: SecondFactorView,
): IUIKitSurfaceViewParam {
	return {
		id: viewId(view.kind, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('twofa_title')),
		blocks: [
			section(formatPendingChanges(ui.t, view.target, view.lines)),
			...proofBlocks(ui, nonce, view.method, view.note, view.target),
		],
		submit: ui.submitButton(ModalButton.TwoFactorSubmit, ui.t('twofa_confirm')),
		close: ui.closeButton(ModalButton.TwoFactorClose, ui.t('cancel')),
	};
}
