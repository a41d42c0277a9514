import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import type {
	IUIKitResponse,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import type { ViewKind } from '../../lib/ids';
import type { PendingOf } from './interactions';
import type { Credential } from './restClient';
import type { Invocation } from './Invocation';

export type Responder = ReturnType<UIKitViewSubmitInteractionContext['getInteractionResponder']>;

/** One submission of a modal: who, its pending interaction, what was typed, and how to answer the client. */
export interface Submission<K extends ViewKind = ViewKind> {
	inv: Invocation;
	record: PendingOf<K>;
	/** The submitted view state, read with lib/viewState.ts. */
	state: unknown;
	viewId: string;
	responder: Responder;
	/** The submission's trigger id: a modal opened right away (the next step of a confirmed change) uses it. */
	triggerId?: string;
}

/** A submission by a linked user, with the credential its requests are sent with. */
export interface LinkedSubmission<K extends ViewKind = ViewKind> extends Submission<K> {
	credential: Credential;
}

/** Keeps the modal open, with messages under its fields. */
export function showErrors(s: Submission, errors: Record<string, string>): IUIKitResponse {
	return s.responder.viewErrorResponse({ viewId: s.viewId, errors });
}

export function showError(s: Submission, field: string, text: string): IUIKitResponse {
	return showErrors(s, { [field]: text });
}

/** The modal's work is over: its pending interaction is dropped, `then` replies, and the modal closes. */
export async function closeModal(
	s: Submission,
	then?: () => Promise<void>,
): Promise<IUIKitResponse> {
	await s.inv.interactions().remove(s.record.nonce);
	if (then) {
		await then();
	}
	return s.responder.successResponse();
}

/** The same modal shows its next step: the pending interaction remembers it, then the view changes. */
export async function showStep<K extends ViewKind>(
	s: Submission,
	next: PendingOf<K>,
	view: IUIKitSurfaceViewParam,
): Promise<IUIKitResponse> {
	await s.inv.interactions().update(next);
	return s.responder.updateModalViewResponse(view);
}
