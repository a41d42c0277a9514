import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { waitWords } from '../../lib/budget';
import type { FieldRef } from '../../lib/fields';
import { inert, quoted } from '../../lib/inert';
import { fieldName } from '../../lib/messages';
import type { Invocation } from '../kernel/Invocation';
import { cancelQueued, cancelQueuedField, ownQueue } from '../kernel/queue';
import type { QueuedChange } from '../kernel/queueStore';
import { reply } from '../kernel/replies';

/** A field as the user reads it; a custom field's name is shown inert. */
function nameOf(inv: Invocation, ref: FieldRef): string {
	return ref.kind === 'custom'
		? inert(ref.field)
		: fieldName((key, params) => inv.t(key, params), ref.field, false);
}

/** What a queued change will do; the values the user typed are shown inert. */
function describe(inv: Invocation, change: QueuedChange): string {
	if (change.operation.type === 'admin') {
		return inv.t('queue_admin', { words: change.operation.words.join(' ') });
	}
	return change.operation.changes
		.map(
			({ ref, value }) => `${nameOf(inv, ref)} → ${value === '' ? inv.t('empty') : quoted(value)}`,
		)
		.join(', ');
}

/**
 * `/profile queue`: one's own queued changes with their places; `… cancel <number|all>` removes them, `… cancel
 * <field>` takes one field out (the rest keeps its place).
 */
export async function runQueueCommand(
	inv: Invocation,
	room: IRoom,
	cancel: number | 'all' | FieldRef | undefined,
): Promise<void> {
	if (typeof cancel === 'object') {
		const found = await cancelQueuedField(inv, cancel);
		await reply(inv, room, {
			key: found ? 'queue_cancelled_field' : 'queue_no_field',
			params: { field: nameOf(inv, cancel) },
		});
		return;
	}
	const queued = await ownQueue(inv);
	if (cancel !== undefined) {
		const chosen = cancel === 'all' ? queued : queued.slice(cancel - 1, cancel);
		if (!chosen.length && cancel !== 'all') {
			await reply(inv, room, { key: 'queue_no_such', params: { number: cancel } });
			return;
		}
		const count = await cancelQueued(
			inv,
			chosen.map(({ change }) => change.id),
		);
		await reply(inv, room, { key: 'queue_cancelled', params: { count } });
		return;
	}
	if (!queued.length) {
		await reply(inv, room, { key: 'queue_empty' });
		return;
	}
	const lines = queued.map(({ change, place, waitMs }, index) => {
		const { amount, unit } = waitWords(waitMs);
		return inv.t('queue_line', {
			number: index + 1,
			place,
			wait: `${amount} ${unit}`,
			what: { text: describe(inv, change) },
		});
	});
	await inv.notify(room, [inv.t('queue_title'), ...lines, inv.t('queue_hint')].join('\n'));
}
