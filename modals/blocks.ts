/**
 * Small builders for @rocket.chat/ui-kit objects (type-only imports: the server renders them, the app ships no
 * ui-kit code). Every element gets explicit blockId and actionId: the engine does not fill them for input blocks.
 */
import type {
	ActionsBlock,
	ButtonElement,
	CheckboxElement,
	ContextBlock,
	InputBlock,
	LayoutBlock,
	Option,
	PlainText,
	RadioButtonElement,
	SectionBlock,
	StaticSelectElement,
	ToggleSwitchElement,
} from '@rocket.chat/ui-kit';

export function plain(text: string): PlainText {
	return { type: 'plain_text', text, emoji: true };
}

export function section(text: string): SectionBlock {
	return { type: 'section', text: { type: 'mrkdwn', text } };
}

export function context(text: string): ContextBlock {
	return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function button(
	appId: string,
	blockId: string,
	actionId: string,
	text: string,
	value?: string,
	style: ButtonElement['style'] = 'primary',
): ButtonElement {
	return { type: 'button', appId, blockId, actionId, text: plain(text), value, style };
}

export function actions(blockId: string, elements: ButtonElement[]): ActionsBlock {
	return { type: 'actions', blockId, elements };
}

export interface TextInputOptions {
	label: string;
	initialValue?: string;
	optional?: boolean;
	multiline?: boolean;
	maxLength?: number;
	hint?: string;
	placeholder?: string;
}

function textInput(appId: string, id: string, options: TextInputOptions): InputBlock {
	return {
		type: 'input',
		blockId: id,
		label: plain(options.label),
		optional: options.optional ?? false,
		hint: options.hint ? plain(options.hint) : undefined,
		element: {
			type: 'plain_text_input',
			appId,
			blockId: id,
			actionId: id,
			initialValue: options.initialValue,
			multiline: options.multiline ?? false,
			maxLength: options.maxLength,
			placeholder: options.placeholder ? plain(options.placeholder) : undefined,
		},
	};
}

export function option(value: string, text: string): Option {
	return { value, text: plain(text) };
}

function selectInput(
	appId: string,
	id: string,
	label: string,
	options: Option[],
	initialValue?: string,
	optional = false,
): InputBlock {
	const element: StaticSelectElement = {
		type: 'static_select',
		appId,
		blockId: id,
		actionId: id,
		placeholder: plain(label),
		options,
		initialValue,
		initialOption: options.find((candidate) => candidate.value === initialValue),
	};
	return { type: 'input', blockId: id, label: plain(label), optional, element };
}

function checkboxInput(
	appId: string,
	id: string,
	label: string,
	options: Option[],
	initial: string[] = [],
): InputBlock {
	const element: CheckboxElement = {
		type: 'checkbox',
		appId,
		blockId: id,
		actionId: id,
		options,
		initialOptions: options.filter((candidate) => initial.includes(candidate.value)),
	};
	return { type: 'input', blockId: id, label: plain(label), optional: true, element };
}

/**
 * Yes/no settings as Rocket.Chat's own forms show them: toggle switches (AdminUserForm.tsx), one option each, the
 * submitted value being the list of the options switched on (fuselage-ui-kit ToggleSwitchElement).
 */
function toggleInput(
	appId: string,
	id: string,
	label: string,
	options: Option[],
	on: string[] = [],
): InputBlock {
	const element: ToggleSwitchElement = {
		type: 'toggle_switch',
		appId,
		blockId: id,
		actionId: id,
		options,
		initialOptions: options.filter((candidate) => on.includes(candidate.value)),
	};
	return { type: 'input', blockId: id, label: plain(label), optional: true, element };
}

/** A choice of exactly one (Rocket.Chat's radio buttons, AdminUserSetRandomPasswordRadios.tsx). */
function radioInput(
	appId: string,
	id: string,
	label: string,
	options: Option[],
	initialValue: string,
): InputBlock {
	const element: RadioButtonElement = {
		type: 'radio_button',
		appId,
		blockId: id,
		actionId: id,
		options,
		initialOption: options.find((candidate) => candidate.value === initialValue),
	};
	return { type: 'input', blockId: id, label: plain(label), optional: false, element };
}

export type Blocks = LayoutBlock[];

/** The interactive elements, bound to the app's id once: every element must name the app that handles it. */
export interface Elements {
	button(
		blockId: string,
		actionId: string,
		text: string,
		value?: string,
		style?: ButtonElement['style'],
	): ButtonElement;
	textInput(id: string, options: TextInputOptions): InputBlock;
	selectInput(
		id: string,
		label: string,
		options: Option[],
		initialValue?: string,
		optional?: boolean,
	): InputBlock;
	checkboxInput(id: string, label: string, options: Option[], initial?: string[]): InputBlock;
	toggleInput(id: string, label: string, options: Option[], on?: string[]): InputBlock;
	radioInput(id: string, label: string, options: Option[], initialValue: string): InputBlock;
	/** A modal's submit button (primary) and close button (secondary): each id serves as block and action id. */
	submitButton(id: string, text: string): ButtonElement;
	closeButton(id: string, text: string): ButtonElement;
}

export function elementsFor(appId: string): Elements {
	return {
		button: (...args) => button(appId, ...args),
		textInput: (...args) => textInput(appId, ...args),
		selectInput: (...args) => selectInput(appId, ...args),
		checkboxInput: (...args) => checkboxInput(appId, ...args),
		toggleInput: (...args) => toggleInput(appId, ...args),
		radioInput: (...args) => radioInput(appId, ...args),
		submitButton: (id, text) => button(appId, id, id, text),
		closeButton: (id, text) => button(appId, id, id, text, undefined, 'secondary'),
	};
}
