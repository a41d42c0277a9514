import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { parseProfileCommand, ProfileRequest } from '../../lib/args';
import { resolveStatusEnd } from '../../lib/statusEnd';
import { OWN_FIELDS } from '../../lib/fields';
import { formatProfile } from '../../lib/messages';
import { withNickname } from '../../lib/profile';
import type { Credential } from '../kernel/restClient';
import type { Invocation } from '../kernel/Invocation';
import { fetchMe, readOwnSnapshot, runOwnChange } from './ownChange';
import { startEdit, startPassword } from './ownForms';
import { runQueueCommand } from './queueCommand';
import { listCustomStatuses, resolveCustomStatus } from './statusTimer';
import { runAccountRequest } from './account';
import { logout, startLink } from '../link/link';
import { reply, replyFailure, replyNotLinked } from '../kernel/replies';
import { readCustomFields } from '../kernel/serverRules';

/** The field list shown in help and errors: standard fields and the workspace's custom fields. */
export function ownFieldList(customFieldNames: string[]): string {
	const standard = OWN_FIELDS.map((field) => (field === 'statusText' ? 'text' : field));
	return [...standard, ...customFieldNames].join(', ');
}

/** `/profile …`: parses, then runs the sub-command. Every path ends in exactly one private reply or modal. */
export async function runProfileCommand(
	inv: Invocation,
	room: IRoom,
	args: string[],
	triggerId: string | undefined,
): Promise<void> {
	const customFields = await readCustomFields(inv);
	const fields = () => ownFieldList(Object.keys(customFields));
	const parsed = parseProfileCommand(args, customFields);
	if (!parsed.ok) {
		await reply(inv, room, {
			key: parsed.error.key,
			params: { fields: fields(), ...parsed.error.params },
		});
		return;
	}
	const request = parsed.value;
	switch (request.kind) {
		case 'help':
			await reply(inv, room, { key: 'help_profile', params: { fields: fields() } });
			return;
		case 'login':
			await startLink(inv, room.id, triggerId);
			return;
		case 'logout':
			await logout(inv, room);
			return;
		case 'queue':
			await runQueueCommand(inv, room, request.cancel);
			return;
	}
	switch (request.kind) {
		case 'set':
			await runSet(inv, room, triggerId, request);
			return;
		case 'clear':
			await runOwnChange(inv, room, triggerId, [
				{ ref: { kind: 'standard', field: request.field }, value: '' },
			]);
			return;
	}
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		await replyNotLinked(inv, room);
		return;
	}
	switch (request.kind) {
		case 'show':
			await showOwnProfile(inv, room, credential);
			return;
		case 'password':
			await startPassword(inv, room, triggerId, credential);
			return;
		case 'edit':
			await startEdit(inv, room, triggerId, credential);
			return;
		case 'statuses':
			await listCustomStatuses(inv, room, credential);
			return;
		default:
			await runAccountRequest(inv, room, triggerId, credential, request);
	}
}

/**
 * `/profile set …`: a status may name one of the workspace's custom statuses, and may end by itself (`for 1h`,
 * `until 17:00`, resolved in the user's time zone before anything is written).
 */
async function runSet(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	request: Extract<ProfileRequest, { kind: 'set' }>,
): Promise<void> {
	let timer: { endsAt: number; now: number } | undefined;
	if (request.statusEnd) {
		const now = await inv.budget().serverNow();
		const end = resolveStatusEnd(request.statusEnd, now, inv.user.utcOffset);
		if (!end.ok) {
			await reply(inv, room, end.error);
			return;
		}
		timer = { endsAt: end.endsAt, now };
	}
	const changes = await resolveCustomStatus(inv, room, request.changes);
	if (changes) {
		await runOwnChange(inv, room, triggerId, changes, timer);
	}
}

/**
 * `/profile show`: the engine's user reader has everything but the nickname, which one GET /api/v1/me adds for a
 * linked user (a failure of that read is reported as for any request). Unlinked users see the rest, no request.
 */
async function showOwnProfile(
	inv: Invocation,
	room: IRoom,
	credential: Credential | undefined,
): Promise<void> {
	let snapshot = await readOwnSnapshot(inv);
	if (credential) {
		const me = await fetchMe(inv, credential);
		if (!me.ok) {
			await replyFailure(inv, room, me.failure);
			return;
		}
		snapshot = withNickname(snapshot, me.body);
	}
	await inv.notify(
		room,
		formatProfile((key, params) => inv.t(key, params), snapshot, false),
	);
}
