/** Every UIKit id the app uses, in one place. View ids carry the nonce of their pending interaction. */

export const VIEW_PREFIX = 'profile-app';

export const ViewKind = {
	Link: 'link',
	OwnSecondFactor: 'own-2fa',
	OwnPassword: 'own-password',
	OwnEdit: 'own-edit',
	AdminSecondFactor: 'admin-2fa',
	AdminPassword: 'admin-password',
	AdminEdit: 'admin-edit',
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
	CustomFieldPrefix: 'custom-field:',
} as const;

export const Action = {
	OpenLinkModal: 'open-link-modal',
	OpenPendingView: 'open-pending-view',
	SendCodeAgain: 'send-code-again',
} as const;

export const PasswordOption = {
	Random: 'random',
	RequireChange: 'require-change',
	Welcome: 'welcome',
} as const;

export function viewId(kind: ViewKind, nonce: string): string {
	return `${VIEW_PREFIX}--${kind}--${nonce}`;
}

export function parseViewId(id: string | undefined): { kind: ViewKind; nonce: string } | undefined {
	const parts = (id ?? '').split('--');
	if (parts.length !== 3 || parts[0] !== VIEW_PREFIX) {
		return undefined;
	}
	const kind = Object.values(ViewKind).find((candidate) => candidate === parts[1]);
	return kind && parts[2] ? { kind, nonce: parts[2] } : undefined;
}
