import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { ViewKind } from '../lib/ids';
import { adminEditModal } from '../modals/AdminEditModal';
import { adminPasswordModal } from '../modals/AdminPasswordModal';
import { editProfileModal } from '../modals/EditProfileModal';
import { linkAccountModal } from '../modals/LinkAccountModal';
import { passwordModal } from '../modals/PasswordModal';
import { secondFactorModal } from '../modals/SecondFactorModal';
import { viewContext, ViewContext } from '../modals/ViewContext';
import { submitAdminEdit, submitAdminPassword, submitAdminSecondFactor } from './admin/adminForms';
import type { Invocation } from './kernel/Invocation';
import type { PendingOf } from './kernel/interactions';
import { submitLink } from './link/link';
import { submitOwnEdit, submitOwnPassword, submitOwnSecondFactor } from './own/ownForms';
import type { PayloadOf } from './kernel/payloads';
import { replyNotLinked } from './kernel/replies';
import { closeModal, LinkedSubmission, Submission } from './kernel/submission';

/** One kind of modal: how its view is rebuilt from its pending interaction, and who handles a submission. */
type ModalKind<K extends ViewKind> = {
	view(ui: ViewContext, record: PendingOf<K>): IUIKitSurfaceViewParam;
	/** Modals with a "send the code again" button: the payload that shows the note saying it was sent. */
	codeSentAgain?(payload: PayloadOf[K]): PayloadOf[K];
} & (
	| { linked: false; submit(s: Submission<K>): Promise<IUIKitResponse> }
	/** Every modal but the link modal is submitted with the user's linked credential. */
	| { linked: true; submit(s: LinkedSubmission<K>): Promise<IUIKitResponse> }
);

const CODE_SENT = 'code-sent-again' as const;

/** Every kind of modal, one row each (the payload types are in handlers/kernel/payloads.ts). */
const MODAL_KINDS: { [K in ViewKind]: ModalKind<K> } = {
	[ViewKind.Link]: {
		linked: false,
		view: (ui, record) => linkAccountModal(ui, record.nonce, record.payload),
		submit: submitLink,
		codeSentAgain: (payload) => ({ ...payload, note: CODE_SENT }),
	},
	[ViewKind.OwnSecondFactor]: {
		linked: true,
		view: (ui, record) => secondFactorModal(ui, record.nonce, record.payload.view),
		submit: submitOwnSecondFactor,
		codeSentAgain: (payload) => ({ ...payload, view: { ...payload.view, note: CODE_SENT } }),
	},
	[ViewKind.OwnPassword]: {
		linked: true,
		view: (ui, record) => passwordModal(ui, record.nonce, record.payload),
		submit: submitOwnPassword,
		codeSentAgain: (payload) => ({ ...payload, note: CODE_SENT }),
	},
	[ViewKind.OwnEdit]: {
		linked: true,
		view: (ui, { nonce, payload }) =>
			editProfileModal(ui, nonce, payload.snapshot, payload.customFieldNames),
		submit: submitOwnEdit,
	},
	[ViewKind.AdminSecondFactor]: {
		linked: true,
		view: (ui, record) => secondFactorModal(ui, record.nonce, record.payload.view),
		submit: submitAdminSecondFactor,
		codeSentAgain: (payload) => ({ ...payload, view: { ...payload.view, note: CODE_SENT } }),
	},
	[ViewKind.AdminPassword]: {
		linked: true,
		view: (ui, { nonce, payload }) => adminPasswordModal(ui, nonce, payload.snapshot.username),
		submit: submitAdminPassword,
	},
	[ViewKind.AdminEdit]: {
		linked: true,
		view: (ui, { nonce, payload }) =>
			adminEditModal(ui, nonce, payload.snapshot, payload.customFieldNames),
		submit: submitAdminEdit,
	},
};

function kindOf<K extends ViewKind>(record: PendingOf<K>): ModalKind<K> {
	return MODAL_KINDS[record.kind];
}

/** Rebuilds the modal of a pending interaction (so that a button can open it later). */
export function viewOf<K extends ViewKind>(
	inv: Invocation,
	record: PendingOf<K>,
): IUIKitSurfaceViewParam {
	return kindOf(record).view(viewContext(inv), record);
}

/** The pending interaction once the code was e-mailed again: its modal says so. */
export function withCodeSentAgain<K extends ViewKind>(record: PendingOf<K>): PendingOf<K> {
	const noted = kindOf(record).codeSentAgain;
	return noted ? { ...record, payload: noted(record.payload) } : record;
}

/** Hands a submission to its kind's handler, with the user's credential where the kind needs one. */
export async function submitModal<K extends ViewKind>(s: Submission<K>): Promise<IUIKitResponse> {
	const kind = kindOf(s.record);
	if (!kind.linked) {
		return kind.submit(s);
	}
	const credential = await s.inv.credentials().get(s.inv.user.id);
	if (!credential) {
		return closeModal(s, () => replyNotLinked(s.inv, s.record.roomId));
	}
	return kind.submit({ ...s, credential });
}
