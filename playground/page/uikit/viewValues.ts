import type { ViewStatePayload } from '../../shared/api';

/** What the modal's inputs hold, by action id, as Rocket.Chat's client keeps it. */
export type ViewValues = Record<string, { blockId: string; value: unknown }>;

interface InputElementLike {
	actionId?: string;
	blockId?: string;
	initialValue?: unknown;
	initialOption?: { value: string };
	initialOptions?: Array<{ value: string }>;
}

interface BlockLike {
	type?: string;
	blockId?: string;
	element?: InputElementLike;
}

/** The initial value of every input block (what the client sends for fields nobody touched). */
export function initialValues(blocks: unknown[]): ViewValues {
	const values: ViewValues = {};
	for (const block of blocks as BlockLike[]) {
		const element = block.type === 'input' ? block.element : undefined;
		if (!element?.actionId) {
			continue;
		}
		const blockId = element.blockId ?? block.blockId ?? 'default';
		const value =
			element.initialValue ??
			element.initialOption?.value ??
			element.initialOptions?.map((option) => option.value);
		if (value !== undefined) {
			values[element.actionId] = { blockId, value };
		}
	}
	return values;
}

/** Keeps what was typed; fields the updated view added start from their initial value. */
export function mergeNewFields(current: ViewValues, blocks: unknown[]): ViewValues {
	return { ...initialValues(blocks), ...current };
}

/** `{[blockId]: {[actionId]: value}}`, the `view.state` of a submission. */
export function groupByBlock(values: ViewValues): ViewStatePayload {
	const state: ViewStatePayload = {};
	for (const [actionId, { blockId, value }] of Object.entries(values)) {
		state[blockId] = { ...state[blockId], [actionId]: value };
	}
	return state;
}
