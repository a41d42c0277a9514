import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { stateText } from '../../lib/viewState';
import { Input, ViewKind } from '../../lib/ids';
import { hostOf } from '../../lib/origin';
import type { PendingOf } from '../kernel/interactions';
import type { Credential } from '../kernel/restClient';
import type { RestFailure } from '../../lib/restOutcome';
import { serverSetting } from '../kernel/settingsReader';
import { sha256Hex } from '../../lib/sha256';
import {
	BLOCK_MINUTES_SETTING,
	blockMinutes,
	describeBlock,
	describeRefusal,
	describeWrongCredentials,
	newBlock,
	signInRefusal,
	type SignInBlock,
	SSO_SETTINGS,
	ssoServicesOn,
} from '../../lib/signIn';
import { isPlausibleToken } from '../../lib/twoFactor';
import type { LinkAccountModalPayload } from '../../modals/LinkAccountModal';
import type { Invocation } from '../kernel/Invocation';
import { failureText, reply, replyFailure, replyWithLinkButton } from '../kernel/replies';
import { runKept, shownCommand, takeAfterLink } from '../kernel/resume';
import { linkAccountModal } from '../../modals/LinkAccountModal';
import { viewContext } from '../../modals/ViewContext';
import { openOrOffer } from '../kernel/openModal';
import { closeModal, showError, showStep, Submission } from '../kernel/submission';

/** The pending interaction behind a link modal. */
export async function startLinkRecord(inv: Invocation, roomId: string): Promise<PendingOf<'link'>> {
	const payload: LinkAccountModalPayload = {
		username: inv.user.username,
		host: hostOf(await inv.baseUrl()),
		step: 'start',
	};
	return inv.interactions().create(ViewKind.Link, inv.user.id, roomId, payload);
}

/** `/profile login`: opens the link modal; an account already linked is said so, with a button to link again. */
export async function startLink(
	inv: Invocation,
	roomId: string,
	triggerId: string | undefined,
): Promise<void> {
	if (await inv.credentials().get(inv.user.id)) {
		await replyWithLinkButton(
			inv,
			roomId,
			inv.t('already_linked', { host: hostOf(await inv.baseUrl()) }),
			inv.t('button_relink'),
		);
		return;
	}
	const record = await startLinkRecord(inv, roomId);
	const view = linkAccountModal(viewContext(inv), record.nonce, record.payload);
	await openOrOffer(
		inv,
		record,
		view,
		triggerId,
		inv.t('not_linked'),
		inv.t('button_link_account'),
	);
}

/** `/profile logout`: revokes a login token on the server, then forgets the credential. */
export async function logout(inv: Invocation, room: IRoom): Promise<void> {
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		await reply(inv, room, { key: 'logout_not_linked' });
		return;
	}
	if (credential.kind === 'pat') {
		// A personal access token is the user's to revoke; the app only forgets it.
		await inv.credentials().forget(inv.user.id);
		await reply(inv, room, { key: 'logout_ok_token' });
		return;
	}
	const outcome = await inv.rest().call('post', 'logout', { credential, emptyIsSuccess: true });
	if (!outcome.ok && outcome.failure.kind !== 'unauthorized') {
		// Keep the credential: the token is still valid on the server, so forgetting it would leave it dangling.
		await replyFailure(inv, room, outcome.failure, '/profile logout');
		return;
	}
	await inv.credentials().forget(inv.user.id);
	await reply(inv, room, { key: 'logout_ok' });
}

/** Submission of the link modal: a token checked with /me, or a password sign-in (with a 2FA step if asked). */
export async function submitLink(s: Submission<'link'>): Promise<IUIKitResponse> {
	const { inv, state, record } = s;
	const password = stateText(state, Input.Password);
	const code = stateText(state, Input.Code).trim();
	const token = stateText(state, Input.Token).trim();
	if (password && token) {
		return showError(s, Input.Token, inv.t('link_error_choose_one'));
	}
	if (token && !isPlausibleToken(token)) {
		return showError(s, Input.Token, inv.t('link_error_token_invalid'));
	}
	if (token) {
		return linkWithToken(s, token);
	}
	if (record.payload.step === 'code') {
		return submitCode(s, code);
	}
	if (!password) {
		return showError(s, Input.Password, inv.t('link_error_nothing'));
	}
	return linkWithPassword(s, sha256Hex(password), code);
}

/** The code step: the password was accepted a moment ago; its digest waits in the credential store. */
async function submitCode(s: Submission<'link'>, code: string): Promise<IUIKitResponse> {
	const { inv, record } = s;
	if (!code) {
		return showError(s, Input.Code, inv.t('link_error_code_needed'));
	}
	const digest = await inv.credentials().signInStep(inv.user.id, record.nonce);
	if (!digest) {
		// Too long since the password (or the step was ended elsewhere): start again from the password.
		const next = {
			...record,
			payload: {
				...record.payload,
				step: 'start' as const,
				method: undefined,
				note: 'step-expired' as const,
			},
		};
		return showStep(s, next, linkAccountModal(viewContext(inv), next.nonce, next.payload));
	}
	return linkWithPassword(s, digest, code);
}

async function linkWithToken(s: Submission<'link'>, token: string): Promise<IUIKitResponse> {
	const { inv } = s;
	const credential: Credential = { userId: inv.user.id, token, kind: 'pat' };
	const me = await inv.rest().call('get', 'me', { credential });
	if (!me.ok) {
		const message =
			me.failure.kind === 'unauthorized'
				? inv.t('link_error_token_invalid')
				: failureText(inv, me.failure, '/profile show');
		return showError(s, Input.Token, message);
	}
	if (me.body._id !== inv.user.id) {
		return showError(
			s,
			Input.Token,
			inv.t('link_error_token_other_user', { username: String(me.body.username ?? '') }),
		);
	}
	return finishLink(s, credential);
}

async function linkWithPassword(
	s: Submission<'link'>,
	passwordDigest: string,
	code: string,
): Promise<IUIKitResponse> {
	const { inv } = s;
	// During a failed-login block every attempt would count as one more failure: the app does not try.
	const blocked = await inv.signInBlocks().active(inv.user.id);
	if (blocked) {
		await inv.credentials().dropSignInStep(inv.user.id);
		return showError(s, errorField(s), blockText(inv, blocked.block.scope, blocked.minutes));
	}
	const digest = { digest: passwordDigest, algorithm: 'sha-256' };
	// Rocket.Chat passes a `user` object through verbatim and then never reads `code`; with a code the
	// login must use the `username` form, which the server wraps as {totp: {login, code}} itself.
	const body = code
		? { username: inv.user.username, password: digest, code }
		: { user: { username: inv.user.username }, password: digest };
	const outcome = await inv
		.rest()
		.call<{ data?: { userId?: string; authToken?: string } }>('post', 'login', { body });
	if (outcome.ok) {
		const { userId, authToken } = outcome.body.data ?? {};
		await inv.credentials().dropSignInStep(inv.user.id);
		if (!userId || !authToken || userId !== inv.user.id) {
			return showError(s, errorField(s), inv.t('link_error_wrong_password'));
		}
		await inv.signInBlocks().clear(inv.user.id);
		return finishLink(s, { userId, token: authToken, kind: 'login' });
	}
	return loginFailure(s, outcome.failure, passwordDigest);
}

/** Where a sign-in's error shows: the password field, or the code field at the code step (it has no password). */
function errorField(s: Submission<'link'>): string {
	return s.record.payload.step === 'code' ? Input.Code : Input.Password;
}

async function loginFailure(
	s: Submission<'link'>,
	failure: RestFailure,
	passwordDigest: string,
): Promise<IUIKitResponse> {
	const { inv, record } = s;
	if (failure.kind === 'two-factor') {
		if (failure.errorType === 'totp-max-attempts') {
			await inv.credentials().dropSignInStep(inv.user.id);
			return closeModal(s, () => reply(inv, record.roomId, { key: 'twofa_max_attempts' }));
		}
		if (failure.errorType === 'totp-invalid') {
			return showError(s, Input.Code, inv.t('twofa_wrong_code'));
		}
		// totp-required: the password was right (the server checks it first); the same modal now asks only for
		// the code, and the password's digest waits for it in the credential store.
		await inv.credentials().holdSignInStep(inv.user.id, record.nonce, passwordDigest);
		const method: 'email' | 'totp' = failure.details.method === 'email' ? 'email' : 'totp';
		const next = {
			...record,
			payload: { ...record.payload, step: 'code' as const, method, note: undefined },
		};
		return showStep(s, next, linkAccountModal(viewContext(inv), next.nonce, next.payload));
	}
	if (failure.kind === 'unauthorized') {
		await inv.credentials().dropSignInStep(inv.user.id);
		return showError(s, errorField(s), await signInRefusalText(inv, failure.code));
	}
	return showError(s, errorField(s), failureText(inv, failure, '/profile login'));
}

/** Each 401 of a sign-in in its own words; a block is remembered so the app does not try again during it. */
async function signInRefusalText(inv: Invocation, code: string | undefined): Promise<string> {
	const refusal = signInRefusal(code);
	if (refusal === 'blocked-user' || refusal === 'blocked-address') {
		const minutes = blockMinutes(
			await serverSetting(inv.read, BLOCK_MINUTES_SETTING[refusal], undefined),
		);
		const block = newBlock(refusal, minutes, Date.now());
		await inv.signInBlocks().save(inv.user.id, block);
		return blockText(inv, block.scope, minutes);
	}
	if (refusal) {
		return inv.say(describeRefusal(refusal));
	}
	const ldapEnabled = (await serverSetting<unknown>(inv.read, 'LDAP_Enable', false)) === true;
	const ssoSettings: Record<string, unknown> = {};
	if (!ldapEnabled) {
		for (const [setting] of SSO_SETTINGS) {
			ssoSettings[setting] = await serverSetting<unknown>(inv.read, setting, false);
		}
	}
	return inv.say(describeWrongCredentials(ldapEnabled, ssoServicesOn(ssoSettings)));
}

function blockText(inv: Invocation, scope: SignInBlock['scope'], minutes: number): string {
	const isAdmin = (inv.user.roles ?? []).includes('admin');
	return describeBlock(scope, minutes, isAdmin)
		.map((part) => inv.say(part))
		.join(' ');
}

async function finishLink(s: Submission<'link'>, credential: Credential): Promise<IUIKitResponse> {
	const { inv } = s;
	const replaced = await inv.credentials().get(inv.user.id);
	await inv.credentials().save(credential);
	await closeModal(s, () => reply(inv, s.record.roomId, { key: 'linked_ok' }));
	if (replaced && replaced.kind === 'login' && replaced.token !== credential.token) {
		// The new link works: the login token it replaces is revoked, so no forgotten token stays valid.
		// (A personal access token is the user's own to revoke, as with `/profile logout`.)
		await inv.rest().call('post', 'logout', { credential: replaced, emptyIsSuccess: true });
	}
	// The command that asked for this link now runs by itself (never one that carried a secret: see resume.ts).
	const kept = await takeAfterLink(inv);
	if (kept) {
		await reply(inv, s.record.roomId, {
			key: 'resume_running',
			params: { command: shownCommand(kept) },
		});
		await runKept(inv, kept);
	}
	return s.responder.successResponse();
}
