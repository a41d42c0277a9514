import type {
	IUIKitResponse,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import type { PendingInteraction } from './kernel/interactions';
import type { QueuedChange } from './kernel/queueStore';
import type { Credential } from './kernel/restClient';
import type { Invocation } from './Invocation';

type Responder = ReturnType<UIKitViewSubmitInteractionContext['getInteractionResponder']>;

/** The /admin-user side of the shared UIKit and queue handlers. */
export interface AdminHandlers {
	submit(
		inv: Invocation,
		record: PendingInteraction,
		credential: Credential,
		state: unknown,
		viewId: string,
		responder: Responder,
	): Promise<IUIKitResponse>;
	replayQueued(inv: Invocation, change: QueuedChange): Promise<void>;
}
