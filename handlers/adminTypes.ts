import type {
	IUIKitResponse,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import type { PendingInteraction } from '../lib/interactions';
import type { QueuedChange } from '../lib/queue';
import type { Credential } from '../lib/restClient';
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
