import { messageParser, modalParser } from '@rocket.chat/fuselage-ui-kit';
import { BlockContext } from '@rocket.chat/ui-kit';
import type * as UiKit from '@rocket.chat/ui-kit';
import type { ReactElement } from 'react';

import { CheckboxElement, RadioButtonElement, ToggleSwitchElement } from './ChoiceElements';
import { Markdown } from './Markdown';

interface ChoiceRenderers {
	checkbox(
		element: UiKit.CheckboxElement,
		context: UiKit.BlockContext,
		index: number,
	): ReactElement;
	toggle_switch(
		element: UiKit.ToggleSwitchElement,
		context: UiKit.BlockContext,
		index: number,
	): ReactElement;
	radio_button(
		element: UiKit.RadioButtonElement,
		context: UiKit.BlockContext,
		index: number,
	): ReactElement;
}

/**
 * Completes fuselage-ui-kit 0.31's renderers the way Rocket.Chat's client does: mrkdwn through a markdown
 * renderer, and the `checkbox`, `toggle_switch` and `radio_button` elements that version lacks. Call once, before the first render.
 */
export function installRenderers(): void {
	for (const parser of [modalParser, messageParser]) {
		parser.mrkdwn = ({ text }, context, index) =>
			context === BlockContext.BLOCK || !text ? null : <Markdown key={index} text={text} />;
	}
	const renderText = (text: UiKit.TextObject) => text.text;
	const choiceRenderers: ChoiceRenderers = {
		checkbox: (element, context, index) => (
			<CheckboxElement key={index} element={element} context={context} renderText={renderText} />
		),
		toggle_switch: (element, context, index) => (
			<ToggleSwitchElement
				key={index}
				element={element}
				context={context}
				renderText={renderText}
			/>
		),
		radio_button: (element, context, index) => (
			<RadioButtonElement key={index} element={element} context={context} renderText={renderText} />
		),
	};
	Object.assign(modalParser, choiceRenderers);
}

interface BlockWithHint {
	type?: string;
	hint?: unknown;
}

/**
 * fuselage-ui-kit 0.31 puts an input block's `hint` straight into the page, which React refuses for the
 * text object ui-kit defines (`{type: 'plain_text', text}`): give it the text.
 */
export function prepareBlocks(blocks: unknown[]): UiKit.LayoutBlock[] {
	return (blocks as BlockWithHint[]).map((block) => {
		const hint = block.hint as { text?: string } | string | undefined;
		if (block.type === 'input' && hint && typeof hint === 'object') {
			return { ...block, hint: hint.text ?? '' };
		}
		return block;
	}) as unknown as UiKit.LayoutBlock[];
}
