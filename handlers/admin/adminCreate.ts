/**
 * `/admin-user create`: Administration → Users → New in a modal, sent as `POST users.create` with the admin's link
 * (apps/meteor/app/api/server/v1/users.ts; docs/server-rules.md#post-apiv1userscreate). The server's refusals
 * appear under their field; its second factor (8.5+) is asked in the form's own proof field, as in the admin
 * password form, and answered by the one path of handlers/kernel/secondFactor.ts.
 */
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { createRefusalField, planCreate } from '../../lib/adminCreate';
import { Input, PasswordMode, ViewKind } from '../../lib/ids';
import type { RestOutcome } from '../../lib/restOutcome';
import { isPlausibleProof, routeProof } from '../../lib/twoFactor';
import { stateList, stateText } from '../../lib/viewState';
import { adminCreateModal } from '../../modals/AdminCreateModal';
import { viewContext } from '../../modals/ViewContext';
import type { Invocation } from '../kernel/Invocation';
import { openOrOffer } from '../kernel/openModal';
import { reply, replyFailure } from '../kernel/replies';
import { readCustomFields } from '../kernel/serverRules';
import type { TwoFactorProof } from '../kernel/restClient';
import { answerWrite, wrongProof } from '../kernel/secondFactor';
import { LinkedSubmission, showError } from '../kernel/submission';
import { PROOF_NEEDED } from './adminForms';
import { postAudit } from './audit';
import { ADMIN_CHECK } from './adminUpdate';

/** Opens the empty form; nothing is asked of the server before it is submitted. */
export async function startAdminCreate(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
): Promise<void> {
	const [record, definitions] = await Promise.all([
		inv.interactions().create(ViewKind.AdminCreate, inv.user.id, roomId, {}),
		readCustomFields(inv),
	]);
	const title = inv.t('admin_create_title');
	const customFields = Object.entries(definitions).map(([name, definition]) => ({
		name,
		required: definition.required === true,
		options: definition.type === 'select' ? definition.options : undefined,
		defaultValue: typeof definition.defaultValue === 'string' ? definition.defaultValue : undefined,
	}));
	await openOrOffer(
		inv,
		record,
		adminCreateModal(viewContext(inv), record.nonce, customFields),
		triggerId,
		title,
		title,
	);
}

export async function submitAdminCreate(
	s: LinkedSubmission<'admin-create'>,
): Promise<IUIKitResponse> {
	const { inv, state, record, credential } = s;
	// The definitions as they are now: a field added since the form opened is simply not in it.
	const definitions = await readCustomFields(inv);
	const customFields = Object.fromEntries(
		Object.keys(definitions).map((name) => [
			name,
			stateText(state, `${Input.CustomFieldPrefix}${name}`).trim(),
		]),
	);
	const plan = planCreate(
		{
			name: stateText(state, Input.Name),
			username: stateText(state, Input.Username),
			email: stateText(state, Input.Email),
			password: stateText(state, Input.NewPassword),
			random: stateText(state, Input.PasswordMode) === PasswordMode.Random,
			roles: stateText(state, Input.Roles),
			options: stateList(state, Input.CreateOptions),
			customFields,
		},
		definitions,
	);
	if (!plan.ok) {
		return showError(s, plan.field, inv.say(plan.error));
	}
	const send = (proof?: TwoFactorProof): Promise<RestOutcome> =>
		inv.rest().call('post', 'users.create', { credential, body: plan.body, proof });
	const typedProof = stateText(state, Input.Code);
	const known = record.payload.proofMethod;
	if (known && typedProof && !isPlausibleProof(known, typedProof)) {
		return wrongProof(s, known);
	}
	let result = await send(known && typedProof ? routeProof(known, typedProof) : undefined);
	if (
		!result.ok &&
		result.failure.kind === 'two-factor' &&
		result.failure.errorType === 'totp-required'
	) {
		const method = result.failure.details.method;
		await inv
			.interactions()
			.update({ ...record, payload: { ...record.payload, proofMethod: method } });
		if (!typedProof || known) {
			return showError(s, Input.Code, inv.t(PROOF_NEEDED[method]));
		}
		if (!isPlausibleProof(method, typedProof)) {
			return wrongProof(s, method);
		}
		result = await send(routeProof(method, typedProof));
	}
	return answerWrite(s, result, {
		done: () => reportCreated(inv, record.roomId, plan.username, plan.body),
		retries: (failure) => failure.errorType === 'totp-invalid',
		checkCommand: ADMIN_CHECK,
		refusedField: createRefusalField,
		failed: (failure) => replyFailure(inv, record.roomId, failure, ADMIN_CHECK),
	});
}

async function reportCreated(
	inv: Invocation,
	roomId: string,
	username: string,
	body: Record<string, unknown>,
): Promise<void> {
	await reply(inv, roomId, {
		key: body.setRandomPassword ? 'admin_create_done_random' : 'admin_create_done',
		params: { username: `@${username}`, email: String(body.email) },
	});
	const customFields = (body.customFields ?? {}) as Record<string, string>;
	await postAudit(inv, username, [
		{ field: 'username', custom: false },
		{ field: 'name', custom: false },
		{ field: 'email', custom: false },
		...Object.keys(customFields)
			.filter((name) => customFields[name] !== '')
			.map((field) => ({ field, custom: true })),
	]);
}
