import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type {
	IUIKitResponse,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { stateText } from '../lib/viewState';
import { OWN_FIELDS } from '../lib/fields';
import { Input, ViewKind } from '../lib/ids';
import type { PendingInteraction } from './kernel/interactions';
import { planOwnUpdate, snapshotOf } from '../lib/profile';
import type { Credential } from './kernel/restClient';
import type { RestOutcome } from '../lib/restOutcome';
import {
	chooseOwnChangeMethod,
	isPlausibleProof,
	OwnChangeMethod,
	ownChangeProof,
} from '../lib/twoFactor';
import { editProfileModal } from '../modals/EditProfileModal';
import { passwordModal } from '../modals/PasswordModal';
import type { ProofMethod } from '../modals/SecondFactorModal';
import { secondFactorModal } from '../modals/SecondFactorModal';
import { viewContext } from '../modals/ViewContext';
import { editFormChanges, fieldErrors } from './formFields';
import type { Invocation } from './Invocation';
import { openOrOffer } from './openModal';
import { mailCode } from './emailCode';
import { failOrQueue, fetchMe, OwnChangePayload, sendOwnUpdate, successText } from './ownChange';
import type { EditPayload } from './payloads';
import { failureText, forgetCredential, reply, replyFailure } from './replies';
import { readFieldRules, readTwoFactorSettings } from './serverRules';

type Responder = ReturnType<UIKitViewSubmitInteractionContext['getInteractionResponder']>;

/** `/profile password`: the method is known before the form opens, so the form asks for everything at once. */
export async function startPassword(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
): Promise<void> {
	const me = await fetchMe(inv, credential);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const method = chooseOwnChangeMethod(me.body, await readTwoFactorSettings(inv));
	if (method === 'impossible') {
		await reply(inv, room, { key: 'twofa_impossible' });
		return;
	}
	// With 2FA switched off on the server the password field still confirms the change.
	const proof: ProofMethod = method === 'none' ? 'password' : method;
	const record = await inv
		.interactions()
		.create(ViewKind.OwnPassword, inv.user.id, room.id, { method: proof });
	await openOrOffer(
		inv,
		record,
		passwordModal(viewContext(inv), record.nonce, record.payload),
		triggerId,
		inv.t('password_modal_title'),
		inv.t('password_modal_title'),
	);
	if (proof === 'email') {
		await mailCode(inv, room.id, credential, String(me.body.username ?? inv.user.username));
	}
}

/** `/profile edit`: a form with every editable field, prefilled from the server. */
export async function startEdit(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
): Promise<void> {
	const [me, rules] = await Promise.all([fetchMe(inv, credential), readFieldRules(inv)]);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const payload: EditPayload = {
		snapshot: snapshotOf(me.body),
		customFieldNames: Object.keys(rules.customFields),
	};
	const record = await inv.interactions().create(ViewKind.OwnEdit, inv.user.id, room.id, payload);
	const view = editProfileModal(
		viewContext(inv),
		record.nonce,
		payload.snapshot,
		payload.customFieldNames,
	);
	await openOrOffer(
		inv,
		record,
		view,
		triggerId,
		inv.t('edit_modal_title'),
		inv.t('edit_modal_title'),
	);
}

/** What happened to a write made from a modal, as the modal's answer. */
async function answerWrite(
	inv: Invocation,
	record: PendingInteraction,
	outcome: RestOutcome,
	viewId: string,
	responder: Responder,
	onSuccess: () => Promise<void>,
	errorField: string,
	methodSwitch?: {
		current: ProofMethod;
		to(method: ProofMethod): Promise<IUIKitResponse | undefined>;
	},
): Promise<IUIKitResponse> {
	if (outcome.ok) {
		await inv.interactions().remove(record.nonce);
		await onSuccess();
		return responder.successResponse();
	}
	const failure = outcome.failure;
	if (
		failure.kind === 'two-factor' &&
		failure.errorType !== 'totp-max-attempts' &&
		methodSwitch &&
		failure.details.method !== methodSwitch.current
	) {
		// The server checked another factor than the one worked out (the user's 2FA or the server's
		// settings changed since the form opened): ask for that one instead.
		const switched = await methodSwitch.to(failure.details.method);
		if (switched) {
			return switched;
		}
	}
	if (failure.kind === 'two-factor' && failure.errorType !== 'totp-max-attempts') {
		const wrongPassword = failure.details.method === 'password';
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.Code]: inv.t(wrongPassword ? 'twofa_wrong_password' : 'twofa_wrong_code') },
		});
	}
	if (failure.kind === 'rejected' && errorField) {
		// The server refused a value: keep the form open with the reason under the field.
		return responder.viewErrorResponse({
			viewId,
			errors: { [errorField]: failureText(inv, failure) },
		});
	}
	await inv.interactions().remove(record.nonce);
	if (failure.kind === 'unauthorized') {
		await forgetCredential(inv, record.roomId);
	} else if (failure.kind === 'two-factor') {
		await reply(inv, record.roomId, { key: 'twofa_max_attempts' });
	} else {
		await replyFailure(inv, record.roomId, failure);
	}
	return responder.successResponse();
}

function readProof(
	inv: Invocation,
	state: unknown,
	method: ProofMethod,
	viewId: string,
	responder: Responder,
) {
	const typed = stateText(state, Input.Code);
	if (!typed.trim()) {
		return {
			error: responder.viewErrorResponse({
				viewId,
				errors: {
					[Input.Code]: inv.t(method === 'password' ? 'twofa_password_empty' : 'twofa_code_empty'),
				},
			}),
		};
	}
	if (!isPlausibleProof(method, typed)) {
		return {
			error: responder.viewErrorResponse({
				viewId,
				errors: { [Input.Code]: inv.t('twofa_wrong_code') },
			}),
		};
	}
	return { proof: ownChangeProof(method, typed) };
}

/** The second-factor step of an own e-mail change (from `/profile set email` or the edit form). */
export async function submitOwnSecondFactor(
	inv: Invocation,
	record: PendingInteraction<OwnChangePayload>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const { proof, error } = readProof(inv, state, record.payload.view.method, viewId, responder);
	if (error) {
		return error;
	}
	const outcome = await sendOwnUpdate(inv, credential, record.payload.update, proof);
	return answerWrite(
		inv,
		record,
		outcome,
		viewId,
		responder,
		() =>
			inv.notify(
				record.roomId,
				successText(inv, { data: record.payload.update.data, lines: record.payload.lines }),
			),
		'',
		{
			current: record.payload.view.method,
			to: (method) => {
				const view = { ...record.payload.view, method, note: undefined };
				const next = { ...record, payload: { ...record.payload, view } };
				return switchedView(
					inv,
					next,
					secondFactorModal(viewContext(inv), next.nonce, view),
					responder,
				);
			},
		},
	);
}

/** The change-password form: new password twice and the proof, one request. */
export async function submitOwnPassword(
	inv: Invocation,
	record: PendingInteraction<{ method: ProofMethod }>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const newPassword = stateText(state, Input.NewPassword);
	const confirmation = stateText(state, Input.ConfirmPassword);
	if (!newPassword.trim()) {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.NewPassword]: inv.t('error_password_empty') },
		});
	}
	if (newPassword !== confirmation) {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.ConfirmPassword]: inv.t('error_password_mismatch') },
		});
	}
	const { proof, error } = readProof(inv, state, record.payload.method, viewId, responder);
	if (error) {
		return error;
	}
	const outcome = await sendOwnUpdate(inv, credential, { data: { newPassword } }, proof);
	return answerWrite(
		inv,
		record,
		outcome,
		viewId,
		responder,
		() => reply(inv, record.roomId, { key: 'password_changed' }),
		Input.NewPassword,
		{
			current: record.payload.method,
			to: (method) => {
				const next = { ...record, payload: { method } };
				return switchedView(
					inv,
					next,
					passwordModal(viewContext(inv), next.nonce, next.payload),
					responder,
				);
			},
		},
	);
}

/** Stores the method the server asked for and shows the matching proof input in the same modal. */
async function switchedView(
	inv: Invocation,
	next: PendingInteraction,
	view: IUIKitSurfaceViewParam,
	responder: Responder,
): Promise<IUIKitResponse> {
	await inv.interactions().update(next);
	return responder.updateModalViewResponse(view);
}

/** The own edit form: only changed fields, one request; an e-mail change first asks for the second factor. */
export async function submitOwnEdit(
	inv: Invocation,
	record: PendingInteraction<EditPayload>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const { snapshot, customFieldNames } = record.payload;
	const changes = editFormChanges(state, snapshot, customFieldNames, OWN_FIELDS);
	const rules = await readFieldRules(inv);
	const plan = planOwnUpdate(snapshot, changes);
	const changed = changes.filter((change) =>
		plan.lines.some((line) => line.field === change.ref.field),
	);
	const errors = fieldErrors(inv, changed, rules);
	if (errors) {
		return responder.viewErrorResponse({ viewId, errors });
	}
	if (!plan.lines.length) {
		await inv.interactions().remove(record.nonce);
		await reply(inv, record.roomId, { key: 'nothing_changed' });
		return responder.successResponse();
	}
	let method: OwnChangeMethod = 'none';
	if (plan.data.email) {
		const me = await fetchMe(inv, credential);
		if (!me.ok) {
			return answerWrite(inv, record, me, viewId, responder, async () => undefined, '');
		}
		method = chooseOwnChangeMethod(me.body, await readTwoFactorSettings(inv));
	}
	if (method === 'impossible') {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.Email]: inv.t('twofa_impossible') },
		});
	}
	if (method === 'none') {
		const outcome = await sendOwnUpdate(inv, credential, plan);
		if (!outcome.ok && outcome.failure.kind === 'rate-limited') {
			// A change without a secret is queued (or, with an e-mail, the user is told when to retry).
			await inv.interactions().remove(record.nonce);
			await failOrQueue(inv, record.roomId, outcome.failure, changed, 0);
			return responder.successResponse();
		}
		return answerWrite(
			inv,
			record,
			outcome,
			viewId,
			responder,
			() => inv.notify(record.roomId, successText(inv, plan)),
			'',
		);
	}
	// The e-mail changes: the same modal becomes the second-factor step, under the same view id.
	const next: PendingInteraction<OwnChangePayload> = {
		...record,
		kind: ViewKind.OwnSecondFactor,
		payload: {
			update: { data: plan.data, customFields: plan.customFields },
			lines: plan.lines,
			view: {
				kind: ViewKind.OwnEdit,
				method,
				fields: plan.lines.map(({ field, custom }) => ({ field, custom })),
			},
		},
	};
	await inv.interactions().update(next);
	if (method === 'email') {
		await mailCode(inv, record.roomId, credential, snapshot.username);
	}
	return responder.updateModalViewResponse(
		secondFactorModal(viewContext(inv), next.nonce, next.payload.view),
	);
}
