import { Box, CheckBox } from '@rocket.chat/fuselage';
import { useUiKitState } from '@rocket.chat/fuselage-ui-kit';
import type * as UiKit from '@rocket.chat/ui-kit';

interface Props {
	element: UiKit.CheckboxElement;
	context: UiKit.BlockContext;
	renderText: (text: UiKit.TextObject) => string;
}

/**
 * A `checkbox` input: Rocket.Chat renders it since 6.x, fuselage-ui-kit 0.31 (the last on npm) does not.
 * Built like its other elements: state through useUiKitState, so values and errors come from kitContext.
 */
export function CheckboxElement({ element, context, renderText }: Props) {
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
					<CheckBox
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
