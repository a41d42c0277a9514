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
