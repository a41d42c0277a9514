import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { FieldChange } from '../lib/args';
import { checkValue } from '../lib/fields';
import { ViewKind } from '../lib/ids';
import { formatChanges } from '../lib/messages';
import { OwnUpdate, ownUpdateBody, planOwnUpdate, snapshotOf } from '../lib/profile';
import type { Credential } from '../lib/restClient';
import type { RestOutcome } from '../lib/restOutcome';
import { chooseOwnChangeMethod, OwnProof, ownChangeNeedsSecondFactor } from '../lib/twoFactor';
import type { SecondFactorView } from '../modals/SecondFactorModal';
import type { Invocation } from './Invocation';
import { enqueue } from './queue';
import { mailCode } from './emailCode';
import { reply, replyFailure } from './replies';
import { readFieldRules, readTwoFactorSettings } from './serverRules';
import { secondFactorModal } from '../modals/SecondFactorModal';
import { viewContext } from '../modals/ViewContext';
import { openOrOffer } from './openModal';

/** What an own change waiting for its second factor remembers: the planned request, never the proof. */
export interface OwnChangePayload {
	update: Pick<OwnUpdate, 'data' | 'customFields'>;
	lines: OwnUpdate['lines'];
	view: SecondFactorView;
}

export async function fetchMe(inv: Invocation, credential: Credential): Promise<RestOutcome> {
	return inv.rest().call('get', 'me', { credential });
}

/** Sends the one users.updateOwnBasicInfo request of a change. */
export async function sendOwnUpdate(
	inv: Invocation,
	credential: Credential,
	update: Pick<OwnUpdate, 'data' | 'customFields'>,
	proof: OwnProof = {},
): Promise<RestOutcome> {
	return inv.rest().call('post', 'users.updateOwnBasicInfo', {
		credential,
		body: ownUpdateBody(update, proof.currentPassword),
		proof: proof.headers,
	});
}

export function successText(inv: Invocation, update: Pick<OwnUpdate, 'data' | 'lines'>): string {
	const text = formatChanges(
		(key, params) => inv.t(key, params),
		inv.t('changed_title'),
		update.lines,
	);
	return update.data.email ? `${text}\n${inv.t('email_change_note')}` : text;
}

/**
 * `/profile set …` and `/profile clear …`: checks every value, reads the profile once, and sends only what
 * changes, in one request; e-mail changes go through the second-factor modal first.
 */
export async function runOwnChange(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
	changes: FieldChange[],
): Promise<void> {
	const rules = await readFieldRules(inv);
	for (const change of changes) {
		const problem = checkValue(change.ref, change.value, rules);
		if (problem) {
			await reply(inv, room, problem);
			return;
		}
	}
	const me = await fetchMe(inv, credential);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const snapshot = snapshotOf(me.body);
	const plan = planOwnUpdate(snapshot, changes);
	if (!plan.lines.length) {
		const [only] = changes;
		await reply(
			inv,
			room,
			changes.length === 1
				? {
						key: 'nothing_to_change',
						params: {
							field: only.ref.field,
							value: only.value ? `“${only.value}”` : inv.t('empty'),
						},
				  }
				: { key: 'nothing_changed' },
		);
		return;
	}
	if (ownChangeNeedsSecondFactor(plan.data)) {
		await askSecondFactor(inv, room, triggerId, credential, me.body, plan);
		return;
	}
	await applyOwnChange(inv, room.id, credential, plan);
}

/** Works out the method before writing, then opens the modal that collects the proof (PRODUCT §4). */
async function askSecondFactor(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
	me: Record<string, unknown>,
	plan: OwnUpdate,
): Promise<void> {
	const method = chooseOwnChangeMethod(me, await readTwoFactorSettings(inv));
	if (method === 'none') {
		await applyOwnChange(inv, room.id, credential, plan);
		return;
	}
	if (method === 'impossible') {
		await reply(inv, room, { key: 'twofa_impossible' });
		return;
	}
	const payload: OwnChangePayload = {
		update: { data: plan.data, customFields: plan.customFields },
		lines: plan.lines,
		view: {
			kind: ViewKind.OwnSecondFactor,
			method,
			fields: plan.lines.map(({ field, custom }) => ({ field, custom })),
		},
	};
	const record = await inv
		.interactions()
		.create(ViewKind.OwnSecondFactor, inv.user.id, room.id, payload);
	await openOrOffer(
		inv,
		record,
		secondFactorModal(viewContext(inv), record.nonce, payload.view),
		triggerId,
		inv.t('twofa_needed_button_text'),
		inv.t('twofa_button'),
	);
	if (method === 'email') {
		await mailCode(inv, room.id, credential, String(me.username ?? inv.user.username));
	}
}

/** Applies a change that needs no proof; a 429 queues it (PRODUCT §7). */
export async function applyOwnChange(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	plan: OwnUpdate,
): Promise<void> {
	const outcome = await sendOwnUpdate(inv, credential, plan);
	if (outcome.ok) {
		await inv.notify(roomId, successText(inv, plan));
		return;
	}
	if (outcome.failure.kind === 'rate-limited') {
		await enqueue(
			inv,
			roomId,
			{ type: 'own-update', body: ownUpdateBody(plan), lines: plan.lines },
			outcome.failure.retryAfterSeconds,
		);
		return;
	}
	await replyFailure(inv, roomId, outcome.failure);
}
