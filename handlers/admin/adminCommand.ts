import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { AdminRequest, nextRoles, parseAdminCommand } from '../../lib/adminArgs';
import {
	AdminUpdate,
	planActiveUpdate,
	hiddenFieldsRefusal,
	planAdminFieldUpdate,
	planRolesUpdate,
	planVerifyUpdate,
} from '../../lib/adminPlan';
import { ADMIN_FIELDS, checkValue } from '../../lib/fields';
import { ViewKind } from '../../lib/ids';
import { selfLockout } from '../../lib/lastAdmin';
import type { MessageKey, Translatable } from '../../lib/i18n';
import { fieldName, formatProfile } from '../../lib/messages';
import type { ProfileSnapshot } from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import type { RestFailure } from '../../lib/restOutcome';
import type { AdminHandlers } from './adminTypes';
import type { Invocation } from '../kernel/Invocation';
import { failureText, reply, replyFailure, replyNotLinked } from '../kernel/replies';
import { customFieldSetRefusal, readCustomFields, readFieldRules } from '../kernel/serverRules';
import { adminGate } from '../kernel/guard';
import { startAdminForm } from './adminForms';
import { askConfirmation, needsConfirmation } from './adminConfirm';
import { refusedWithoutPasswordPermission } from './adminPermissions';
import { refusedAsLastAdmin } from './lastAdmin';
import {
	ADMIN_CHECK,
	AdminChange,
	isUnknownUser,
	performAdminChange,
	queueAdminWords,
	resolveUser,
} from './adminUpdate';
import { runDoctor } from './doctor';
import { listUsers } from './adminList';
import { prepareAccountAction } from './adminAccount';
import { inviteByEmail } from './adminInvite';
import { startAdminCreate } from './adminCreate';

export function adminFieldList(customFieldNames: string[]): string {
	const standard = ADMIN_FIELDS.map((field) =>
		field === 'statusText'
			? 'text'
			: field === 'requirePasswordChange'
			? 'require-password-change'
			: field,
	);
	return [...standard, ...customFieldNames].join(', ');
}

interface AdminRun {
	inv: Invocation;
	roomId: string;
	triggerId: string | undefined;
	credential: Credential;
	/** How often this command was already queued after a 429 (0 for a typed command). */
	attempts: number;
	/** The admin confirmed these words in the confirmation modal (or a queued run of confirmed words). */
	confirmed: boolean;
}

/** `/admin-user …`: the role check comes first, so a refused user causes no request at all. */
export async function runAdminCommand(
	inv: Invocation,
	room: IRoom,
	args: string[],
	triggerId: string | undefined,
	attempts = 0,
	confirmed = false,
): Promise<void> {
	const gate = await adminGate(inv);
	if (!gate.allowed) {
		await reply(inv, room, { key: 'admin_not_allowed', params: { roles: gate.roles.join(', ') } });
		return;
	}
	const customFields = await readCustomFields(inv);
	const fields = adminFieldList(Object.keys(customFields));
	const parsed = parseAdminCommand(args, customFields);
	if (!parsed.ok) {
		await reply(inv, room, { key: parsed.error.key, params: { fields, ...parsed.error.params } });
		return;
	}
	if (parsed.value.kind === 'help') {
		await reply(inv, room, { key: 'help_admin', params: { fields } });
		return;
	}
	if (parsed.value.kind === 'doctor') {
		// Works unlinked too: the server's settings and /api/info need no credential.
		await runDoctor(inv, room);
		return;
	}
	if (parsed.value.kind === 'set') {
		const { changes } = parsed.value;
		const rules = await readFieldRules(inv, changes);
		for (const change of changes) {
			const problem = checkValue(change.ref, change.value, rules, change.typed);
			if (problem) {
				await reply(inv, room, problem);
				return;
			}
		}
	}
	// Locking oneself out is refused before any request (the target is known from the words alone).
	const lockout = selfLockout(parsed.value, {
		id: inv.user.id,
		username: inv.user.username,
		roles: inv.user.roles ?? [],
	});
	if (lockout) {
		await reply(inv, room, lockout);
		return;
	}
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		await replyNotLinked(inv, room);
		return;
	}
	if (parsed.value.kind === 'list') {
		// A read: never queued, a 429 says when to try again.
		await listUsers(inv, room, credential, parsed.value.query, 0);
		return;
	}
	if (parsed.value.kind === 'create') {
		await startAdminCreate(inv, room.id, triggerId);
		return;
	}
	if (parsed.value.kind === 'invite') {
		await inviteByEmail(inv, room, credential, parsed.value.emails);
		return;
	}
	await dispatch(
		{ inv, roomId: room.id, triggerId, credential, attempts, confirmed },
		parsed.value,
		args,
	);
}

async function reportLookupFailure(
	run: AdminRun,
	user: string,
	failure: RestFailure,
): Promise<void> {
	if (isUnknownUser(failure)) {
		await reply(run.inv, run.roomId, { key: 'admin_unknown_user', params: { user } });
	} else {
		await replyFailure(run.inv, run.roomId, failure, ADMIN_CHECK);
	}
}

async function dispatch(
	run: AdminRun,
	request: Exclude<AdminRequest, { kind: 'help' | 'doctor' | 'list' | 'invite' | 'create' }>,
	args: string[],
): Promise<void> {
	const { inv } = run;
	if ('users' in request) {
		await changeActiveState(run, request.kind, request.users);
		return;
	}
	const resolved = await resolveUser(inv, run.credential, request.user);
	if (!resolved.ok) {
		if (resolved.failure.kind === 'rate-limited') {
			await queueAdminWords(
				inv,
				run.roomId,
				args,
				resolved.failure.retryAfterSeconds,
				run.attempts,
				run.confirmed,
			);
			return;
		}
		await reportLookupFailure(run, request.user, resolved.failure);
		return;
	}
	const snapshot = resolved.snapshot;
	let change: AdminChange;
	switch (request.kind) {
		case 'show':
			await inv.notify(
				run.roomId,
				formatProfile((key, params) => inv.t(key, params), snapshot, true),
			);
			return;
		case 'password':
			if (await refusedWithoutPasswordPermission(inv, run.roomId, run.credential)) {
				return;
			}
			if (await needsConfirmation(inv, run.confirmed)) {
				await askConfirmation(inv, run.roomId, run.triggerId, {
					words: ['password', snapshot.id],
					items: [{ username: snapshot.username, what: 'password' }],
				});
				return;
			}
			await startAdminForm(
				inv,
				run.roomId,
				run.triggerId,
				run.credential,
				snapshot,
				ViewKind.AdminPassword,
			);
			return;
		case 'edit':
			await startAdminForm(
				inv,
				run.roomId,
				run.triggerId,
				run.credential,
				snapshot,
				ViewKind.AdminEdit,
			);
			return;
		case 'set': {
			const update = planAdminFieldUpdate(snapshot, request.changes);
			if (!update.lines.length) {
				await reply(inv, run.roomId, { key: 'nothing_changed' });
				return;
			}
			const hidden = hiddenFieldsRefusal(snapshot, update, await readCustomFields(inv));
			if (hidden) {
				await reply(inv, run.roomId, hidden);
				return;
			}
			const setRefusal = await customFieldSetRefusal(
				inv,
				update.data.customFields as Record<string, string> | undefined,
			);
			if (setRefusal) {
				await inv.notify(run.roomId, setRefusal.text);
				return;
			}
			if (await refusedAsLastAdmin(inv, run.roomId, run.credential, snapshot, update)) {
				return;
			}
			if (update.data.active === false && (await needsConfirmation(inv, run.confirmed))) {
				const t = (key: MessageKey, params?: Translatable['params']) => inv.t(key, params);
				const others = update.lines.filter((line) => line.field !== 'active');
				await askConfirmation(inv, run.roomId, run.triggerId, {
					words: args,
					items: [
						{ username: snapshot.username, what: 'deactivate' },
						...(others.length
							? [
									{
										username: snapshot.username,
										what: 'fields' as const,
										fields: others.map((line) => fieldName(t, line.field, line.custom)),
									},
							  ]
							: []),
					],
				});
				return;
			}
			change = { kind: 'fields', targetUsername: snapshot.username, update, replayWords: args };
			break;
		}
		case 'roles': {
			const roles = nextRoles(snapshot.roles, request.action, request.roles);
			if (roles.join(',') === snapshot.roles.join(',')) {
				await reply(inv, run.roomId, {
					key: 'admin_roles_unchanged',
					params: { username: snapshot.username, roles: snapshot.roles.join(', ') },
				});
				return;
			}
			const update = planRolesUpdate(snapshot, roles);
			if (await refusedAsLastAdmin(inv, run.roomId, run.credential, snapshot, update)) {
				return;
			}
			if (request.action !== 'add' && (await needsConfirmation(inv, run.confirmed))) {
				await askConfirmation(inv, run.roomId, run.triggerId, {
					words: ['roles', snapshot.id, request.action, ...request.roles],
					items: [{ username: snapshot.username, what: 'roles', old: snapshot.roles, new: roles }],
				});
				return;
			}
			change = { kind: 'roles', targetUsername: snapshot.username, update, replayWords: args };
			break;
		}
		case 'verify':
			if (!snapshot.email) {
				await reply(inv, run.roomId, {
					key: 'admin_no_email',
					params: { username: snapshot.username },
				});
				return;
			}
			if (snapshot.emailVerified) {
				await reply(inv, run.roomId, {
					key: 'admin_already_verified',
					params: { username: snapshot.username },
				});
				return;
			}
			change = {
				kind: 'verify',
				targetUsername: snapshot.username,
				update: planVerifyUpdate(snapshot),
				replayWords: args,
			};
			break;
		case 'delete':
		case 'reset-2fa':
		case 'logout': {
			const prepared = await prepareAccountAction(run, request, snapshot, args);
			if (!prepared) {
				return;
			}
			change = prepared;
			break;
		}
	}
	const result = await performAdminChange(
		inv,
		run.roomId,
		run.triggerId,
		run.credential,
		change,
		[],
	);
	if (result.outcome === 'rate-limited') {
		await queueAdminWords(
			inv,
			run.roomId,
			args,
			result.retryAfterSeconds ?? 60,
			run.attempts,
			run.confirmed,
		);
	}
}

/**
 * One user of an activate/deactivate command, read and checked: the update to send, or what to do instead
 * (`skip`: told and next user; `stop`: told or queued, nothing more now).
 */
async function readForActiveChange(
	run: AdminRun,
	kind: 'activate' | 'deactivate',
	users: string[],
	index: number,
): Promise<{ snapshot: ProfileSnapshot; update: AdminUpdate } | 'skip' | 'stop'> {
	const { inv } = run;
	const user = users[index];
	const active = kind === 'activate';
	const resolved = await resolveUser(inv, run.credential, user);
	if (!resolved.ok) {
		if (resolved.failure.kind === 'rate-limited') {
			await queueAdminWords(
				inv,
				run.roomId,
				[kind, ...users.slice(index)],
				resolved.failure.retryAfterSeconds,
				run.attempts,
				run.confirmed,
			);
			return 'stop';
		}
		if (resolved.failure.kind === 'unauthorized') {
			await replyFailure(inv, run.roomId, resolved.failure, ADMIN_CHECK);
			return 'stop';
		}
		if (isUnknownUser(resolved.failure)) {
			await reply(inv, run.roomId, { key: 'admin_unknown_user', params: { user } });
		} else {
			await reply(inv, run.roomId, {
				key: 'admin_user_failed',
				params: { user, reason: failureText(inv, resolved.failure, ADMIN_CHECK) },
			});
		}
		return 'skip';
	}
	const snapshot = resolved.snapshot;
	if (snapshot.active === active) {
		await reply(inv, run.roomId, {
			key: active ? 'admin_already_active' : 'admin_already_inactive',
			params: { username: snapshot.username },
		});
		return 'skip';
	}
	const update = planActiveUpdate(snapshot, active);
	if (await refusedAsLastAdmin(inv, run.roomId, run.credential, snapshot, update)) {
		return 'skip';
	}
	return { snapshot, update };
}

/** Deactivation waits for a confirmation naming every user it would deactivate (each read and checked now). */
async function confirmDeactivation(run: AdminRun, users: string[]): Promise<void> {
	const named: ProfileSnapshot[] = [];
	for (const index of users.keys()) {
		const step = await readForActiveChange(run, 'deactivate', users, index);
		if (step === 'stop') {
			return;
		}
		if (step !== 'skip') {
			named.push(step.snapshot);
		}
	}
	if (named.length) {
		await askConfirmation(run.inv, run.roomId, run.triggerId, {
			words: ['deactivate', ...named.map((snapshot) => snapshot.id)],
			items: named.map((snapshot) => ({ username: snapshot.username, what: 'deactivate' })),
		});
	}
}

/** Several users: each is read, changed and reported on its own; one failure does not stop the others. */
async function changeActiveState(
	run: AdminRun,
	kind: 'activate' | 'deactivate',
	users: string[],
): Promise<void> {
	const { inv } = run;
	if (kind === 'deactivate' && (await needsConfirmation(inv, run.confirmed))) {
		await confirmDeactivation(run, users);
		return;
	}
	for (const index of users.keys()) {
		const step = await readForActiveChange(run, kind, users, index);
		if (step === 'stop') {
			return;
		}
		if (step === 'skip') {
			continue;
		}
		const { snapshot, update } = step;
		const change: AdminChange = {
			kind,
			targetUsername: snapshot.username,
			update,
			replayWords: [kind, snapshot.id],
		};
		const result = await performAdminChange(
			inv,
			run.roomId,
			run.triggerId,
			run.credential,
			change,
			users.slice(index + 1),
		);
		if (result.outcome === 'rate-limited') {
			await queueAdminWords(
				inv,
				run.roomId,
				[kind, ...users.slice(index)],
				result.retryAfterSeconds ?? 60,
				run.attempts,
				run.confirmed,
			);
			return;
		}
		if (result.outcome === 'second-factor' || result.outcome === 'unlinked') {
			return;
		}
	}
}

export const adminHandlers: AdminHandlers = {
	/** A queued admin command runs again when the server allows it, reading each user afresh. */
	async replayQueued(inv, change) {
		if (change.operation.type !== 'admin') {
			return;
		}
		const room = await inv.read.getRoomReader().getById(change.roomId);
		if (room) {
			await runAdminCommand(
				inv,
				room,
				change.operation.words,
				undefined,
				change.attempts + 1,
				change.operation.confirmed === true,
			);
		}
	},
};
