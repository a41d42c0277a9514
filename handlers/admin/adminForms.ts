import type {
	IUIKitResponse,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { hiddenFieldsRefusal, planAdminFieldUpdate, planPasswordUpdate } from '../../lib/adminPlan';
import { stateList, stateText } from '../../lib/viewState';
import { ADMIN_FIELDS, typedName } from '../../lib/fields';
import { Input, PasswordOption, ViewKind } from '../../lib/ids';
import type { PendingInteraction } from '../kernel/interactions';
import { isUnchanged, ProfileSnapshot } from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import type { RestOutcome } from '../../lib/restOutcome';
import { isPlausibleProof, routeProof } from '../../lib/twoFactor';
import type { Invocation } from '../Invocation';
import { editFormChanges, fieldErrors } from '../formFields';
import { failureText, forgetCredential, reply, replyFailure } from '../replies';
import { readFieldRules } from '../serverRules';
import { adminEditModal } from '../../modals/AdminEditModal';
import { adminPasswordModal } from '../../modals/AdminPasswordModal';
import { viewContext } from '../../modals/ViewContext';
import { openOrOffer } from '../openModal';
import type { AdminFormPayload } from '../payloads';
import {
	ADMIN_CHECK,
	AdminChange,
	AdminSecondFactorPayload,
	isUnknownUser,
	queueAdminWords,
	reportPartial,
	reportSuccess,
	resolveUser,
	sendAdminUpdate,
} from './adminUpdate';
import { isActiveStepRefusal } from '../../lib/adminPlan';

type Responder = ReturnType<UIKitViewSubmitInteractionContext['getInteractionResponder']>;

const PROOF_NEEDED = {
	totp: 'admin_proof_needed_totp',
	email: 'admin_proof_needed_email',
	password: 'admin_proof_needed_password',
} as const;

/** `/admin-user password <user>` and `/admin-user edit <user>`: a form about a user read from the server. */
export async function startAdminForm(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	credential: Credential,
	snapshot: ProfileSnapshot,
	kind: typeof ViewKind.AdminPassword | typeof ViewKind.AdminEdit,
): Promise<void> {
	const rules = await readFieldRules(inv);
	const payload: AdminFormPayload = { snapshot, customFieldNames: Object.keys(rules.customFields) };
	const record = await inv.interactions().create(kind, inv.user.id, roomId, payload);
	const title =
		kind === ViewKind.AdminPassword ? 'admin_password_modal_title' : 'edit_modal_title_other';
	const ui = viewContext(inv);
	const view =
		kind === ViewKind.AdminPassword
			? adminPasswordModal(ui, record.nonce, snapshot.username)
			: adminEditModal(ui, record.nonce, snapshot, payload.customFieldNames);
	await openOrOffer(
		inv,
		record,
		view,
		triggerId,
		inv.t(title, { username: snapshot.username }),
		inv.t(title, { username: snapshot.username }),
	);
}

/**
 * Sends a change from an admin form: without proof first unless the server already named its method, and on
 * `totp-required` once more with the proof typed in the form; without one, the form asks for it (values kept).
 */
async function sendFromForm(
	inv: Invocation,
	record: PendingInteraction<AdminFormPayload>,
	credential: Credential,
	change: AdminChange,
	typedProof: string,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const known = record.payload.proofMethod;
	const wrongCode = responder.viewErrorResponse({
		viewId,
		errors: { [Input.Code]: inv.t('twofa_wrong_code') },
	});
	if (known && typedProof && !isPlausibleProof(known, typedProof)) {
		return wrongCode;
	}
	let result: RestOutcome = await sendAdminUpdate(
		inv,
		credential,
		change.update,
		known && typedProof ? routeProof(known, typedProof) : undefined,
	);
	if (
		!result.ok &&
		result.failure.kind === 'two-factor' &&
		result.failure.errorType === 'totp-required'
	) {
		const method = result.failure.details.method;
		if (!typedProof || known) {
			await inv
				.interactions()
				.update({ ...record, payload: { ...record.payload, proofMethod: method } });
			return responder.viewErrorResponse({
				viewId,
				errors: { [Input.Code]: inv.t(PROOF_NEEDED[method]) },
			});
		}
		await inv
			.interactions()
			.update({ ...record, payload: { ...record.payload, proofMethod: method } });
		if (!isPlausibleProof(method, typedProof)) {
			return wrongCode;
		}
		result = await sendAdminUpdate(inv, credential, change.update, routeProof(method, typedProof));
	}
	if (result.ok) {
		await inv.interactions().remove(record.nonce);
		await reportSuccess(inv, record.roomId, change);
		return responder.successResponse();
	}
	const failure = result.failure;
	if (failure.kind === 'two-factor' && failure.errorType === 'totp-invalid') {
		const wrong =
			failure.details.method === 'password' ? 'twofa_wrong_password' : 'twofa_wrong_code';
		return responder.viewErrorResponse({ viewId, errors: { [Input.Code]: inv.t(wrong) } });
	}
	if (failure.kind === 'rejected' && !isActiveStepRefusal(failure.errorType, failure.details)) {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.Code]: failureText(inv, failure, ADMIN_CHECK) },
		});
	}
	await inv.interactions().remove(record.nonce);
	if (failure.kind === 'unauthorized') {
		await forgetCredential(inv, record.roomId);
	} else if (failure.kind === 'two-factor') {
		await reply(inv, record.roomId, { key: 'twofa_max_attempts' });
	} else if (failure.kind === 'rejected') {
		await reportPartial(inv, record.roomId, change, failure);
	} else if (failure.kind === 'rate-limited' && change.replayWords) {
		await queueAdminWords(inv, record.roomId, change.replayWords, failure.retryAfterSeconds);
	} else {
		await replyFailure(inv, record.roomId, failure, ADMIN_CHECK);
	}
	return responder.successResponse();
}

/** Reads the user again right before writing, so values changed since the form opened are not reverted. */
function freshSnapshot(
	inv: Invocation,
	record: PendingInteraction<AdminFormPayload>,
	credential: Credential,
) {
	return resolveUser(inv, credential, record.payload.snapshot.id);
}

async function closeNothingChanged(
	inv: Invocation,
	record: PendingInteraction,
	responder: Responder,
) {
	await inv.interactions().remove(record.nonce);
	await reply(inv, record.roomId, { key: 'nothing_changed' });
	return responder.successResponse();
}

async function closeWithFailure(
	inv: Invocation,
	record: PendingInteraction,
	failure: Parameters<typeof replyFailure>[2],
	responder: Responder,
) {
	await inv.interactions().remove(record.nonce);
	if (isUnknownUser(failure)) {
		await reply(inv, record.roomId, {
			key: 'admin_unknown_user',
			params: { user: (record.payload as AdminFormPayload).snapshot.username },
		});
	} else {
		await replyFailure(inv, record.roomId, failure, ADMIN_CHECK);
	}
	return responder.successResponse();
}

export async function submitAdminPassword(
	inv: Invocation,
	record: PendingInteraction<AdminFormPayload>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const password = stateText(state, Input.NewPassword);
	const options = stateList(state, Input.PasswordOptions);
	const random = options.includes(PasswordOption.Random);
	if (!random && !password.trim()) {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.NewPassword]: inv.t('admin_password_need_value') },
		});
	}
	const fresh = await freshSnapshot(inv, record, credential);
	if (!fresh.ok) {
		return closeWithFailure(inv, record, fresh.failure, responder);
	}
	const update = planPasswordUpdate(fresh.snapshot, {
		password: random ? undefined : password,
		random,
		requireChange: options.includes(PasswordOption.RequireChange),
		welcomeEmail: options.includes(PasswordOption.Welcome),
	});
	const change: AdminChange = { kind: 'password', targetUsername: fresh.snapshot.username, update };
	return sendFromForm(
		inv,
		record,
		credential,
		change,
		stateText(state, Input.Code),
		viewId,
		responder,
	);
}

export async function submitAdminEdit(
	inv: Invocation,
	record: PendingInteraction<AdminFormPayload>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const { snapshot, customFieldNames } = record.payload;
	const changes = editFormChanges(state, snapshot, customFieldNames, ADMIN_FIELDS);
	for (const [input, field] of [
		[Input.Verified, 'verified'],
		[Input.RequirePasswordChange, 'requirePasswordChange'],
		[Input.Active, 'active'],
	] as const) {
		const value = stateText(state, input);
		if (value) {
			changes.push({ input, ref: { kind: 'standard', field }, value });
		}
	}
	// Only what the admin changed in the form, compared with what the form showed.
	const edited = changes.filter((change) => !isUnchanged(snapshot, change));
	const rules = await readFieldRules(inv);
	const errors = fieldErrors(inv, edited, rules);
	if (errors) {
		return responder.viewErrorResponse({ viewId, errors });
	}
	if (!edited.length) {
		return closeNothingChanged(inv, record, responder);
	}
	// What redoes this edit after a 429: the same fields as `/admin-user set`, re-planned when it runs.
	const replayWords = [
		'set',
		snapshot.id,
		...edited.map((edit) => `${typedName(edit.ref)}=${edit.value}`),
	];
	const fresh = await freshSnapshot(inv, record, credential);
	if (!fresh.ok) {
		if (fresh.failure.kind === 'rate-limited') {
			await inv.interactions().remove(record.nonce);
			await queueAdminWords(inv, record.roomId, replayWords, fresh.failure.retryAfterSeconds);
			return responder.successResponse();
		}
		return closeWithFailure(inv, record, fresh.failure, responder);
	}
	const update = planAdminFieldUpdate(fresh.snapshot, edited);
	const change: AdminChange = {
		kind: 'fields',
		targetUsername: fresh.snapshot.username,
		update,
		replayWords,
	};
	if (!update.lines.length) {
		return closeNothingChanged(inv, record, responder);
	}
	const hidden = hiddenFieldsRefusal(fresh.snapshot, update, rules.customFields);
	if (hidden) {
		await inv.interactions().remove(record.nonce);
		await reply(inv, record.roomId, hidden);
		return responder.successResponse();
	}
	return sendFromForm(
		inv,
		record,
		credential,
		change,
		stateText(state, Input.Code),
		viewId,
		responder,
	);
}

/** The second-factor modal of an admin change typed as a command: retried once with the proof. */
export async function submitAdminSecondFactor(
	inv: Invocation,
	record: PendingInteraction<AdminSecondFactorPayload>,
	credential: Credential,
	state: unknown,
	viewId: string,
	responder: Responder,
): Promise<IUIKitResponse> {
	const { change, view, remaining } = record.payload;
	const typed = stateText(state, Input.Code);
	if (!typed.trim()) {
		return responder.viewErrorResponse({
			viewId,
			errors: {
				[Input.Code]: inv.t(
					view.method === 'password' ? 'twofa_password_empty' : 'twofa_code_empty',
				),
			},
		});
	}
	if (!isPlausibleProof(view.method, typed)) {
		return responder.viewErrorResponse({
			viewId,
			errors: { [Input.Code]: inv.t('twofa_wrong_code') },
		});
	}
	const result = await sendAdminUpdate(
		inv,
		credential,
		change.update,
		routeProof(view.method, typed),
	);
	if (
		!result.ok &&
		result.failure.kind === 'two-factor' &&
		result.failure.errorType === 'totp-invalid'
	) {
		const wrong =
			result.failure.details.method === 'password' ? 'twofa_wrong_password' : 'twofa_wrong_code';
		return responder.viewErrorResponse({ viewId, errors: { [Input.Code]: inv.t(wrong) } });
	}
	await inv.interactions().remove(record.nonce);
	if (result.ok) {
		await reportSuccess(inv, record.roomId, change);
	} else if (result.failure.kind === 'unauthorized') {
		await forgetCredential(inv, record.roomId);
		return responder.successResponse();
	} else if (result.failure.kind === 'two-factor') {
		await reply(inv, record.roomId, {
			key:
				result.failure.errorType === 'totp-max-attempts'
					? 'twofa_max_attempts'
					: 'error_two_factor',
		});
		return responder.successResponse();
	} else if (
		result.failure.kind === 'rejected' &&
		isActiveStepRefusal(result.failure.errorType, result.failure.details)
	) {
		await reportPartial(inv, record.roomId, change, result.failure);
	} else if (result.failure.kind === 'rate-limited' && change.replayWords) {
		// Queued with the rest: the server remembers the second factor when its turn comes.
		await queueAdminWords(inv, record.roomId, change.replayWords, result.failure.retryAfterSeconds);
	} else {
		await reply(inv, record.roomId, {
			key: 'admin_user_failed',
			params: {
				user: change.targetUsername,
				reason: failureText(inv, result.failure, ADMIN_CHECK),
			},
		});
	}
	if (remaining.length) {
		// The server now remembers the second factor: the other users are processed right after.
		await queueAdminWords(inv, record.roomId, [change.kind, ...remaining], 0, 1);
	}
	return responder.successResponse();
}
