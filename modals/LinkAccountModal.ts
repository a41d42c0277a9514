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
	/** `step-expired`: the code step waited too long, the password is asked again. */
	note?: 'code-sent-again' | 'step-expired';
}

/**
 * "Link your account": password (with an optional code) or a personal access token; when the server asks for a
 * second factor, the code alone (the password was accepted and is not asked again).
 */
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
	];
	if (payload.note === 'step-expired') {
		blocks.push(context(ui.t('link_step_expired')));
	}
	blocks.push(
		context(ui.t('link_modal_host', { host: payload.host })),
		context(ui.t('link_modal_unmasked')),
	);
	if (!codeStep) {
		blocks.push(
			ui.textInput(Input.Password, { label: ui.t('link_password_label'), optional: true }),
		);
	}
	blocks.push(
		ui.textInput(Input.Code, {
			label: ui.t(codeStep ? 'twofa_code_label' : 'link_code_label'),
			placeholder: codeStep ? ui.t('twofa_code_placeholder') : undefined,
			optional: !codeStep,
			maxLength: 16,
		}),
	);
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
