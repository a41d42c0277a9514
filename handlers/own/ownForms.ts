import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { stateText } from '../../lib/viewState';
import { OWN_FIELDS } from '../../lib/fields';
import { Input, ViewKind } from '../../lib/ids';
import type { PendingOf } from '../kernel/interactions';
import { planOwnUpdate, snapshotOf } from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import { chooseOwnChangeMethod, OwnChangeMethod, ownChangeProof } from '../../lib/twoFactor';
import { editProfileModal } from '../../modals/EditProfileModal';
import { passwordModal } from '../../modals/PasswordModal';
import type { ProofMethod } from '../../modals/SecondFactorModal';
import { secondFactorModal } from '../../modals/SecondFactorModal';
import { viewContext } from '../../modals/ViewContext';
import { editFormChanges, fieldErrors } from '../kernel/formFields';
import type { Invocation } from '../kernel/Invocation';
import { openOrOffer } from '../kernel/openModal';
import { mailCode } from '../kernel/emailCode';
import { failOrQueue, fetchMe, sendOwnUpdate, successText } from './ownChange';
import type { EditPayload } from '../kernel/payloads';
import { reply, replyFailure } from '../kernel/replies';
import { answerWrite, readProof, WriteAnswer } from '../kernel/secondFactor';
import {
	closeModal,
	LinkedSubmission,
	showError,
	showErrors,
	showStep,
} from '../kernel/submission';
import {
	customFieldSetRefusal,
	readCustomFields,
	readFieldRules,
	readTwoFactorSettings,
} from '../kernel/serverRules';

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
	const [me, customFields] = await Promise.all([fetchMe(inv, credential), readCustomFields(inv)]);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const payload: EditPayload = {
		snapshot: snapshotOf(me.body),
		customFieldNames: Object.keys(customFields),
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

/** How an own change answers its outcome; `switchTo` shows the modal for another factor, when the flow can. */
function ownAnswer(
	s: LinkedSubmission,
	done: () => Promise<void>,
	switchTo?: { current: ProofMethod; show(method: ProofMethod): Promise<IUIKitResponse> },
	refusedField?: string,
): WriteAnswer {
	return {
		done,
		retries: (failure) => failure.errorType !== 'totp-max-attempts',
		switchMethod: async (method) =>
			switchTo && method !== switchTo.current ? switchTo.show(method) : undefined,
		refusedField: () => refusedField,
		failed: (failure) => replyFailure(s.inv, s.record.roomId, failure),
	};
}

/** The second-factor step of an own e-mail change (from `/profile set email` or the edit form). */
export async function submitOwnSecondFactor(
	s: LinkedSubmission<'own-2fa'>,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	const { update, lines, view } = record.payload;
	const proof = readProof(s, view.method);
	if ('answer' in proof) {
		return proof.answer;
	}
	const outcome = await sendOwnUpdate(
		inv,
		s.credential,
		update,
		ownChangeProof(view.method, proof.typed),
	);
	return answerWrite(
		s,
		outcome,
		ownAnswer(s, () => inv.notify(record.roomId, successText(inv, { data: update.data, lines })), {
			current: view.method,
			show: (method) => {
				const next = {
					...record,
					payload: { ...record.payload, view: { ...view, method, note: undefined } },
				};
				return showStep(
					s,
					next,
					secondFactorModal(viewContext(inv), next.nonce, next.payload.view),
				);
			},
		}),
	);
}

/** The change-password form: new password twice and the proof, one request. */
export async function submitOwnPassword(
	s: LinkedSubmission<'own-password'>,
): Promise<IUIKitResponse> {
	const { inv, record, state } = s;
	const newPassword = stateText(state, Input.NewPassword);
	const confirmation = stateText(state, Input.ConfirmPassword);
	if (!newPassword.trim()) {
		return showError(s, Input.NewPassword, inv.t('error_password_empty'));
	}
	if (newPassword !== confirmation) {
		return showError(s, Input.ConfirmPassword, inv.t('error_password_mismatch'));
	}
	const proof = readProof(s, record.payload.method);
	if ('answer' in proof) {
		return proof.answer;
	}
	const outcome = await sendOwnUpdate(
		inv,
		s.credential,
		{ data: { newPassword } },
		ownChangeProof(record.payload.method, proof.typed),
	);
	return answerWrite(
		s,
		outcome,
		ownAnswer(
			s,
			() => reply(inv, record.roomId, { key: 'password_changed' }),
			{
				current: record.payload.method,
				show: (method) => {
					const next = { ...record, payload: { method } };
					return showStep(s, next, passwordModal(viewContext(inv), next.nonce, next.payload));
				},
			},
			Input.NewPassword,
		),
	);
}

/** The own edit form: only changed fields, one request; an e-mail change first asks for the second factor. */
export async function submitOwnEdit(s: LinkedSubmission<'own-edit'>): Promise<IUIKitResponse> {
	const { inv, record, credential } = s;
	const { snapshot, customFieldNames } = record.payload;
	const changes = editFormChanges(s.state, snapshot, customFieldNames, OWN_FIELDS);
	const plan = planOwnUpdate(snapshot, changes);
	const changed = changes.filter((change) =>
		plan.lines.some((line) => line.field === change.ref.field),
	);
	const rules = await readFieldRules(inv, changed);
	const errors = fieldErrors(inv, changed, rules);
	if (errors) {
		return showErrors(s, errors);
	}
	if (!plan.lines.length) {
		return closeModal(s, () => reply(inv, record.roomId, { key: 'nothing_changed' }));
	}
	const setRefusal = await customFieldSetRefusal(inv, plan.customFields);
	if (setRefusal) {
		return showErrors(s, { [setRefusal.input]: setRefusal.text });
	}
	let method: OwnChangeMethod = 'none';
	if (plan.data.email) {
		const me = await fetchMe(inv, credential);
		if (!me.ok) {
			return answerWrite(
				s,
				me,
				ownAnswer(s, async () => undefined),
			);
		}
		method = chooseOwnChangeMethod(me.body, await readTwoFactorSettings(inv));
	}
	if (method === 'impossible') {
		return showError(s, Input.Email, inv.t('twofa_impossible'));
	}
	if (method === 'none') {
		const outcome = await sendOwnUpdate(inv, credential, plan);
		if (!outcome.ok && outcome.failure.kind === 'rate-limited') {
			// A change without a secret is queued (or, with an e-mail, the user is told when to retry).
			const failure = outcome.failure;
			return closeModal(s, () => failOrQueue(inv, record.roomId, failure, changed, 0));
		}
		return answerWrite(
			s,
			outcome,
			ownAnswer(s, () => inv.notify(record.roomId, successText(inv, plan))),
		);
	}
	// The e-mail changes: the same modal becomes the second-factor step, under the same view id.
	const next: PendingOf<'own-2fa'> = {
		...record,
		kind: ViewKind.OwnSecondFactor,
		payload: {
			update: { data: plan.data, customFields: plan.customFields },
			lines: plan.lines,
			view: {
				kind: ViewKind.OwnEdit,
				method,
				lines: plan.lines,
			},
		},
	};
	await inv.interactions().update(next);
	if (method === 'email') {
		await mailCode(inv, record.roomId, credential, snapshot.username);
	}
	return s.responder.updateModalViewResponse(
		secondFactorModal(viewContext(inv), next.nonce, next.payload.view),
	);
}
