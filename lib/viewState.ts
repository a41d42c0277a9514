/** Reading what a modal submitted: plain functions over the view state the client sends. */

/** Reads the submitted value of an input block (state is `{[blockId]: {[actionId]: value}}`). */
export function stateValue(state: unknown, id: string): unknown {
	const block =
		state && typeof state === 'object' ? (state as Record<string, unknown>)[id] : undefined;
	return block && typeof block === 'object' ? (block as Record<string, unknown>)[id] : undefined;
}

/** A submitted text value; anything that is not a string (missing block, wrong type) counts as empty. */
export function stateText(state: unknown, id: string): string {
	const value = stateValue(state, id);
	return typeof value === 'string' ? value : '';
}

export function stateList(state: unknown, id: string): string[] {
	const value = stateValue(state, id);
	return Array.isArray(value)
		? value.filter((item): item is string => typeof item === 'string')
		: [];
}

/**
 * A yes/no toggle (one option, `on`): 'yes' when switched on, 'no' when off, undefined when the block was not
 * submitted at all (nothing is changed then).
 */
export function stateToggle(state: unknown, id: string, on: string): 'yes' | 'no' | undefined {
	const value = stateValue(state, id);
	if (!Array.isArray(value)) {
		return undefined;
	}
	return value.includes(on) ? 'yes' : 'no';
}
