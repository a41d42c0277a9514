/**
 * A status that ends by itself, and the workspace's custom statuses (issue 14 item 1). The timed status is written
 * like any status (handlers/own/ownChange.ts, through the user bridge); this keeps, per user, what comes back when
 * it ends (a persistence record) and one scheduler job that brings it back, behind the same guard as every entry
 * point. Custom statuses are read with `custom-user-status.list` (apps/meteor/app/api/server/v1/custom-user-status.ts),
 * which needs the user's link.
 */
import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IJobContext } from '@rocket.chat/apps-engine/definition/scheduler';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { FieldChange } from '../../lib/args';
import {
	CustomStatus,
	customStatusChanges,
	customStatusesOf,
	findCustomStatus,
} from '../../lib/customStatus';
import type { StatusValue } from '../../lib/fields';
import type { Translatable } from '../../lib/i18n';
import { newNonce, STATUS_RESTORE_PROCESSOR_ID } from '../../lib/ids';
import { statusOf, STATUS_WORDS_TYPED } from '../../lib/keywords';
import { snapshotOfReaderUser } from '../../lib/profile';
import { describeEnd } from '../../lib/statusEnd';
import {
	pairOf,
	PresenceNow,
	previousFor,
	StatusPair,
	StatusRestore,
	stillAsSet,
} from '../../lib/statusRestore';
import { closestWord } from '../../lib/typing';
import { BridgeUpdate, bridgeRefusal, planBridgeUpdate } from '../../lib/userBridge';
import { guard, tellUnexpected } from '../kernel/guard';
import { Invocation } from '../kernel/Invocation';
import { reply, replyFailure } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { readProfileSwitches } from '../kernel/serverRules';
import { RecordStore } from '../kernel/storage';

type AppLike = Parameters<typeof Invocation.create>[0];

/** The bridge write of handlers/own/ownChange.ts, handed in by the app (ownChange already imports this file). */
export type RestoreWrite = (
	inv: Invocation,
	roomId: string,
	user: IUser,
	update: BridgeUpdate,
	options: { title: string },
) => Promise<boolean>;

export const CUSTOM_STATUS_ROUTE = 'custom-user-status.list';

/** The pending restore of each user, keyed by user id: it survives restarts, as the scheduler's job does. */
function restores(read: IRead, persis?: IPersistence): RecordStore<StatusRestore> {
	return new RecordStore<StatusRestore>('status-restore', read.getPersistenceReader(), persis);
}

export function readPendingRestore(inv: Invocation): Promise<StatusRestore | undefined> {
	return restores(inv.read).get(inv.user.id);
}

/** A status or text typed through the app ends any timed status: its restore is dropped (its job finds nothing). */
export async function dropPendingRestore(inv: Invocation): Promise<void> {
	await restores(inv.read, inv.persis).remove(inv.user.id);
}

/** What a timed status would bring back, or undefined when it would bring back what it sets (nothing to time). */
export function timedPair(
	user: PresenceNow,
	update: { status?: string; statusText?: string },
	pending: StatusRestore | undefined,
): { previous: StatusPair; set: StatusPair } | undefined {
	const current = pairOf(user);
	const set = {
		status: update.status ?? current.status,
		statusText: (update.statusText ?? current.statusText).trim(),
	};
	const previous = previousFor(pending, user);
	return previous.status === set.status && previous.statusText === set.statusText
		? undefined
		: { previous, set };
}

/**
 * Remembers what comes back at `endsAt` and schedules the one job that brings it back. A new token replaces the
 * record of an earlier timed status, whose job then finds a token not its own and does nothing: no job id is kept
 * or cancelled (cancelJob with the processor's id would cancel every user's restore:
 * apps/meteor/app/apps/server/bridges/scheduler.ts cancels by name when not given a job's own id).
 */
export async function keepPendingRestore(
	inv: Invocation,
	roomId: string,
	pair: { previous: StatusPair; set: StatusPair },
	endsAt: number,
): Promise<void> {
	const token = newNonce();
	const record: StatusRestore = {
		userId: inv.user.id,
		roomId,
		token,
		previous: pair.previous,
		set: pair.set,
		endsAt: new Date(endsAt).toISOString(),
	};
	await restores(inv.read, inv.persis).put(inv.user.id, record);
	await inv.modify.getScheduler().scheduleOnce({
		id: STATUS_RESTORE_PROCESSOR_ID,
		when: new Date(endsAt),
		data: { userId: inv.user.id, token },
	});
}

/** "Until 17:00 (UTC+2); then your previous status comes back." in the user's language and time zone. */
export function untilNote(inv: Invocation, endsAt: number, now: number): string {
	const end = describeEnd(endsAt, now, inv.user.utcOffset);
	// Composed by the app (a clock time, a zone, a date), not typed by anyone: shown as plain text.
	const params = { time: { text: end.time }, zone: { text: end.zone }, date: { text: end.date } };
	if (end.daysAhead <= 0) {
		return inv.t('status_until', params);
	}
	return inv.t(end.daysAhead === 1 ? 'status_until_tomorrow' : 'status_until_date', params);
}

function isStatusChange(change: FieldChange): boolean {
	return change.ref.kind === 'standard' && change.ref.field === 'status';
}

/** Whether a status value is none of Rocket.Chat's own (nor a typo of one): it may name a custom status. */
function mayNameCustomStatus(value: string): boolean {
	return !statusOf(value) && !closestWord(value, STATUS_WORDS_TYPED);
}

/**
 * `set status <name> [text…]` where the name is no built-in status: the whole of status and text may name one of
 * the workspace's custom statuses (`set status On holiday`, `set status "On holiday"`), which becomes its status
 * type and its name as the text, as Rocket.Chat's status menu does. Returns the changes to make, or undefined
 * once it has answered (not linked, unknown name, request failed). Built-in words are left as they are.
 */
export async function resolveCustomStatus(
	inv: Invocation,
	room: IRoom,
	changes: FieldChange[],
): Promise<FieldChange[] | undefined> {
	const status = changes.find(isStatusChange);
	if (!status || !mayNameCustomStatus(status.value)) {
		return changes;
	}
	const text = changes.find(
		(change) => change.ref.kind === 'standard' && change.ref.field === 'statusText',
	);
	const typed = [status.value, text?.value ?? ''].join(' ').trim();
	const others = changes.filter((change) => change !== status && change !== text);
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		await reply(inv, room, { key: 'error_custom_status_needs_link', params: { value: typed } });
		return undefined;
	}
	const statuses = await fetchCustomStatuses(inv, room, credential);
	if (!statuses) {
		return undefined;
	}
	const match = findCustomStatus(typed, statuses);
	if (!match.found) {
		await reply(
			inv,
			room,
			match.suggestion
				? {
						key: 'error_custom_status_unknown_suggest',
						params: { value: typed, suggestion: match.suggestion },
				  }
				: { key: 'error_custom_status_unknown', params: { value: typed } },
		);
		return undefined;
	}
	return [...customStatusChanges(match.found), ...others];
}

/** One GET custom-user-status.list as the user (any signed-in user may read it; 100 is the server's page cap). */
async function fetchCustomStatuses(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
): Promise<CustomStatus[] | undefined> {
	const outcome = await inv
		.rest()
		.call('get', CUSTOM_STATUS_ROUTE, { credential, params: { count: '100' } });
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure);
		return undefined;
	}
	return customStatusesOf(outcome.body);
}

/** `/profile statuses`: the workspace's custom statuses, each with the status it sets. */
export async function listCustomStatuses(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
): Promise<void> {
	const statuses = await fetchCustomStatuses(inv, room, credential);
	if (!statuses) {
		return;
	}
	if (!statuses.length) {
		await reply(inv, room, { key: 'custom_statuses_none' });
		return;
	}
	const lines = statuses.map((status) =>
		inv.say({
			key: 'custom_status_line',
			params: {
				name: status.name,
				status: {
					text: statusOf(status.statusType)
						? inv.t(`status_${statusOf(status.statusType) as StatusValue}`)
						: inv.t('custom_status_text_only'),
				},
			},
		}),
	);
	await inv.notify(room, [inv.t('custom_statuses_title'), ...lines].join('\n'));
}

/**
 * The scheduler's restore job: the record must still carry the job's token (a newer timed status or a status typed
 * since replaced or dropped it). A user who changed their status outside the app meanwhile keeps it; otherwise
 * the previous status and text come back through the user bridge, with the checks of any bridge write.
 */
export async function restoreStatus(
	app: AppLike,
	job: IJobContext,
	read: IRead,
	modify: IModify,
	http: IHttp,
	persis: IPersistence,
	write: RestoreWrite,
): Promise<void> {
	const userId = typeof job.userId === 'string' ? job.userId : '';
	const store = restores(read, persis);
	const record = userId ? await store.get(userId) : undefined;
	if (!record || record.token !== job.token) {
		return;
	}
	await store.remove(userId);
	const user = await read.getUserReader().getById(userId);
	if (!user) {
		return;
	}
	const inv = await Invocation.create(app, read, modify, http, persis, user, {
		userIsCurrent: true,
	});
	await guard(
		app.getLogger(),
		'status restore',
		async () => {
			if (!stillAsSet(record.set, user)) {
				await reply(inv, record.roomId, { key: 'status_restore_skipped' });
				return;
			}
			const update = planBridgeUpdate(snapshotOfReaderUser(user), [
				{ ref: { kind: 'standard', field: 'status' }, value: record.previous.status },
				{ ref: { kind: 'standard', field: 'statusText' }, value: record.previous.statusText },
			]);
			if (!update.lines.length) {
				return;
			}
			const refusal = bridgeRefusal(update, await readProfileSwitches(inv, update));
			if (refusal) {
				await reply(inv, record.roomId, {
					key: 'status_restore_refused',
					params: { reason: { text: inv.say(refusal as Translatable) } },
				});
				return;
			}
			await write(inv, record.roomId, user, update, { title: inv.t('status_restored_title') });
		},
		() => tellUnexpected(inv, record.roomId),
	);
}
