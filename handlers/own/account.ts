/**
 * `/profile` beyond the profile fields, as Rocket.Chat's My Account offers it: avatar, language, the verification
 * e-mail, signing out the other sessions, e-mail two-factor. Each is one REST request as the user
 * (apps/meteor/app/api/server/v1/users.ts; docs/server-rules.md#own-account-endpoints), through the shared budget
 * like every request; a refusal is answered in plain words and nothing is queued (none of them is a field change).
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import type { AccountRequest } from '../../lib/args';
import { supportedLanguage, translate } from '../../lib/i18n';
import { ViewKind } from '../../lib/ids';
import type { RestFailure } from '../../lib/restOutcome';
import { chooseOwnChangeMethod, MeFactors, routeProof } from '../../lib/twoFactor';
import { secondFactorModal, SecondFactorView } from '../../modals/SecondFactorModal';
import { viewContext } from '../../modals/ViewContext';
import { mailCode } from '../kernel/emailCode';
import type { Invocation } from '../kernel/Invocation';
import { openSecondFactor } from '../kernel/openModal';
import { reply, replyFailure } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { answerWrite, readProof } from '../kernel/secondFactor';
import { readTwoFactorSettings } from '../kernel/serverRules';
import { serverSetting } from '../kernel/settingsReader';
import { LinkedSubmission, showStep } from '../kernel/submission';
import { fetchMe, readOwnUser } from './ownChange';

/** What the e-mail 2FA switch-off waiting for its second factor remembers (never the proof). */
export interface AccountSecondFactorPayload {
	action: 'disable-email-2fa';
	view: SecondFactorView;
}

export async function runAccountRequest(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
	request: AccountRequest,
): Promise<void> {
	switch (request.kind) {
		case 'avatar':
			await changeAvatar(inv, room, credential, request.url);
			return;
		case 'language':
			await changeLanguage(inv, room, credential, request.language);
			return;
		case 'verify-email':
			await resendVerification(inv, room, credential);
			return;
		case 'logout-others':
			await logoutOtherSessions(inv, room, credential);
			return;
		case 'email-2fa':
			await (request.enable
				? enableEmailTwoFactor(inv, room, credential)
				: disableEmailTwoFactor(inv, room, triggerId, credential));
			return;
	}
}

/**
 * `users.setAvatar` with `avatarUrl`, or `users.resetAvatar` naming oneself (its getUserFromParams needs a user).
 * `Accounts_AllowUserAvatarChange` off refuses before any request: the server refuses everyone but holders of
 * `edit-other-user-avatar`, who can still change it in Rocket.Chat itself.
 */
async function changeAvatar(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
	url: string | undefined,
): Promise<void> {
	if ((await serverSetting<boolean>(inv.read, 'Accounts_AllowUserAvatarChange', true)) === false) {
		await reply(inv, room, { key: 'error_avatar_change_off' });
		return;
	}
	const outcome = url
		? await inv.rest().call('post', 'users.setAvatar', { credential, body: { avatarUrl: url } })
		: await inv
				.rest()
				.call('post', 'users.resetAvatar', { credential, body: { userId: credential.userId } });
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure);
		return;
	}
	await reply(
		inv,
		room,
		url ? { key: 'avatar_changed', params: { url } } : { key: 'avatar_reset' },
	);
}

/**
 * `users.setPreferences` `{ data: { language } }` (saveUserPreferences stores it as the user's language). The
 * answer is in the new language when the app speaks it: the next command reads it from the user as well.
 */
async function changeLanguage(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
	language: string,
): Promise<void> {
	const outcome = await inv
		.rest()
		.call('post', 'users.setPreferences', { credential, body: { data: { language } } });
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure);
		return;
	}
	const spoken = supportedLanguage(language);
	await inv.notify(
		room,
		spoken
			? translate(spoken, 'language_changed', { language })
			: inv.t('language_changed_unsupported', { language }),
	);
}

/**
 * `users.sendConfirmationEmail` with the user's first address (the one Rocket.Chat verifies), only while it is
 * unverified. The server answers a bare failure when no account has that address.
 */
async function resendVerification(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
): Promise<void> {
	const [email] = (await readOwnUser(inv)).emails ?? [];
	if (!email?.address) {
		await reply(inv, room, { key: 'verify_email_none' });
		return;
	}
	if (email.verified) {
		await reply(inv, room, { key: 'verify_email_already', params: { email: email.address } });
		return;
	}
	const outcome = await inv
		.rest()
		.call('post', 'users.sendConfirmationEmail', { credential, body: { email: email.address } });
	if (outcome.ok) {
		await reply(inv, room, { key: 'verify_email_sent', params: { email: email.address } });
	} else if (outcome.failure.kind === 'rejected' && !outcome.failure.error) {
		await reply(inv, room, { key: 'verify_email_failed', params: { email: email.address } });
	} else {
		await replyFailure(inv, room, outcome.failure);
	}
}

/**
 * My Account's "Logout other clients" calls `users.logoutOtherClients`: it removes every resume token but the one
 * of the request (`removeNonPATLoginTokensExcept`), so the app's own credential (that token, or a personal access
 * token, which it keeps too) goes on working. `users.removeOtherTokens` is not used: over REST it has no DDP
 * connection token to keep and would sign the app out as well (docs/server-rules.md#own-account-endpoints).
 */
async function logoutOtherSessions(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
): Promise<void> {
	const outcome = await inv.rest().call('post', 'users.logoutOtherClients', { credential });
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure);
		return;
	}
	await reply(inv, room, { key: 'logout_others_done' });
}

function hasUnverifiedEmail(me: MeFactors): boolean {
	return (me.emails ?? []).some((email) => email.verified !== true);
}

/** Whether the workspace offers e-mail codes at all (the endpoints do not check it; the 2FA check does). */
async function emailTwoFactorOffered(inv: Invocation): Promise<boolean> {
	const settings = await readTwoFactorSettings(inv);
	return settings.enabled && settings.emailEnabled;
}

/**
 * `users.2fa.enableEmail`: no second factor; refused while an address is unverified (checked first, from /me);
 * the server signs out the other sessions, keeping the one of the request: the app's link.
 */
async function enableEmailTwoFactor(
	inv: Invocation,
	room: IRoom,
	credential: Credential,
): Promise<void> {
	if (!(await emailTwoFactorOffered(inv))) {
		await reply(inv, room, { key: 'email_2fa_unavailable' });
		return;
	}
	const me = await fetchMe(inv, credential);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const factors = me.body as MeFactors;
	if (factors.services?.email2fa?.enabled === true) {
		await reply(inv, room, { key: 'email_2fa_already_on' });
		return;
	}
	if (hasUnverifiedEmail(factors)) {
		await reply(inv, room, { key: 'email_2fa_unverified' });
		return;
	}
	const outcome = await inv.rest().call('post', 'users.2fa.enableEmail', { credential });
	if (!outcome.ok) {
		await replyEmailTwoFactorFailure(inv, room.id, outcome.failure);
		return;
	}
	await reply(inv, room, { key: 'email_2fa_enabled' });
}

async function replyEmailTwoFactorFailure(
	inv: Invocation,
	roomId: string,
	failure: RestFailure,
): Promise<void> {
	if (failure.kind === 'rejected' && failure.errorType === 'error-invalid-user') {
		await reply(inv, roomId, { key: 'email_2fa_unverified' });
		return;
	}
	await replyFailure(inv, roomId, failure);
}

/**
 * `users.2fa.disableEmail` is `twoFactorRequired` with `disableRememberMe`: the factor the server will ask
 * (worked out as for an own e-mail change) is collected in the second-factor modal first, so the switch-off
 * costs one request.
 */
async function disableEmailTwoFactor(
	inv: Invocation,
	room: IRoom,
	triggerId: string | undefined,
	credential: Credential,
): Promise<void> {
	const me = await fetchMe(inv, credential);
	if (!me.ok) {
		await replyFailure(inv, room, me.failure);
		return;
	}
	const factors = me.body as MeFactors;
	if (factors.services?.email2fa?.enabled !== true) {
		await reply(inv, room, { key: 'email_2fa_already_off' });
		return;
	}
	const method = chooseOwnChangeMethod(factors, await readTwoFactorSettings(inv));
	if (method === 'impossible') {
		await reply(inv, room, { key: 'twofa_impossible' });
		return;
	}
	if (method === 'none') {
		// Two-factor authentication is off on the server: the route asks for nothing.
		const outcome = await inv.rest().call('post', 'users.2fa.disableEmail', { credential });
		await (outcome.ok
			? reply(inv, room, { key: 'email_2fa_disabled' })
			: replyFailure(inv, room, outcome.failure));
		return;
	}
	const payload: AccountSecondFactorPayload = {
		action: 'disable-email-2fa',
		view: {
			kind: ViewKind.AccountSecondFactor,
			method,
			lines: [{ field: 'email2fa', custom: false, old: '', new: '' }],
		},
	};
	await openSecondFactor(inv, room.id, triggerId, ViewKind.AccountSecondFactor, payload);
	if (method === 'email') {
		await mailCode(inv, room.id, credential, String(me.body.username ?? inv.user.username));
	}
}

/** The second-factor step of `/profile 2fa email off`, answered through the one second-factor path. */
export async function submitAccountSecondFactor(
	s: LinkedSubmission<'account-2fa'>,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	const { view } = record.payload;
	const proof = readProof(s, view.method);
	if ('answer' in proof) {
		return proof.answer;
	}
	const outcome = await inv.rest().call('post', 'users.2fa.disableEmail', {
		credential: s.credential,
		proof: routeProof(view.method, proof.typed),
	});
	return answerWrite(s, outcome, {
		done: () => reply(inv, record.roomId, { key: 'email_2fa_disabled' }),
		retries: (failure) => failure.errorType !== 'totp-max-attempts',
		switchMethod: async (method) => {
			if (method === view.method) {
				return undefined;
			}
			const next = {
				...record,
				payload: { ...record.payload, view: { ...view, method, note: undefined } },
			};
			return showStep(s, next, secondFactorModal(viewContext(inv), next.nonce, next.payload.view));
		},
		failed: (failure) => replyFailure(inv, record.roomId, failure),
	});
}
