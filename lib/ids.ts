/** Every UIKit and scheduler id the app uses, in one place. View ids carry the nonce of their pending interaction. */
import { randomBytes } from 'crypto';

export const VIEW_PREFIX = 'profile-app';

export const ViewKind = {
	Link: 'link',
	OwnSecondFactor: 'own-2fa',
	OwnPassword: 'own-password',
	OwnEdit: 'own-edit',
	AdminSecondFactor: 'admin-2fa',
	AdminPassword: 'admin-password',
	AdminEdit: 'admin-edit',
	AccountSecondFactor: 'account-2fa',
	AdminConfirm: 'admin-confirm',
	AdminCreate: 'admin-create',
} as const;
export type ViewKind = typeof ViewKind[keyof typeof ViewKind];

/** Block ids double as action ids: each input block holds one element. */
export const Input = {
	Password: 'password',
	Code: 'code',
	Token: 'token',
	NewPassword: 'new-password',
	ConfirmPassword: 'confirm-password',
	Name: 'name',
	Username: 'username',
	Nickname: 'nickname',
	Bio: 'bio',
	Status: 'status',
	StatusText: 'status-text',
	Email: 'email',
	Verified: 'verified',
	RequirePasswordChange: 'require-password-change',
	Active: 'active',
	PasswordOptions: 'password-options',
	PasswordMode: 'password-mode',
	/** The create-user form: roles (comma-separated) and its switches (CreateOption). */
	Roles: 'roles',
	CreateOptions: 'create-options',
	CustomFieldPrefix: 'custom-field:',
} as const;

export const Action = {
	OpenLinkModal: 'open-link-modal',
	OpenPendingView: 'open-pending-view',
	SendCodeAgain: 'send-code-again',
	/** `/admin-user list`: "Previous"/"Next" (value: the typed query and a page number) and each row's actions. */
	AdminListPage: 'admin-list-page',
	AdminListEdit: 'admin-list-edit',
	AdminListActivate: 'admin-list-activate',
	AdminListDeactivate: 'admin-list-deactivate',
} as const;

/**
 * The app's action buttons (Apps-Engine `configuration.ui.registerButton`): the client sends the action id back
 * when one is clicked (executeActionButtonHandler). The engine keeps one button per action id, so the same action
 * in two places has two ids.
 */
export const ActionButton = {
	EditMyProfile: 'edit-my-profile',
	EditMyProfileFromUserMenu: 'edit-my-profile-user-menu',
	ManageUser: 'manage-user',
} as const;

/** Block ids of the rows of buttons, in messages and in modals. */
export const Block = {
	LinkButton: 'link',
	PendingButton: 'pending',
	LinkActions: 'link-actions',
	CodeActions: 'code-actions',
	/** `/admin-user list`: the row of one user's buttons is this prefix and its place on the page. */
	AdminListRow: 'admin-list-row-',
	AdminListNav: 'admin-list-nav',
} as const;

/** Each modal's submit and close buttons (a submission reaches the app as a view submission, not an action). */
export const ModalButton = {
	LinkSubmit: 'link-submit',
	LinkClose: 'link-close',
	TwoFactorSubmit: 'twofa-submit',
	TwoFactorClose: 'twofa-close',
	PasswordSubmit: 'password-submit',
	PasswordClose: 'password-close',
	EditSubmit: 'edit-submit',
	EditClose: 'edit-close',
	AdminPasswordSubmit: 'admin-password-submit',
	AdminPasswordClose: 'admin-password-close',
	AdminEditSubmit: 'admin-edit-submit',
	AdminEditClose: 'admin-edit-close',
	AdminConfirmSubmit: 'admin-confirm-submit',
	AdminConfirmClose: 'admin-confirm-close',
	AdminCreateSubmit: 'admin-create-submit',
	AdminCreateClose: 'admin-create-close',
} as const;

/** The scheduler processor that applies queued changes. */
export const QUEUE_PROCESSOR_ID = 'apply-queued-change';

/** The scheduler processor that brings back the status from before a timed status (handlers/own/statusTimer.ts). */
export const STATUS_RESTORE_PROCESSOR_ID = 'restore-status';

/** The admin password form's choice of one: a typed password or a random one sent by e-mail. */
export const PasswordMode = {
	Manual: 'manual',
	Random: 'random',
} as const;

/** The one option of a yes/no toggle: switched on, its value is submitted. */
export const TOGGLE_ON = 'on';

/** The switches of the create-user form (Rocket.Chat's AdminUserForm.tsx). */
export const CreateOption = {
	Verified: 'verified',
	RequireChange: 'require-change',
	JoinDefaultChannels: 'join-default-channels',
	Welcome: 'welcome',
} as const;

export const PasswordOption = {
	Random: 'random',
	RequireChange: 'require-change',
	Welcome: 'welcome',
} as const;

export function viewId(kind: ViewKind, nonce: string): string {
	return `${VIEW_PREFIX}--${kind}--${nonce}`;
}

export function isViewKind(value: unknown): value is ViewKind {
	return Object.values(ViewKind).some((kind) => kind === value);
}

export function parseViewId(id: string | undefined): { kind: ViewKind; nonce: string } | undefined {
	const parts = (id ?? '').split('--');
	if (parts.length !== 3 || parts[0] !== VIEW_PREFIX) {
		return undefined;
	}
	const kind = parts[1];
	return isViewKind(kind) && parts[2] ? { kind, nonce: parts[2] } : undefined;
}

/** The unguessable part of a view id (and of a queued change's id). */
export function newNonce(): string {
	return randomBytes(12).toString('hex');
}
