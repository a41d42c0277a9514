import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext } from '@rocket.chat/apps-engine/definition/scheduler';

import { formatChanges } from '../lib/messages';
import { QUEUE_PROCESSOR_ID, QueuedChange, QueuedOperation, QueueStore } from '../lib/queue';
import { Invocation } from './Invocation';
import { forgetCredential, reply, replyFailure } from './replies';

type AppLike = Parameters<typeof Invocation.create>[0];

/** Queues a rate-limited change and schedules its application when the server allows it. */
export async function enqueue(
	inv: Invocation,
	roomId: string,
	operation: QueuedOperation,
	retryAfterSeconds: number,
	attempts = 0,
): Promise<void> {
	const when = new Date(Date.now() + retryAfterSeconds * 1000);
	const change = await new QueueStore(inv.read.getPersistenceReader(), inv.persis).add(
		inv.user.id,
		roomId,
		operation,
		when,
		attempts,
	);
	await inv.modify
		.getScheduler()
		.scheduleOnce({ id: QUEUE_PROCESSOR_ID, when, data: { queueId: change.id } });
	if (attempts === 0) {
		await reply(inv, roomId, { key: 'queued', params: { seconds: retryAfterSeconds } });
	}
}

/** Hooks for operations the queue does not know itself (admin commands re-run when their turn comes). */
export type AdminReplay = (inv: Invocation, change: QueuedChange) => Promise<void>;

/** The scheduler job: takes the change out of the queue, applies it with the user's credential, reports. */
export async function applyQueuedChange(
	app: AppLike,
	job: IJobContext,
	read: IRead,
	modify: IModify,
	http: IHttp,
	persis: IPersistence,
	replayAdmin: AdminReplay,
): Promise<void> {
	const change = await new QueueStore(read.getPersistenceReader(), persis).take(
		String(job.queueId ?? ''),
	);
	if (!change) {
		return;
	}
	const user = await read.getUserReader().getById(change.userId);
	if (!user) {
		return;
	}
	const inv = await Invocation.create(app, read, modify, http, persis, user);
	if (change.operation.type === 'admin') {
		await replayAdmin(inv, change);
		return;
	}
	const credential = await inv.credentials().get(user.id);
	if (!credential) {
		await reply(inv, change.roomId, { key: 'queued_dropped_unlinked' });
		return;
	}
	const outcome = await inv
		.rest()
		.call('post', 'users.updateOwnBasicInfo', { credential, body: change.operation.body });
	if (outcome.ok) {
		await inv.notify(
			change.roomId,
			formatChanges(
				(key, params) => inv.t(key, params),
				inv.t('queued_applied'),
				change.operation.lines,
			),
		);
		return;
	}
	if (outcome.failure.kind === 'rate-limited') {
		await enqueue(
			inv,
			change.roomId,
			change.operation,
			outcome.failure.retryAfterSeconds,
			change.attempts + 1,
		);
		return;
	}
	if (outcome.failure.kind === 'unauthorized') {
		await forgetCredential(inv, change.roomId);
		return;
	}
	await replyFailure(inv, change.roomId, outcome.failure);
}
