/**
 * The workspace's custom statuses (Administration → User Status), chosen by name: `custom-user-status.list`
 * (apps/meteor/app/api/server/v1/custom-user-status.ts) answers `{ statuses: [{ _id, name, statusType }] }`.
 * Choosing one does what Rocket.Chat's status menu does (apps/meteor/client/sidebar/header/hooks/useStatusItems.tsx:
 * `setStatus({ status: statusType, message: name })`): its status type becomes the status, its name the text.
 * Plain functions.
 */
import type { FieldChange } from './args';
import type { StatusValue } from './fields';
import { foldKeyword } from './keywords';
import { closestWord } from './typing';

export interface CustomStatus {
	name: string;
	/** online, away, busy, offline, or '' (custom-user-status.create stores `statusType || ''`). */
	statusType: string;
}

const STATUS_TYPES: readonly string[] = ['online', 'away', 'busy', 'offline'];

/** The statuses of a `custom-user-status.list` answer; entries without a name are skipped. */
export function customStatusesOf(body: Record<string, unknown>): CustomStatus[] {
	const statuses = Array.isArray(body.statuses) ? body.statuses : [];
	return statuses.flatMap((entry: unknown) => {
		const { name, statusType } = (entry ?? {}) as Record<string, unknown>;
		return typeof name === 'string' && name.trim()
			? [{ name, statusType: typeof statusType === 'string' ? statusType : '' }]
			: [];
	});
}

/** Names compare without case, accents or doubled spaces (`on  HOLIDAY` = `On holiday`). */
function comparable(name: string): string {
	return foldKeyword(name).replace(/\s+/g, ' ').trim();
}

export type CustomStatusMatch =
	| { found: CustomStatus }
	| { found?: undefined; suggestion?: string };

/** The custom status a typed name means, else the name it most likely meant. */
export function findCustomStatus(typed: string, statuses: CustomStatus[]): CustomStatusMatch {
	const wanted = comparable(typed);
	const found = statuses.find((status) => comparable(status.name) === wanted);
	if (found) {
		return { found };
	}
	const byComparable = new Map(statuses.map((status) => [comparable(status.name), status.name]));
	const close = closestWord(wanted, [...byComparable.keys()]);
	return { suggestion: close === undefined ? undefined : byComparable.get(close) };
}

/** The changes a custom status makes: its status type (when it has one) and its name as the status text. */
export function customStatusChanges(status: CustomStatus): FieldChange[] {
	const text: FieldChange = { ref: { kind: 'standard', field: 'statusText' }, value: status.name };
	return STATUS_TYPES.includes(status.statusType)
		? [
				{ ref: { kind: 'standard', field: 'status' }, value: status.statusType as StatusValue },
				text,
		  ]
		: [text];
}
