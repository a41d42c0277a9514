import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type {
	IUIKitResponse,
	UIKitActionButtonInteractionContext,
	UIKitBlockInteractionContext,
	UIKitViewCloseInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { commandOfButton } from '../lib/actionButtons';
import { Action, Input, parseViewId, ViewKind } from '../lib/ids';
import { directRoomWithApp } from './kernel/directRoom';
import { Invocation } from './kernel/Invocation';
import { runAdminCommand } from './admin/adminCommand';
import { turnListPage } from './admin/adminList';
import { dropAfterLink, runAsTyped } from './kernel/resume';
import { startLinkRecord } from './link/link';
import { sendEmailCode } from './kernel/emailCode';
import { admitFor, submitModal, viewOf, withCodeSentAgain } from './modalKinds';
import { failureText, forgetCredential, reply } from './kernel/replies';

type AppLike = Parameters<typeof Invocation.create>[0];

/** The `/admin-user` words each quick action of a listed user runs. */
const ROW_ACTIONS = {
	[Action.AdminListEdit]: 'edit',
	[Action.AdminListActivate]: 'activate',
	[Action.AdminListDeactivate]: 'deactivate',
} as const;

/**
 * One error under every input of a view: the pending interaction behind it is gone (`twofa_expired`), or another
 * submission of it holds it (`submission_in_progress`).
 */
function refusedResponse(
	inv: Invocation,
	context: UIKitViewSubmitInteractionContext,
	key: 'twofa_expired' | 'submission_in_progress',
): IUIKitResponse {
	const { view } = context.getInteractionData();
	const inputs = Object.keys((view.state ?? {}) as Record<string, unknown>);
	const errors = Object.fromEntries(
		(inputs.length ? inputs : [Input.Code]).map((input) => [input, inv.t(key)]),
	);
	return context.getInteractionResponder().viewErrorResponse({ viewId: view.id, errors });
}

/** A modal was submitted: find what it belongs to and finish it, answering within the client's 5 s. */
export async function handleViewSubmit(
	app: AppLike,
	context: UIKitViewSubmitInteractionContext,
	read: IRead,
	http: IHttp,
	persis: IPersistence,
	modify: IModify,
): Promise<IUIKitResponse> {
	const { view, user, triggerId } = context.getInteractionData();
	const responder = context.getInteractionResponder();
	const parsed = parseViewId(view.id);
	if (!parsed) {
		return responder.successResponse();
	}
	const inv = await Invocation.create(app, read, modify, http, persis, user);
	const interactions = inv.interactions();
	if (!(await interactions.find(parsed.nonce, user.id))) {
		return refusedResponse(inv, context, 'twofa_expired');
	}
	// One submission at a time, claimed before any request: a second one meanwhile sends nothing.
	const claim = await interactions.claim(parsed.nonce);
	if (!claim) {
		return refusedResponse(inv, context, 'submission_in_progress');
	}
	try {
		// Read again under the claim: the submission that held it before may have used it up, or moved it on.
		const record = await interactions.find(parsed.nonce, user.id);
		if (!record) {
			return refusedResponse(inv, context, 'twofa_expired');
		}
		return await submitModal({
			inv,
			record,
			state: view.state,
			viewId: view.id,
			responder,
			triggerId,
		});
	} finally {
		await interactions.release(claim);
	}
}

/** A button was clicked, in a message or in a modal. */
export async function handleBlockAction(
	app: AppLike,
	context: UIKitBlockInteractionContext,
	read: IRead,
	http: IHttp,
	persis: IPersistence,
	modify: IModify,
): Promise<IUIKitResponse> {
	const data = context.getInteractionData();
	const responder = context.getInteractionResponder();
	const inv = await Invocation.create(app, read, modify, http, persis, data.user);
	switch (data.actionId) {
		case Action.OpenLinkModal: {
			if (!data.room) {
				return responder.successResponse();
			}
			const record = await startLinkRecord(inv, data.room.id);
			return responder.openModalViewResponse(viewOf(inv, record));
		}
		case Action.OpenPendingView: {
			const record = data.value
				? await inv.interactions().find(data.value, data.user.id)
				: undefined;
			if (!record) {
				if (data.room) {
					await reply(inv, data.room, { key: 'twofa_expired' });
				}
				return responder.successResponse();
			}
			const admission = await admitFor(inv, record);
			if (!admission.ok) {
				await inv.interactions().remove(record.nonce);
				await admission.tell(record.roomId);
				return responder.successResponse();
			}
			return responder.openModalViewResponse(viewOf(inv, record));
		}
		case Action.SendCodeAgain:
			return sendCodeAgain(inv, data.value, data.container?.id, responder);
		case Action.AdminListPage:
			if (data.room) {
				await turnListPage(inv, data.room, data.value);
			}
			return responder.successResponse();
		case Action.AdminListEdit:
		case Action.AdminListActivate:
		case Action.AdminListDeactivate:
			// The row's quick action is the command the admin could type, with every check of a typed one
			// (role gate, the user read afresh, the confirmation of a deactivation, the last admin).
			if (data.room && data.value) {
				await runAdminCommand(
					inv,
					data.room,
					[ROW_ACTIONS[data.actionId], data.value],
					data.triggerId,
				);
			}
			return responder.successResponse();
		default:
			return responder.successResponse();
	}
}

/**
 * An action button was clicked (composer actions, user dropdown, a message's actions): it runs the command a user
 * could type (`/profile edit`, `/admin-user edit <sender>`), so every check of that command runs again here: the
 * server delivers a click whatever the button's `when` filters said (apps/meteor/ee/server/apps/communication/uikit.ts).
 * A click without a room (the user dropdown) is answered in the app's direct conversation with the user.
 */
export async function handleActionButton(
	app: AppLike,
	context: UIKitActionButtonInteractionContext,
	read: IRead,
	http: IHttp,
	persis: IPersistence,
	modify: IModify,
): Promise<IUIKitResponse> {
	const data = context.getInteractionData();
	const responder = context.getInteractionResponder();
	const words = commandOfButton(data.actionId, data.message?.sender?.id);
	if (!words) {
		return responder.successResponse();
	}
	// The server converted the clicking user by id at the click (ui.interaction's `req.user`): as current as a command's.
	const inv = await Invocation.create(app, read, modify, http, persis, data.user, {
		room: data.room,
		userIsCurrent: true,
	});
	const room = data.room ?? (await directRoomWithApp(inv));
	if (!room) {
		inv.log('warn', 'action button: no room to answer in');
		return responder.successResponse();
	}
	await runAsTyped(inv, room, words, data.triggerId);
	return responder.successResponse();
}

async function sendCodeAgain(
	inv: Invocation,
	nonce: string | undefined,
	viewId: string | undefined,
	responder: ReturnType<UIKitBlockInteractionContext['getInteractionResponder']>,
): Promise<IUIKitResponse> {
	const record = nonce ? await inv.interactions().find(nonce, inv.user.id) : undefined;
	if (!record) {
		return responder.successResponse();
	}
	const admission = await admitFor(inv, record);
	if (!admission.ok) {
		await inv.interactions().remove(record.nonce);
		await admission.tell(record.roomId);
		return responder.successResponse();
	}
	const credential = admission.credential;
	const sent = await sendEmailCode(inv, credential, inv.user.username);
	if (!sent.ok && sent.failure.kind === 'unauthorized') {
		// Signed in: the link is gone. Signing in (no credential yet): the server refused the request.
		if (credential) {
			await inv.interactions().remove(record.nonce);
			await forgetCredential(inv, record.roomId);
			return responder.successResponse();
		}
		return responder.viewErrorResponse({
			viewId: viewId ?? '',
			errors: { [Input.Code]: inv.t('error_not_authorized') },
		});
	}
	if (!sent.ok) {
		return responder.viewErrorResponse({
			viewId: viewId ?? '',
			errors: { [Input.Code]: failureText(inv, sent.failure) },
		});
	}
	const next = withCodeSentAgain(record);
	await inv.interactions().update(next);
	return responder.updateModalViewResponse(viewOf(inv, next));
}

/**
 * A modal was closed: its pending interaction is dropped. Only its owner's, and nothing else happens, so no
 * requirement is checked: dropping is what a refusal would do anyway.
 */
export async function handleViewClosed(
	app: AppLike,
	context: UIKitViewCloseInteractionContext,
	read: IRead,
	http: IHttp,
	persis: IPersistence,
	modify: IModify,
): Promise<IUIKitResponse> {
	const { view, user } = context.getInteractionData();
	const parsed = parseViewId(view.id);
	if (parsed) {
		const inv = await Invocation.create(app, read, modify, http, persis, user);
		const record = await inv.interactions().find(parsed.nonce, user.id);
		if (record) {
			await inv.interactions().remove(record.nonce);
			if (record.kind === ViewKind.Link) {
				// A sign-in left at its code step: the password's digest it kept goes with it; and the command
				// that asked for the link is not run by a later one: the user said no to it.
				await inv.credentials().dropSignInStep(user.id);
				await dropAfterLink(inv);
			}
		}
	}
	return context.getInteractionResponder().successResponse();
}
