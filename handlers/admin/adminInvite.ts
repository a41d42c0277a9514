/**
 * `/admin-user invite <address…>`: Rocket.Chat's "Invite users" by e-mail, `POST sendInvitationEmail` as the admin
 * (apps/meteor/app/api/server/v1/invites.ts; docs/server-rules.md#post-apiv1sendinvitationemail). A refusal is
 * told in the server's words; addresses that are no address are named and not sent.
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { looksLikeAddress } from '../../lib/adminInvite';
import type { Invocation } from '../kernel/Invocation';
import { reply, replyFailure } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { ADMIN_CHECK } from './adminUpdate';

export async function inviteByEmail(
	inv: Invocation,
	room: IRoom | string,
	credential: Credential,
	emails: string[],
): Promise<void> {
	const valid = emails.filter(looksLikeAddress);
	const invalid = emails.filter((email) => !looksLikeAddress(email));
	if (invalid.length) {
		await reply(inv, room, {
			key: 'admin_invite_not_addresses',
			params: { emails: invalid.join(', ') },
		});
	}
	if (!valid.length) {
		return;
	}
	// A read-free write that sends mail: never queued, a 429 says when to try again.
	const outcome = await inv.rest().call('post', 'sendInvitationEmail', {
		credential,
		body: { emails: valid },
	});
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure, ADMIN_CHECK);
		return;
	}
	await reply(inv, room, {
		key: 'admin_invite_sent',
		params: { count: valid.length, emails: valid.join(', ') },
	});
}
