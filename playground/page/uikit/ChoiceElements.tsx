import { Box, CheckBox, RadioButton, ToggleSwitch } from '@rocket.chat/fuselage';
import { useUiKitState } from '@rocket.chat/fuselage-ui-kit';
import type * as UiKit from '@rocket.chat/ui-kit';

interface Props<E> {
	element: E;
	context: UiKit.BlockContext;
	renderText: (text: UiKit.TextObject) => string;
}

/** One control per option, any number switched on: the value is the list of options that are on. */
function ManyOfOptions({
	element,
	context,
	renderText,
	Control,
}: Props<UiKit.CheckboxElement | UiKit.ToggleSwitchElement> & {
	Control: typeof CheckBox | typeof ToggleSwitch;
}) {
	const [{ value, loading }, action] = useUiKitState(element, context);
	const selected = Array.isArray(value) ? (value as string[]) : [];
	const toggle = (optionValue: string) => {
		const next = selected.includes(optionValue)
			? selected.filter((candidate) => candidate !== optionValue)
			: [...selected, optionValue];
		action({ target: { value: next } } as never);
	};
	return (
		<Box display='flex' flexDirection='column' width='full'>
			{element.options.map((option) => (
				<Box is='label' key={option.value} display='flex' alignItems='center' mb={4}>
					<Control
						checked={selected.includes(option.value)}
						disabled={loading}
						onChange={() => toggle(option.value)}
					/>
					<Box is='span' mis={8} fontScale='p2' color='default'>
						{renderText(option.text)}
					</Box>
				</Box>
			))}
		</Box>
	);
}

/**
 * A `checkbox` input: Rocket.Chat renders it since 6.x, fuselage-ui-kit 0.31 (the last on npm) does not.
 * Built like its other elements: state through useUiKitState, so values and errors come from kitContext.
 */
export function CheckboxElement(props: Props<UiKit.CheckboxElement>) {
	return <ManyOfOptions {...props} Control={CheckBox} />;
}

/**
 * A `toggle_switch` input, as Rocket.Chat's own fuselage-ui-kit renders it (ToggleSwitchElement.tsx): one switch
 * and label per option; the value is the list of options switched on. fuselage-ui-kit 0.31 lacks it too.
 */
export function ToggleSwitchElement(props: Props<UiKit.ToggleSwitchElement>) {
	return <ManyOfOptions {...props} Control={ToggleSwitch} />;
}

/** A `radio_button` input (Rocket.Chat's RadioButtonElement.tsx): exactly one option; the value is its value. */
export function RadioButtonElement({
	element,
	context,
	renderText,
}: Props<UiKit.RadioButtonElement>) {
	const [{ value, loading }, action] = useUiKitState(element, context);
	return (
		<Box display='flex' flexDirection='column' width='full'>
			{element.options.map((option) => (
				<Box is='label' key={option.value} display='flex' alignItems='center' mb={4}>
					<RadioButton
						checked={value === option.value}
						disabled={loading}
						onChange={() => action({ target: { value: option.value } } as never)}
					/>
					<Box is='span' mis={8} fontScale='p2' color='default'>
						{renderText(option.text)}
					</Box>
				</Box>
			))}
		</Box>
	);
}
