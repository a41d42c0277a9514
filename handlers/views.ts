import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';

import { ViewKind } from '../lib/ids';
import type { PendingInteraction } from './kernel/interactions';
import { adminEditModal } from '../modals/AdminEditModal';
import { adminPasswordModal } from '../modals/AdminPasswordModal';
import { editProfileModal } from '../modals/EditProfileModal';
import { LinkAccountModalPayload, linkAccountModal } from '../modals/LinkAccountModal';
import { passwordModal, PasswordView } from '../modals/PasswordModal';
import { secondFactorModal, SecondFactorView } from '../modals/SecondFactorModal';
import { viewContext } from '../modals/ViewContext';
import type { Invocation } from './Invocation';
import type { AdminFormPayload, EditPayload } from './payloads';

/** Rebuilds the modal of a pending interaction from its record (so a button can open it later). */
export function viewFor(
	inv: Invocation,
	record: PendingInteraction,
): IUIKitSurfaceViewParam | undefined {
	const ui = viewContext(inv);
	switch (record.kind) {
		case ViewKind.Link:
			return linkAccountModal(ui, record.nonce, record.payload as LinkAccountModalPayload);
		case ViewKind.OwnSecondFactor:
		case ViewKind.AdminSecondFactor:
			return secondFactorModal(
				ui,
				record.nonce,
				(record.payload as { view: SecondFactorView }).view,
			);
		case ViewKind.OwnPassword:
			return passwordModal(ui, record.nonce, record.payload as PasswordView);
		case ViewKind.OwnEdit: {
			const payload = record.payload as EditPayload;
			return payload.secondFactor
				? secondFactorModal(ui, record.nonce, payload.secondFactor)
				: editProfileModal(ui, record.nonce, payload.snapshot, payload.customFieldNames);
		}
		case ViewKind.AdminPassword:
			return adminPasswordModal(
				ui,
				record.nonce,
				(record.payload as AdminFormPayload).snapshot.username,
			);
		case ViewKind.AdminEdit: {
			const payload = record.payload as AdminFormPayload;
			return adminEditModal(ui, record.nonce, payload.snapshot, payload.customFieldNames);
		}
		default:
			return undefined;
	}
}
