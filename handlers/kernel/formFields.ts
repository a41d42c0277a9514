import type { FieldChange } from '../../lib/args';
import { stateText } from '../../lib/viewState';
import { checkValue, FieldRef, FieldRules, StandardField } from '../../lib/fields';
import { Input } from '../../lib/ids';
import type { ProfileSnapshot } from '../../lib/profile';
import type { Invocation } from './Invocation';

/** Reading the edit forms (own and admin) into field changes, and the errors shown under their fields. */

const EDIT_INPUTS: Array<[string, StandardField]> = [
	[Input.Name, 'name'],
	[Input.Username, 'username'],
	[Input.Nickname, 'nickname'],
	[Input.Bio, 'bio'],
	[Input.Status, 'status'],
	[Input.StatusText, 'statusText'],
	[Input.Email, 'email'],
];

/** Reads an edit form into field changes; a block missing from the submission means "unchanged". */
export function editFormChanges(
	state: unknown,
	snapshot: ProfileSnapshot,
	customFieldNames: string[],
	allowed: readonly StandardField[],
): Array<FieldChange & { input: string }> {
	const changes: Array<FieldChange & { input: string }> = [];
	const blocks = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
	const present = (input: string) => Object.prototype.hasOwnProperty.call(blocks, input);
	for (const [input, field] of EDIT_INPUTS) {
		if (allowed.includes(field) && present(input)) {
			changes.push({
				input,
				ref: { kind: 'standard', field },
				value: stateText(state, input).trim(),
			});
		}
	}
	for (const name of customFieldNames) {
		const input = `${Input.CustomFieldPrefix}${name}`;
		if (present(input)) {
			changes.push({
				input,
				ref: { kind: 'custom', field: name } as FieldRef,
				value: stateText(state, input).trim(),
			});
		}
	}
	// An untouched status select may come back empty: that is no change.
	return changes.filter(
		(change) =>
			!(change.ref.field === 'status' && !change.value) &&
			!(change.ref.field === 'status' && change.value === snapshot.status),
	);
}

/** Errors under the form's fields for values the server would refuse, or undefined when all are fine. */
export function fieldErrors(
	inv: Invocation,
	changes: Array<FieldChange & { input: string }>,
	rules: FieldRules,
): Record<string, string> | undefined {
	const errors: Record<string, string> = {};
	for (const change of changes) {
		const problem = checkValue(change.ref, change.value, rules);
		if (problem) {
			errors[change.input] = inv.say(problem);
		}
	}
	return Object.keys(errors).length ? errors : undefined;
}
