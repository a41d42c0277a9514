import type { Credential } from './restClient';
import type { RestOutcome } from '../../lib/restOutcome';
import type { Invocation } from './Invocation';
import { failureText, forgetCredential, reply } from './replies';

/** Asks the server to e-mail a code (users.2fa.sendEmailCode; also for sign-in, without a credential). */
export async function sendEmailCode(
	inv: Invocation,
	credential: Credential | undefined,
	username: string,
): Promise<RestOutcome> {
	return inv
		.rest()
		.call('post', 'users.2fa.sendEmailCode', { credential, body: { emailOrUsername: username } });
}

/** Sends the e-mail code and tells the user if that failed (the modal is already open). */
export async function mailCode(
	inv: Invocation,
	roomId: string,
	credential: Credential,
	username: string,
): Promise<boolean> {
	const sent = await sendEmailCode(inv, credential, username);
	if (!sent.ok && sent.failure.kind === 'unauthorized') {
		await forgetCredential(inv, roomId);
	} else if (!sent.ok) {
		await reply(inv, roomId, {
			key: 'email_code_send_failed',
			params: { reason: failureText(inv, sent.failure) },
		});
	}
	return sent.ok;
}
