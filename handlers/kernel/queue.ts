import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext } from '@rocket.chat/apps-engine/definition/scheduler';

import { QUEUE_PROCESSOR_ID } from '../../lib/ids';
import { QueuedChange, QueuedOperation, QueueStore } from './queueStore';
import { Invocation } from './Invocation';
import { guard, tellUnexpected } from './guard';
import { reply } from './replies';

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

/** Replays a queued operation for its user; `attempts` says how often it was queued already. */
export type Replay = (inv: Invocation, change: QueuedChange) => Promise<void>;

/** The scheduler job: takes the change out of the queue and replays it as its user. */
export async function applyQueuedChange(
	app: AppLike,
	job: IJobContext,
	read: IRead,
	modify: IModify,
	http: IHttp,
	persis: IPersistence,
	replay: Record<QueuedChange['operation']['type'], Replay>,
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
	if (!(await inv.credentials().get(user.id))) {
		await reply(inv, change.roomId, { key: 'queued_dropped_unlinked' });
		return;
	}
	await guard(
		app.getLogger(),
		'queued job',
		() => replay[change.operation.type](inv, change),
		() => tellUnexpected(inv, change.roomId),
	);
}
