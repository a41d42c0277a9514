import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { Input } from '../../lib/ids';
import type { RestFailure, RestOutcome, TwoFactorMethod } from '../../lib/restOutcome';
import { isPlausibleProof } from '../../lib/twoFactor';
import { stateText } from '../../lib/viewState';
import { failureText, forgetCredential, reply } from './replies';
import { closeModal, showError, Submission } from './submission';

type TwoFactorFailure = Extract<RestFailure, { kind: 'two-factor' }>;
type Refusal = Extract<RestFailure, { kind: 'rejected' }>;

/** The answer to a wrong proof, under the proof field: the password and the codes are told apart. */
export function wrongProof(s: Submission, method: TwoFactorMethod): IUIKitResponse {
	return showError(
		s,
		Input.Code,
		s.inv.t(method === 'password' ? 'twofa_wrong_password' : 'twofa_wrong_code'),
	);
}

/**
 * The proof typed in a modal that requires one: an empty or impossible one is answered under the field, without
 * a request (a code that a header cannot carry is wrong anyway).
 */
export function readProof(
	s: Submission,
	method: TwoFactorMethod,
): { typed: string } | { answer: IUIKitResponse } {
	const typed = stateText(s.state, Input.Code);
	if (!typed.trim()) {
		const empty = method === 'password' ? 'twofa_password_empty' : 'twofa_code_empty';
		return { answer: showError(s, Input.Code, s.inv.t(empty)) };
	}
	if (!isPlausibleProof(method, typed)) {
		return { answer: showError(s, Input.Code, s.inv.t('twofa_wrong_code')) };
	}
	return { typed };
}

/** What differs between the own and the admin answers to a write made from a modal. */
export interface WriteAnswer {
	/** After a success, once the modal is closed: the reply (and the audit post). */
	done(): Promise<void>;
	/** Which refusals of the second factor keep the modal open for another try. */
	retries(failure: TwoFactorFailure): boolean;
	/**
	 * The server checked another factor than the one the modal asks for (the user's 2FA or the server's settings
	 * changed since it opened): the modal for that one instead, if the flow can show it.
	 */
	switchMethod?(method: TwoFactorMethod): Promise<IUIKitResponse | undefined>;
	/** A value the server refused: the field it is shown under, the modal staying open (none: the modal closes). */
	refusedField?(failure: Refusal): string | undefined;
	/** The command a failure text points to, to check what happened. */
	checkCommand?: string;
	/** Any other failure, once the modal is closed: the reply, a report of what was saved, or a queued retry. */
	failed(failure: RestFailure): Promise<void>;
	/** Last, after a success or a failure reported by `failed`: the work that was waiting for this one. */
	then?(): Promise<void>;
}

/**
 * The one answer to a write made from a modal (own or admin): a wrong proof under the field, a refused value under
 * its field, a lost link forgotten (401), too many attempts told; the rest closes the modal and is answered by
 * the flow (`answer`), which also queues a rate-limited change.
 */
export async function answerWrite(
	s: Submission,
	outcome: RestOutcome,
	answer: WriteAnswer,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	if (outcome.ok) {
		return closeModal(s, async () => {
			await answer.done();
			await answer.then?.();
		});
	}
	const failure = outcome.failure;
	if (failure.kind === 'two-factor' && answer.retries(failure)) {
		const switched = await answer.switchMethod?.(failure.details.method);
		return switched ?? wrongProof(s, failure.details.method);
	}
	const field = failure.kind === 'rejected' ? answer.refusedField?.(failure) : undefined;
	if (failure.kind === 'rejected' && field) {
		return showError(s, field, failureText(inv, failure, answer.checkCommand));
	}
	return closeModal(s, async () => {
		if (failure.kind === 'unauthorized') {
			await forgetCredential(inv, record.roomId);
		} else if (failure.kind === 'two-factor') {
			const maxed = failure.errorType === 'totp-max-attempts';
			await reply(inv, record.roomId, { key: maxed ? 'twofa_max_attempts' : 'error_two_factor' });
		} else {
			await answer.failed(failure);
			await answer.then?.();
		}
	});
}
