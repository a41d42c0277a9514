import { quoted } from '../../lib/inert';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { FieldChange } from '../../lib/args';
import { checkValue } from '../../lib/fields';
import { ViewKind } from '../../lib/ids';
import { formatChanges } from '../../lib/messages';
import {
	OwnUpdate,
	ownUpdateBody,
	planOwnUpdate,
	ProfileSnapshot,
	snapshotOfReaderUser,
	withNickname,
} from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import type { RestFailure, RestOutcome } from '../../lib/restOutcome';
import { chooseOwnChangeMethod, OwnProof, ownChangeNeedsSecondFactor } from '../../lib/twoFactor';
import { BridgeUpdate, bridgeRefusal, planBridgeUpdate, splitChanges } from '../../lib/userBridge';
import type { SecondFactorView } from '../../modals/SecondFactorModal';
import { mailCode } from '../kernel/emailCode';
import type { Invocation } from '../kernel/Invocation';
import { openSecondFactor } from '../kernel/openModal';
import { enqueue, Replay } from '../kernel/queue';
import { reply, replyFailure, replyNotLinked } from '../kernel/replies';
import { checkNewUsername } from '../kernel/usernameCheck';
import {
	dropPendingRestore,
	keepPendingRestore,
	readPendingRestore,
	timedPair,
	untilNote,
} from './statusTimer';
import {
	customFieldSetRefusal,
	readFieldRules,
	readProfileSwitches,
	readTwoFactorSettings,
} from '../kernel/serverRules';

/** What an own change waiting for its second factor remembers: the planned request, never the proof. */
export interface OwnChangePayload {
	update: Pick<OwnUpdate, 'data' | 'customFields'>;
	lines: OwnUpdate['lines'];
	view: SecondFactorView;
}

export async function fetchMe(inv: Invocation, credential: Credential): Promise<RestOutcome> {
	return inv.rest().call('get', 'me', { credential });
}

export const OWN_UPDATE_ROUTE = 'users.updateOwnBasicInfo';

/** Sends the one users.updateOwnBasicInfo request of a change. */
export async function sendOwnUpdate(
	inv: Invocation,
	credential: Credential,
	update: Pick<OwnUpdate, 'data' | 'customFields'>,
	proof: OwnProof = {},
): Promise<RestOutcome> {
	return inv.rest().call('post', OWN_UPDATE_ROUTE, {
		credential,
		body: ownUpdateBody(update, proof.currentPassword),
		proof: proof.headers,
	});
}

export function successText(
	inv: Invocation,
	update: Pick<OwnUpdate, 'data' | 'lines'>,
	title = inv.t('changed_title'),
): string {
	const text = formatChanges((key, params) => inv.t(key, params), title, update.lines);
	return update.data.email ? `${text}\n${inv.t('email_change_note')}` : text;
}

/** The invoking user as the engine's user reader has them now (no REST request; read once per invocation). */
export async function readOwnUser(inv: Invocation): Promise<IUser> {
	return (await inv.currentUser()) ?? inv.user;
}

export async function readOwnSnapshot(inv: Invocation): Promise<ProfileSnapshot> {
	return snapshotOfReaderUser(await readOwnUser(inv));
}

/**
 * `/profile set …` and `/profile clear …`: checks every value first. Status, status text and bio go through the
 * user bridge (no link needed, no request); the other fields through one REST request, which needs a link. A
 * command mixing both applies the bridge part, then the REST part as a command of its own would, and answers once.
 */
export async function runOwnChange(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	changes: FieldChange[],
	timer?: { endsAt: number; now: number },
): Promise<void> {
	const rules = await readFieldRules(inv, changes);
	for (const change of changes) {
		const problem = checkValue(change.ref, change.value, rules, change.typed);
		if (problem) {
			await reply(inv, room, problem);
			return;
		}
	}
	const { bridge, rest } = splitChanges(changes);
	// Only the REST part needs the link: a bridge-only change never reads the credential record.
	const credential = rest.length ? await inv.credentials().get(inv.user.id) : undefined;
	const user = await readOwnUser(inv);
	const snapshot = snapshotOfReaderUser(user);
	const bridgeUpdate = planBridgeUpdate(snapshot, bridge);
	const refusal =
		bridgeUpdate.lines.length &&
		bridgeRefusal(bridgeUpdate, await readProfileSwitches(inv, bridgeUpdate));
	if (refusal) {
		await reply(inv, room, refusal);
		return;
	}
	if (rest.length && !credential && !bridgeUpdate.lines.length) {
		await replyNotLinked(inv, room);
		return;
	}
	// A status or text typed through the app ends a timed status; a timed one (handlers/own/statusTimer.ts) keeps
	// what comes back when it ends: what was there before the app's timed statuses.
	const namesStatus = bridge.some((change) => change.ref.field !== 'bio');
	const timed =
		timer && namesStatus ? timedPair(user, bridgeUpdate, await readPendingRestore(inv)) : undefined;
	const note = timed && timer ? untilNote(inv, timer.endsAt, timer.now) : undefined;
	// With a REST part to follow, the command answers once: the bridge's lines wait for its receipt.
	const hold = rest.length > 0 && credential !== undefined;
	if (
		bridgeUpdate.lines.length &&
		!(await applyBridgeUpdate(inv, room, user, bridgeUpdate, { note, hold }))
	) {
		return;
	}
	if (timed && timer) {
		await keepPendingRestore(inv, room.id, timed, timer.endsAt);
		if (!bridgeUpdate.lines.length && note) {
			// Nothing changes now (the timed status is already on): only its end moves.
			await inv.notify(room, note);
		}
	} else if (namesStatus) {
		await dropPendingRestore(inv);
	}
	if (!rest.length) {
		if (!bridgeUpdate.lines.length && !timed) {
			await replyNothingToChange(inv, room.id, changes);
		}
		return;
	}
	if (!credential) {
		await replyNotLinked(inv, room);
		return;
	}
	await changeOwnProfile(inv, room.id, credential, rest, {
		triggerId,
		attempts: 0,
		snapshot,
		quietWhenUnchanged: bridgeUpdate.lines.length > 0,
	});
	// Still held: the REST part changed nothing, or asks for a second factor in a modal.
	const held = inv.takeHeldReceipt();
	if (held) {
		await inv.notify(room, held.text);
	}
}

/**
 * Writes status, status text and bio through IUserUpdater and says what changed. A status goes with the status
 * text it should keep (`updateStatus(user, statusText, status)` hands both to the presence service).
 */
export async function applyBridgeUpdate(
	inv: Invocation,
	room: IRoom | string,
	user: IUser,
	update: BridgeUpdate,
	options: { title?: string; note?: string; hold?: boolean } = {},
): Promise<boolean> {
	const updater = inv.modify.getUpdater().getUserUpdater();
	try {
		if (update.status !== undefined) {
			await updater.updateStatus(user, update.statusText ?? user.statusText ?? '', update.status);
		} else if (update.statusText !== undefined) {
			await updater.updateStatusText(user, update.statusText);
		}
		if (update.bio !== undefined) {
			await updater.updateBio(user, update.bio);
		}
	} catch (error) {
		inv.log('warn', 'user bridge write failed', error instanceof Error ? error.message : 'unknown');
		await reply(inv, room, { key: 'error_bridge_failed' });
		return false;
	}
	const text = successText(inv, { data: {}, lines: update.lines }, options.title);
	const receipt = options.note ? `${text}\n${options.note}` : text;
	if (options.hold) {
		// The REST part of the same command answers next: its receipt includes these lines.
		inv.holdReceipt({ text: receipt, lines: update.lines, note: options.note });
	} else {
		await inv.notify(room, receipt);
	}
	return true;
}

async function replyNothingToChange(
	inv: Invocation,
	roomId: string,
	changes: FieldChange[],
): Promise<void> {
	const [only] = changes;
	await reply(
		inv,
		roomId,
		changes.length === 1
			? {
					key: 'nothing_to_change',
					params: {
						field: only.ref.field,
						value: { text: only.value ? quoted(only.value) : inv.t('empty') },
					},
			  }
			: { key: 'nothing_changed' },
	);
}

function namesNickname(changes: FieldChange[]): boolean {
	return changes.some(
		(change) => change.ref.kind === 'standard' && change.ref.field === 'nickname',
	);
}

/**
 * Plans the one request from the engine's user reader and sends it, or first asks for the second factor. GET
 * /api/v1/me is read only for what the reader lacks: the nickname (when one is named) and the user's second
 * factors (when an e-mail changes). A typed command and a queued one take this same path, so a queued change is
 * planned against the profile of when it lands.
 */
async function changeOwnProfile(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	changes: FieldChange[],
	options: {
		triggerId?: string;
		attempts: number;
		snapshot?: ProfileSnapshot;
		quietWhenUnchanged?: boolean;
	},
): Promise<void> {
	let snapshot = options.snapshot ?? (await readOwnSnapshot(inv));
	// Without a nickname the plan needs no request: when it is one write sent at once, the request asks the budget
	// itself (RestClient) with the same answer as `check` would give, so that is not asked twice.
	let plan = namesNickname(changes) ? undefined : planOwnUpdate(snapshot, changes);
	if (!plan || !writesAtOnce(plan)) {
		// The write's budget is checked first, so a change that would be refused spends no read either.
		const held = await inv.budget().check(OWN_UPDATE_ROUTE);
		if (held) {
			await failOrQueue(inv, roomId, held, changes, options.attempts);
			return;
		}
	}
	let me: Record<string, unknown> | undefined;
	if (!plan) {
		const read = await fetchMe(inv, credential);
		if (!read.ok) {
			await failOrQueue(inv, roomId, read.failure, changes, options.attempts);
			return;
		}
		me = read.body;
		snapshot = withNickname(snapshot, me);
		plan = planOwnUpdate(snapshot, changes);
	}
	if (!plan.lines.length) {
		if (!options.quietWhenUnchanged) {
			await replyNothingToChange(inv, roomId, changes);
		}
		return;
	}
	const setRefusal = await customFieldSetRefusal(inv, plan.customFields);
	if (setRefusal) {
		await inv.notify(roomId, setRefusal.text);
		return;
	}
	if (ownChangeNeedsSecondFactor(plan.data)) {
		if (!me) {
			const read = await fetchMe(inv, credential);
			if (!read.ok) {
				await replyFailure(inv, roomId, read.failure);
				return;
			}
			me = read.body;
		}
		await askSecondFactor(inv, roomId, options.triggerId, credential, me, plan);
		return;
	}
	const newUsername = plan.data.username;
	const taken =
		typeof newUsername === 'string' &&
		(await checkNewUsername(inv, credential, newUsername, snapshot.username));
	if (taken) {
		await reply(inv, roomId, taken);
		return;
	}
	const outcome = await sendOwnUpdate(inv, credential, plan);
	if (outcome.ok) {
		const title = options.attempts > 0 ? inv.t('queued_applied') : inv.t('changed_title');
		const held = inv.takeHeldReceipt();
		const text = successText(
			inv,
			{ ...plan, lines: [...(held?.lines ?? []), ...plan.lines] },
			title,
		);
		await inv.notify(roomId, held?.note ? `${text}\n${held.note}` : text);
		return;
	}
	await failOrQueue(inv, roomId, outcome.failure, changes, options.attempts);
}

/** Whether a plan is one write sent with no request before it (no second factor, no username check). */
function writesAtOnce(plan: OwnUpdate): boolean {
	return (
		plan.lines.length > 0 &&
		!ownChangeNeedsSecondFactor(plan.data) &&
		typeof plan.data.username !== 'string'
	);
}

/** Whether a change carries something only a second factor may send (an e-mail): such changes are never queued. */
function needsProof(changes: FieldChange[]): boolean {
	return changes.some((change) => change.ref.kind === 'standard' && change.ref.field === 'email');
}

const QUEUED_TRANSIENT_RETRIES = 3;
const TRANSIENT_RETRY_SECONDS = 10;

function isTransient(failure: RestFailure): boolean {
	return (
		failure.kind === 'unreachable' || failure.kind === 'timeout' || failure.kind === 'server-error'
	);
}

/**
 * A rate limit (a 429, or the shared budget keeping the request back) on a change without a secret queues it
 * (PRODUCT §7); anything else is reported.
 */
export async function failOrQueue(
	inv: Invocation,
	roomId: string,
	failure: RestFailure,
	changes: FieldChange[],
	attempts: number,
): Promise<void> {
	if (failure.kind === 'rate-limited' && !needsProof(changes)) {
		// Every own change waits in the write's line, whichever of its requests (a /me read first, for a
		// nickname) was kept back: one line, so the places users are told count every own change ahead of theirs.
		await enqueue(
			inv,
			roomId,
			{ type: 'own', changes },
			{ ...failure, route: OWN_UPDATE_ROUTE },
			attempts,
		);
		return;
	}
	const replaying = inv.queueContext?.change;
	if (replaying && isTransient(failure) && replaying.attempts < QUEUED_TRANSIENT_RETRIES) {
		// A queued change is not lost to a network blip: it keeps its place and is tried again shortly.
		await enqueue(
			inv,
			roomId,
			{ type: 'own', changes },
			{
				kind: 'rate-limited',
				retryAfterSeconds: TRANSIENT_RETRY_SECONDS,
				route: replaying.route,
			},
		);
		return;
	}
	await replyFailure(inv, roomId, failure);
}

/** The queue's replay of an own change, with the user's current credential. */
export const replayOwnChange: Replay = async (inv, change) => {
	const credential = await inv.credentials().get(inv.user.id);
	if (credential && change.operation.type === 'own') {
		await changeOwnProfile(inv, change.roomId, credential, change.operation.changes, {
			attempts: change.attempts + 1,
		});
	}
};

/** Works out the method before writing, then opens the modal that collects the proof (PRODUCT §4). */
async function askSecondFactor(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	credential: Credential,
	me: Record<string, unknown>,
	plan: OwnUpdate,
): Promise<void> {
	const method = chooseOwnChangeMethod(me, await readTwoFactorSettings(inv));
	if (method === 'none') {
		// 2FA is switched off on the server: the change goes out as it is.
		const outcome = await sendOwnUpdate(inv, credential, plan);
		await (outcome.ok
			? inv.notify(roomId, successText(inv, plan))
			: replyFailure(inv, roomId, outcome.failure));
		return;
	}
	if (method === 'impossible') {
		await reply(inv, roomId, { key: 'twofa_impossible' });
		return;
	}
	const payload: OwnChangePayload = {
		update: { data: plan.data, customFields: plan.customFields },
		lines: plan.lines,
		view: {
			kind: ViewKind.OwnSecondFactor,
			method,
			lines: plan.lines,
		},
	};
	await openSecondFactor(inv, roomId, triggerId, ViewKind.OwnSecondFactor, payload);
	if (method === 'email') {
		await mailCode(inv, roomId, credential, String(me.username ?? inv.user.username));
	}
}
