import {
	ACCOUNT_ACTIONS,
	accountActionBody,
	isAccountAction,
	lastOwnerRooms,
} from '../../lib/adminAccount';
import type { AdminUpdate } from '../../lib/adminPlan';
import { isActiveStepRefusal } from '../../lib/adminPlan';
import { ViewKind } from '../../lib/ids';
import { formatChanges, fieldName } from '../../lib/messages';
import { ProfileSnapshot, snapshotOf } from '../../lib/profile';
import type { Credential, TwoFactorProof } from '../kernel/restClient';
import type { RestFailure, RestOutcome, TwoFactorMethod } from '../../lib/restOutcome';
import type { SecondFactorView } from '../../modals/SecondFactorModal';
import type { Invocation } from '../kernel/Invocation';
import { enqueue } from '../kernel/queue';
import { failureText, reply, replyFailure } from '../kernel/replies';
import { openSecondFactor } from '../kernel/openModal';
import { checkAdminNewUsername } from '../kernel/usernameCheck';
import { askRelinquish } from './adminConfirm';
import { postAudit } from './audit';

export const ADMIN_CHECK = '/admin-user show';

/** What kind of admin change, for the reply. */
export type AdminChangeKind =
	| 'fields'
	| 'activate'
	| 'deactivate'
	| 'roles'
	| 'verify'
	| 'password'
	| 'delete'
	| 'reset-totp'
	| 'reset-e2e'
	| 'logout';

export interface AdminChange {
	kind: AdminChangeKind;
	targetUsername: string;
	update: AdminUpdate;
	/** The `/admin-user` words that redo this change after a 429; none for a password (never queued). */
	replayWords?: string[];
}

/** A pending admin change waiting for the second factor: never the proof, never a password. */
export interface AdminSecondFactorPayload {
	change: AdminChange;
	view: SecondFactorView;
	/** Users still to process after this one (activate/deactivate of several users). */
	remaining: string[];
}

export type ResolvedUser =
	| { ok: true; snapshot: ProfileSnapshot }
	| { ok: false; failure: RestFailure };

/** Reads a user (users.info): the first request of every admin change, so nothing unnamed is lost. */
export async function resolveUser(
	inv: Invocation,
	credential: Credential,
	ref: string,
): Promise<ResolvedUser> {
	const outcome = await inv.rest().call<{ user?: Record<string, unknown> }>('get', 'users.info', {
		credential,
		params: { username: ref },
	});
	if (!outcome.ok) {
		return { ok: false, failure: outcome.failure };
	}
	if (!outcome.body.user) {
		return { ok: false, failure: { kind: 'rejected', status: 400, error: 'User not found.' } };
	}
	return { ok: true, snapshot: snapshotOf(outcome.body.user) };
}

export function isUnknownUser(failure: RestFailure): boolean {
	return (
		failure.kind === 'rejected' && /^(User not found|Invalid search query)/.test(failure.error)
	);
}

/**
 * The one request of an admin change: users.update, or an account action's own endpoint (lib/adminAccount.ts)
 * with the user's id.
 */
export async function sendAdminChange(
	inv: Invocation,
	credential: Credential,
	change: Pick<AdminChange, 'kind' | 'update'>,
	proof?: TwoFactorProof,
): Promise<RestOutcome> {
	const { kind, update } = change;
	if (isAccountAction(kind)) {
		return inv.rest().call('post', ACCOUNT_ACTIONS[kind].endpoint, {
			credential,
			body: accountActionBody(update.userId, update.data.confirmRelinquish === true),
			proof,
		});
	}
	return inv.rest().call('post', 'users.update', {
		credential,
		body: { userId: update.userId, data: update.data },
		proof,
	});
}

export function successText(inv: Invocation, change: AdminChange): string {
	const t = (key: Parameters<Invocation['t']>[0], params?: Parameters<Invocation['t']>[1]) =>
		inv.t(key, params);
	const username = change.targetUsername;
	switch (change.kind) {
		case 'activate':
			return inv.t('admin_activated', { username });
		case 'deactivate':
			return inv.t('admin_deactivated', { username });
		case 'roles': {
			const [line] = change.update.lines;
			return inv.t('admin_roles_changed', {
				username,
				old: line.old || t('empty'),
				new: line.new || t('empty'),
			});
		}
		case 'verify':
			return inv.t('admin_verified', { username });
		case 'password':
			return inv.t(
				change.update.data.setRandomPassword
					? 'admin_password_random_set'
					: 'admin_password_changed',
				{ username },
			);
		case 'fields':
			return formatChanges(t, inv.t('changed_title_other', { username }), change.update.lines);
		case 'delete':
			return inv.t('admin_deleted', { username });
		case 'reset-totp':
			return inv.t('admin_totp_reset', { username });
		case 'reset-e2e':
			return inv.t('admin_e2e_reset', { username });
		case 'logout':
			return inv.t('admin_logged_out', { username });
	}
}

/** After a successful change: the reply to the admin and the audit post. */
export async function reportSuccess(
	inv: Invocation,
	roomId: string,
	change: AdminChange,
): Promise<void> {
	await inv.notify(roomId, successText(inv, change));
	const audited =
		change.kind === 'password' ? [{ field: 'password', custom: false }] : change.update.lines;
	await postAudit(inv, change.targetUsername, audited);
}

/** The server saved the other fields, then refused `active` (docs/server-rules.md#usersupdate): say exactly what happened. */
export async function reportPartial(
	inv: Invocation,
	roomId: string,
	change: AdminChange,
	failure: RestFailure,
): Promise<void> {
	const saved = change.update.lines.filter((line) => line.field !== 'active');
	const t = (key: Parameters<Invocation['t']>[0], params?: Parameters<Invocation['t']>[1]) =>
		inv.t(key, params);
	if (!saved.length) {
		await reply(inv, roomId, {
			key: 'admin_user_failed',
			params: { user: change.targetUsername, reason: failureText(inv, failure, ADMIN_CHECK) },
		});
		return;
	}
	await inv.notify(
		roomId,
		inv.t('admin_partial', {
			username: change.targetUsername,
			saved: saved.map((line) => fieldName(t, line.field, line.custom)).join(', '),
			reason: failureText(inv, failure, ADMIN_CHECK),
		}),
	);
	await postAudit(inv, change.targetUsername, saved);
}

/** Line shown for a password change: the field only, never a value. */
const PASSWORD_LINE = { field: 'password', custom: false, old: '', new: '' };

/**
 * The second-factor modal of an admin change: whose profile changes, what, and that the proof is the admin's own.
 * `kind` keeps the id of the view it replaces (the edit form becomes its own 2FA step).
 */
export function secondFactorView(
	kind: ViewKind,
	method: TwoFactorMethod,
	change: AdminChange,
): SecondFactorView {
	return {
		kind,
		method,
		lines: change.kind === 'password' ? [PASSWORD_LINE] : change.update.lines,
		target: change.targetUsername,
	};
}

export type AdminOutcome = 'done' | 'failed' | 'second-factor' | 'rate-limited' | 'unlinked';

/**
 * Sends an admin change without proof first (the server may remember a recent 2FA); on `totp-required` the
 * modal asks for the proof (or a button does, when the 5-second window has passed).
 */
export async function performAdminChange(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
	credential: Credential,
	change: AdminChange,
	remaining: string[],
): Promise<{ outcome: AdminOutcome; retryAfterSeconds?: number }> {
	const taken = await checkAdminNewUsername(inv, credential, change.update, change.targetUsername);
	if (taken) {
		await reply(inv, roomId, taken);
		return { outcome: 'failed' };
	}
	const result = await sendAdminChange(inv, credential, change);
	if (result.ok) {
		await reportSuccess(inv, roomId, change);
		return { outcome: 'done' };
	}
	const failure = result.failure;
	if (failure.kind === 'two-factor' && failure.errorType === 'totp-required') {
		const payload: AdminSecondFactorPayload = {
			change,
			remaining,
			view: secondFactorView(ViewKind.AdminSecondFactor, failure.details.method, change),
		};
		await openSecondFactor(inv, roomId, triggerId, ViewKind.AdminSecondFactor, payload);
		return { outcome: 'second-factor' };
	}
	if (failure.kind === 'rate-limited') {
		return { outcome: 'rate-limited', retryAfterSeconds: failure.retryAfterSeconds };
	}
	if (failure.kind === 'unauthorized') {
		await replyFailure(inv, roomId, failure, ADMIN_CHECK);
		return { outcome: 'unlinked' };
	}
	if (failure.kind === 'rejected' && isActiveStepRefusal(failure.errorType, failure.details)) {
		await reportPartial(inv, roomId, change, failure);
		return { outcome: 'failed' };
	}
	const rooms =
		failure.kind === 'rejected' ? lastOwnerRooms(failure.errorType, failure.details) : undefined;
	if (change.kind === 'delete' && rooms) {
		// Nothing was deleted: the rooms they alone own are named and the deletion asked for again.
		await askRelinquish(inv, roomId, triggerId, change.update.userId, change.targetUsername, rooms);
		return { outcome: 'failed' };
	}
	if (failure.kind === 'forbidden' && isAccountAction(change.kind)) {
		// A route's own 401 (API.v1.unauthorized()) is a refusal, not a lost link (lib/restOutcome.ts).
		await reply(inv, roomId, {
			key: 'admin_action_refused',
			params: { permission: ACCOUNT_ACTIONS[change.kind].permission },
		});
		return { outcome: 'failed' };
	}
	await reply(inv, roomId, {
		key: 'admin_user_failed',
		params: { user: change.targetUsername, reason: failureText(inv, failure, ADMIN_CHECK) },
	});
	return { outcome: 'failed' };
}

/** Queues the rest of an admin command after a 429: it is re-run, reading each user again, when allowed. */
export async function queueAdminWords(
	inv: Invocation,
	roomId: string,
	words: string[],
	retryAfterSeconds: number,
	attempts = 0,
	confirmed = false,
): Promise<void> {
	// A confirmed change is not asked about again when it runs (handlers/admin/adminConfirm.ts).
	const operation = confirmed
		? { type: 'admin' as const, words, confirmed }
		: { type: 'admin' as const, words };
	await enqueue(inv, roomId, operation, retryAfterSeconds, attempts);
}
