import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { actions, section } from '../../modals/blocks';
import { viewContext } from '../../modals/ViewContext';
import { describeFailure } from '../../lib/errors';
import type { Translatable } from '../../lib/i18n';
import { Action, Block } from '../../lib/ids';
import { hostOf } from '../../lib/origin';
import type { RestFailure } from '../../lib/restOutcome';
import type { Invocation } from './Invocation';
import { keepForAfterLink, shownCommand } from './resume';

/** A reply with a button that opens the "Link your account" modal. */
export async function replyWithLinkButton(
	inv: Invocation,
	room: IRoom | string,
	text: string,
	label = inv.t('button_link_account'),
): Promise<void> {
	await inv.notify(room, text, [
		section(text),
		actions(Block.LinkButton, [
			viewContext(inv).button(Block.LinkButton, Action.OpenLinkModal, label),
		]),
	]);
}

/**
 * No usable link: the user is offered one, and told why when the stored one belongs to another server. A slash
 * command that stopped here is kept and runs by itself once the link succeeds (./resume.ts).
 */
export async function replyNotLinked(inv: Invocation, room: IRoom | string): Promise<void> {
	const roomId = typeof room === 'string' ? room : room.id;
	const afterLink =
		inv.command && (await keepForAfterLink(inv, roomId))
			? ` ${inv.t('resume_after_link', { command: shownCommand(inv.command) })}`
			: '';
	const elsewhere = await inv.credentials().boundElsewhere(inv.user.id);
	if (elsewhere === undefined) {
		await replyWithLinkButton(inv, room, inv.t('not_linked') + afterLink);
		return;
	}
	// Bound to another server: never sent to this one, and forgotten so that it is never used again.
	await inv.credentials().forget(inv.user.id);
	await replyWithLinkButton(
		inv,
		room,
		(elsewhere
			? inv.t('credential_other_server', {
					host: hostOf(await inv.baseUrl()),
					old: hostOf(elsewhere),
			  })
			: inv.t('credential_unbound')) + afterLink,
	);
}

/** The server no longer accepts the credential: forget it and offer to link again (PRODUCT §1). */
export async function forgetCredential(inv: Invocation, room: IRoom | string): Promise<void> {
	await inv.credentials().forget(inv.user.id);
	await replyWithLinkButton(inv, room, inv.t('credential_lost'));
}

/** What went wrong, in the user's language (for messages and for errors under a modal field). */
export function failureText(
	inv: Invocation,
	failure: RestFailure,
	checkCommand = '/profile show',
): string {
	return inv.say(describeFailure(failure, { timeoutMs: inv.timeoutMs, checkCommand }));
}

/** Tells the user what went wrong; a 401 also forgets the credential. */
export async function replyFailure(
	inv: Invocation,
	room: IRoom | string,
	failure: RestFailure,
	checkCommand = '/profile show',
): Promise<void> {
	if (failure.kind === 'unauthorized') {
		await forgetCredential(inv, room);
		return;
	}
	await inv.notify(room, failureText(inv, failure, checkCommand));
}

export async function reply(
	inv: Invocation,
	room: IRoom | string,
	message: Translatable,
): Promise<void> {
	await inv.notify(room, inv.say(message));
}

/** A button that (re)opens a pending modal, for when the 5-second trigger window has passed. */
export async function replyWithOpenButton(
	inv: Invocation,
	room: IRoom | string,
	text: string,
	nonce: string,
	label: string,
): Promise<void> {
	await inv.notify(room, text, [
		section(text),
		actions(Block.PendingButton, [
			viewContext(inv).button(Block.PendingButton, Action.OpenPendingView, label, nonce),
		]),
	]);
}
