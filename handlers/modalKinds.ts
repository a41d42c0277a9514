import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import { ViewKind } from '../lib/ids';
import { adminConfirmModal } from '../modals/AdminConfirmModal';
import { adminCreateModal } from '../modals/AdminCreateModal';
import { adminEditModal } from '../modals/AdminEditModal';
import { adminPasswordModal } from '../modals/AdminPasswordModal';
import { editProfileModal } from '../modals/EditProfileModal';
import { linkAccountModal } from '../modals/LinkAccountModal';
import { passwordModal } from '../modals/PasswordModal';
import { secondFactorModal } from '../modals/SecondFactorModal';
import { viewContext, ViewContext } from '../modals/ViewContext';
import { submitAdminConfirm } from './admin/adminConfirmSubmit';
import { submitAdminCreate } from './admin/adminCreate';
import { submitAdminEdit, submitAdminPassword, submitAdminSecondFactor } from './admin/adminForms';
import type { Invocation } from './kernel/Invocation';
import type { PendingInteraction, PendingOf } from './kernel/interactions';
import { admit, Admission } from './kernel/guard';
import { submitLink } from './link/link';
import { submitOwnEdit, submitOwnPassword, submitOwnSecondFactor } from './own/ownForms';
import { submitAccountSecondFactor } from './own/account';
import type { PayloadOf } from './kernel/payloads';
import { closeModal, LinkedSubmission, Submission } from './kernel/submission';

/** One kind of modal: how its view is rebuilt from its pending interaction, and who handles a submission. */
type ModalKind<K extends ViewKind> = {
	view(ui: ViewContext, record: PendingOf<K>): IUIKitSurfaceViewParam;
	/** Modals with a "send the code again" button: the payload that shows the note saying it was sent. */
	codeSentAgain?(payload: PayloadOf[K]): PayloadOf[K];
} & (
	| { requires: 'any'; submit(s: Submission<K>): Promise<IUIKitResponse> }
	/**
	 * What the user must be, checked again at every submission and button (handlers/kernel/guard.ts `admit`):
	 * every modal but the link modal is submitted with the user's linked credential; admin modals also need a
	 * role the "Roles allowed to use /admin-user" setting admits at that moment.
	 */
	| { requires: 'linked' | 'admin'; submit(s: LinkedSubmission<K>): Promise<IUIKitResponse> }
);

const CODE_SENT = 'code-sent-again' as const;

/** Every kind of modal, one row each (the payload types are in handlers/kernel/payloads.ts). */
const MODAL_KINDS: { [K in ViewKind]: ModalKind<K> } = {
	[ViewKind.Link]: {
		requires: 'any',
		view: (ui, record) => linkAccountModal(ui, record.nonce, record.payload),
		submit: submitLink,
		codeSentAgain: (payload) => ({ ...payload, note: CODE_SENT }),
	},
	[ViewKind.OwnSecondFactor]: {
		requires: 'linked',
		view: (ui, record) => secondFactorModal(ui, record.nonce, record.payload.view),
		submit: submitOwnSecondFactor,
		codeSentAgain: (payload) => ({ ...payload, view: { ...payload.view, note: CODE_SENT } }),
	},
	[ViewKind.OwnPassword]: {
		requires: 'linked',
		view: (ui, record) => passwordModal(ui, record.nonce, record.payload),
		submit: submitOwnPassword,
		codeSentAgain: (payload) => ({ ...payload, note: CODE_SENT }),
	},
	[ViewKind.OwnEdit]: {
		requires: 'linked',
		view: (ui, { nonce, payload }) =>
			editProfileModal(ui, nonce, payload.snapshot, payload.customFieldNames),
		submit: submitOwnEdit,
	},
	[ViewKind.AccountSecondFactor]: {
		requires: 'linked',
		view: (ui, record) => secondFactorModal(ui, record.nonce, record.payload.view),
		submit: submitAccountSecondFactor,
		codeSentAgain: (payload) => ({ ...payload, view: { ...payload.view, note: CODE_SENT } }),
	},
	[ViewKind.AdminSecondFactor]: {
		requires: 'admin',
		view: (ui, record) => secondFactorModal(ui, record.nonce, record.payload.view),
		submit: submitAdminSecondFactor,
		codeSentAgain: (payload) => ({ ...payload, view: { ...payload.view, note: CODE_SENT } }),
	},
	[ViewKind.AdminPassword]: {
		requires: 'admin',
		view: (ui, { nonce, payload }) => adminPasswordModal(ui, nonce, payload.snapshot.username),
		submit: submitAdminPassword,
	},
	[ViewKind.AdminEdit]: {
		requires: 'admin',
		view: (ui, { nonce, payload }) =>
			adminEditModal(ui, nonce, payload.snapshot, payload.customFieldNames),
		submit: submitAdminEdit,
	},
	[ViewKind.AdminConfirm]: {
		requires: 'admin',
		view: (ui, { nonce, payload }) => adminConfirmModal(ui, nonce, payload),
		submit: submitAdminConfirm,
	},
	[ViewKind.AdminCreate]: {
		requires: 'admin',
		view: (ui, { nonce }) => adminCreateModal(ui, nonce),
		submit: submitAdminCreate,
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

/** Whether the user may still use this pending interaction now (see `requires`), with their credential. */
export function admitFor(inv: Invocation, record: PendingInteraction): Promise<Admission> {
	return admit(inv, kindOf(record).requires);
}

/**
 * Hands a submission to its kind's handler once its kind's requirement holds now, with the user's credential
 * where the kind needs one; otherwise nothing is sent, the pending interaction is dropped and the user told why.
 */
export async function submitModal<K extends ViewKind>(s: Submission<K>): Promise<IUIKitResponse> {
	const kind = kindOf(s.record);
	const admission = await admit(s.inv, kind.requires);
	if (!admission.ok) {
		return closeModal(s, () => admission.tell(s.record.roomId));
	}
	if (kind.requires === 'any') {
		return kind.submit(s);
	}
	if (!admission.credential) {
		throw new Error('a linked kind was admitted without a credential');
	}
	return kind.submit({ ...s, credential: admission.credential });
}
