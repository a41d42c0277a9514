import type { QueuedChange } from '../kernel/queueStore';
import type { Invocation } from '../kernel/Invocation';

/** The /admin-user side of the queue, handed in by the app class (the admin flows are required once). */
export interface AdminHandlers {
	replayQueued(inv: Invocation, change: QueuedChange): Promise<void>;
}
