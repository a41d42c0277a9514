import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { actions, Blocks, context, plain, section } from './blocks';
import { Action, Block, Input, ModalButton, viewId, ViewKind } from '../lib/ids';
import type { ViewContext } from './ViewContext';

/** The link flow's state: the first screen, or the second-factor screen after the server asked for a code. */
export interface LinkAccountModalPayload {
	username: string;
	/** Where the password or token typed here is sent (the configured server's host). */
	host: string;
	step: 'start' | 'code';
	method?: 'totp' | 'email';
	note?: 'code-sent-again';
}

/** "Link your account": password (with an optional code) or a personal access token. */
export function linkAccountModal(
	ui: ViewContext,
	nonce: string,
	payload: LinkAccountModalPayload,
): IUIKitSurfaceViewParam {
	const codeStep = payload.step === 'code';
	const blocks: Blocks = [
		section(
			codeStep
				? ui.t(payload.method === 'email' ? 'link_code_step_email' : 'link_code_step_totp')
				: ui.t('link_modal_intro', { username: payload.username }),
		),
		context(ui.t('link_modal_host', { host: payload.host })),
		context(ui.t('link_modal_unmasked')),
		ui.textInput(Input.Password, {
			label: ui.t('link_password_label'),
			optional: !codeStep,
		}),
		ui.textInput(Input.Code, {
			label: ui.t('link_code_label'),
			optional: !codeStep,
			maxLength: 16,
		}),
	];
	if (codeStep && payload.method === 'email') {
		blocks.push(
			actions(Block.LinkActions, [
				ui.button(
					Block.LinkActions,
					Action.SendCodeAgain,
					ui.t('twofa_send_again'),
					nonce,
					'secondary',
				),
			]),
		);
		if (payload.note === 'code-sent-again') {
			blocks.push(context(ui.t('twofa_code_sent_again')));
		}
	}
	if (!codeStep) {
		blocks.push(
			ui.textInput(Input.Token, {
				label: ui.t('link_token_label'),
				optional: true,
				hint: ui.t('link_token_hint'),
			}),
		);
	}
	return {
		id: viewId(ViewKind.Link, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('link_modal_title')),
		blocks,
		submit: ui.submitButton(ModalButton.LinkSubmit, ui.t('link_submit')),
		close: ui.closeButton(ModalButton.LinkClose, ui.t('cancel')),
	};
}
