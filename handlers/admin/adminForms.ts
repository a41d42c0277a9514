import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { hiddenFieldsRefusal, planAdminFieldUpdate, planPasswordUpdate } from '../../lib/adminPlan';
import { stateList, stateText, stateToggle } from '../../lib/viewState';
import { ADMIN_FIELDS, typedName } from '../../lib/fields';
import { Input, PasswordMode, PasswordOption, TOGGLE_ON, ViewKind } from '../../lib/ids';
import { isUnchanged, ProfileSnapshot } from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import type { RestFailure, RestOutcome, TwoFactorMethod } from '../../lib/restOutcome';
import { isPlausibleProof, routeProof } from '../../lib/twoFactor';
import type { Invocation } from '../kernel/Invocation';
import { editFormChanges, fieldErrors } from '../kernel/formFields';
import { failureText, reply, replyFailure } from '../kernel/replies';
import { answerWrite, readProof, WriteAnswer, wrongProof } from '../kernel/secondFactor';
import {
	closeModal,
	LinkedSubmission,
	showError,
	showErrors,
	showStep,
} from '../kernel/submission';
import type { PendingOf } from '../kernel/interactions';
import { secondFactorModal } from '../../modals/SecondFactorModal';
import { customFieldSetRefusal, readCustomFields, readFieldRules } from '../kernel/serverRules';
import { adminEditModal } from '../../modals/AdminEditModal';
import { adminPasswordModal } from '../../modals/AdminPasswordModal';
import { viewContext } from '../../modals/ViewContext';
import { openOrOffer } from '../kernel/openModal';
import type { AdminFormPayload } from '../kernel/payloads';
import { refusedWithoutPasswordPermission } from './adminPermissions';
import { checkAdminNewUsername } from '../kernel/usernameCheck';
import { refusedAsLastAdmin } from './lastAdmin';
import {
	ADMIN_CHECK,
	AdminChange,
	isUnknownUser,
	queueAdminWords,
	reportPartial,
	reportSuccess,
	resolveUser,
	secondFactorView,
	sendAdminChange,
} from './adminUpdate';
import { isActiveStepRefusal } from '../../lib/adminPlan';

export const PROOF_NEEDED = {
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
	const customFields = await readCustomFields(inv);
	const payload: AdminFormPayload = { snapshot, customFieldNames: Object.keys(customFields) };
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

/** How an admin change answers its outcome; `otherwise` replies to a failure nothing else explains. */
function adminAnswer(
	s: LinkedSubmission,
	change: AdminChange,
	otherwise: (failure: RestFailure) => Promise<void>,
): Omit<WriteAnswer, 'refusedField'> {
	const { inv, record } = s;
	return {
		done: () => reportSuccess(inv, record.roomId, change),
		retries: (failure) => failure.errorType === 'totp-invalid',
		checkCommand: ADMIN_CHECK,
		failed: async (failure) => {
			if (failure.kind === 'rejected' && isActiveStepRefusal(failure.errorType, failure.details)) {
				await reportPartial(inv, record.roomId, change, failure);
			} else if (failure.kind === 'rate-limited' && change.replayWords) {
				// Queued with the rest: the server remembers a second factor when its turn comes.
				await queueAdminWords(
					inv,
					record.roomId,
					change.replayWords,
					failure.retryAfterSeconds,
					0,
					true,
				);
			} else {
				await otherwise(failure);
			}
		},
	};
}

/**
 * Sends a change from an admin form without proof first (the server may remember a recent second factor). When
 * the server asks for one (`totp-required`), the edit form becomes the same short second-factor step as
 * `/admin-user set` (handlers/kernel/secondFactor.ts answers it); the password form, whose typed password is never
 * kept, carries a field for the admin's own proof and is sent again with it (values kept).
 */
async function sendFromForm(
	s: LinkedSubmission<'admin-password' | 'admin-edit'>,
	change: AdminChange,
): Promise<IUIKitResponse> {
	const { inv, record, credential } = s;
	const typedProof = record.kind === ViewKind.AdminPassword ? stateText(s.state, Input.Code) : '';
	const known = record.payload.proofMethod;
	if (known && typedProof && !isPlausibleProof(known, typedProof)) {
		return wrongProof(s, known);
	}
	let result: RestOutcome = await sendAdminChange(
		inv,
		credential,
		change,
		known && typedProof ? routeProof(known, typedProof) : undefined,
	);
	if (
		!result.ok &&
		result.failure.kind === 'two-factor' &&
		result.failure.errorType === 'totp-required'
	) {
		const method = result.failure.details.method;
		if (record.kind === ViewKind.AdminEdit) {
			return askSecondFactorStep(s, change, method);
		}
		await inv
			.interactions()
			.update({ ...record, payload: { ...record.payload, proofMethod: method } });
		if (!typedProof || known) {
			return showError(s, Input.Code, inv.t(PROOF_NEEDED[method]));
		}
		if (!isPlausibleProof(method, typedProof)) {
			return wrongProof(s, method);
		}
		result = await sendAdminChange(inv, credential, change, routeProof(method, typedProof));
	}
	return answerWrite(s, result, {
		...adminAnswer(s, change, (failure) => replyFailure(inv, record.roomId, failure, ADMIN_CHECK)),
		refusedField: (failure) =>
			isActiveStepRefusal(failure.errorType, failure.details) || record.kind === ViewKind.AdminEdit
				? undefined
				: Input.Code,
	});
}

/**
 * The edit form becomes the second-factor step of its change, under the same view id: the pending interaction
 * turns into the one `/admin-user set` opens (the planned change, never a proof), so one handler answers both.
 */
function askSecondFactorStep(
	s: LinkedSubmission<'admin-password' | 'admin-edit'>,
	change: AdminChange,
	method: TwoFactorMethod,
): Promise<IUIKitResponse> {
	const next: PendingOf<'admin-2fa'> = {
		...s.record,
		kind: ViewKind.AdminSecondFactor,
		payload: {
			change,
			remaining: [],
			view: secondFactorView(ViewKind.AdminEdit, method, change),
		},
	};
	return showStep(s, next, secondFactorModal(viewContext(s.inv), next.nonce, next.payload.view));
}

/** Reads the user again right before writing, so values changed since the form opened are not reverted. */
function freshSnapshot(s: LinkedSubmission<'admin-password' | 'admin-edit'>) {
	return resolveUser(s.inv, s.credential, s.record.payload.snapshot.id);
}

function closeNothingChanged(s: LinkedSubmission) {
	return closeModal(s, () => reply(s.inv, s.record.roomId, { key: 'nothing_changed' }));
}

function closeWithFailure(
	s: LinkedSubmission<'admin-password' | 'admin-edit'>,
	failure: RestFailure,
) {
	const { inv, record } = s;
	return closeModal(s, () =>
		isUnknownUser(failure)
			? reply(inv, record.roomId, {
					key: 'admin_unknown_user',
					params: { user: record.payload.snapshot.username },
			  })
			: replyFailure(inv, record.roomId, failure, ADMIN_CHECK),
	);
}

export async function submitAdminPassword(
	s: LinkedSubmission<'admin-password'>,
): Promise<IUIKitResponse> {
	const { inv, state } = s;
	const password = stateText(state, Input.NewPassword);
	const options = stateList(state, Input.PasswordOptions);
	const random = stateText(state, Input.PasswordMode) === PasswordMode.Random;
	if (random && password) {
		// A choice of one: a typed password is never silently dropped for a random one.
		return showError(s, Input.NewPassword, inv.t('admin_password_random_typed'));
	}
	if (!random && !password.trim()) {
		return showError(s, Input.NewPassword, inv.t('admin_password_need_value'));
	}
	// Read afresh right before sending: a permission revoked while the form was open is not claimed as applied.
	if (await refusedWithoutPasswordPermission(inv, s.record.roomId, s.credential, true)) {
		return closeModal(s);
	}
	const fresh = await freshSnapshot(s);
	if (!fresh.ok) {
		return closeWithFailure(s, fresh.failure);
	}
	const update = planPasswordUpdate(fresh.snapshot, {
		password: random ? undefined : password,
		random,
		requireChange: options.includes(PasswordOption.RequireChange),
		welcomeEmail: options.includes(PasswordOption.Welcome),
	});
	return sendFromForm(s, { kind: 'password', targetUsername: fresh.snapshot.username, update });
}

export async function submitAdminEdit(s: LinkedSubmission<'admin-edit'>): Promise<IUIKitResponse> {
	const { inv, record, state } = s;
	const { snapshot, customFieldNames } = record.payload;
	const changes = editFormChanges(state, snapshot, customFieldNames, ADMIN_FIELDS);
	for (const [input, field] of [
		[Input.Verified, 'verified'],
		[Input.RequirePasswordChange, 'requirePasswordChange'],
		[Input.Active, 'active'],
	] as const) {
		const value = stateToggle(state, input, TOGGLE_ON);
		if (value) {
			changes.push({ input, ref: { kind: 'standard', field }, value });
		}
	}
	// Only what the admin changed in the form, compared with what the form showed.
	const edited = changes.filter((change) => !isUnchanged(snapshot, change));
	const rules = await readFieldRules(inv, edited);
	const errors = fieldErrors(inv, edited, rules);
	if (errors) {
		return showErrors(s, errors);
	}
	if (!edited.length) {
		return closeNothingChanged(s);
	}
	// What redoes this edit after a 429: the same fields as `/admin-user set`, re-planned when it runs.
	const replayWords = [
		'set',
		snapshot.id,
		...edited.map((edit) => `${typedName(edit.ref)}=${edit.value}`),
	];
	const fresh = await freshSnapshot(s);
	if (!fresh.ok) {
		const failure = fresh.failure;
		if (failure.kind === 'rate-limited') {
			return closeModal(s, () =>
				queueAdminWords(inv, record.roomId, replayWords, failure.retryAfterSeconds, 0, true),
			);
		}
		return closeWithFailure(s, failure);
	}
	const update = planAdminFieldUpdate(fresh.snapshot, edited);
	if (!update.lines.length) {
		return closeNothingChanged(s);
	}
	const hidden = hiddenFieldsRefusal(fresh.snapshot, update, rules.customFields);
	if (hidden) {
		return closeModal(s, () => reply(inv, record.roomId, hidden));
	}
	const setRefusal = await customFieldSetRefusal(
		inv,
		update.data.customFields as Record<string, string> | undefined,
	);
	if (setRefusal) {
		return showError(s, setRefusal.input, setRefusal.text);
	}
	if (await refusedAsLastAdmin(inv, record.roomId, s.credential, fresh.snapshot, update)) {
		return closeModal(s);
	}
	const taken = await checkAdminNewUsername(inv, s.credential, update, fresh.snapshot.username);
	if (taken) {
		return showError(s, Input.Username, inv.say(taken));
	}
	return sendFromForm(s, {
		kind: 'fields',
		targetUsername: fresh.snapshot.username,
		update,
		replayWords,
	});
}

/** The second-factor modal of an admin change typed as a command: retried once with the proof. */
export async function submitAdminSecondFactor(
	s: LinkedSubmission<'admin-2fa'>,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	const { change, view, remaining } = record.payload;
	const proof = readProof(s, view.method);
	if ('answer' in proof) {
		return proof.answer;
	}
	const result = await sendAdminChange(
		inv,
		s.credential,
		change,
		routeProof(view.method, proof.typed),
	);
	return answerWrite(s, result, {
		...adminAnswer(s, change, (failure) =>
			reply(inv, record.roomId, {
				key: 'admin_user_failed',
				params: {
					user: change.targetUsername,
					reason: failureText(inv, failure, ADMIN_CHECK),
				},
			}),
		),
		then: async () => {
			if (remaining.length) {
				// The server now remembers the second factor: the other users are processed right after.
				await queueAdminWords(inv, record.roomId, [change.kind, ...remaining], 0, 1, true);
			}
		},
	});
}
