import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

/** The app's own settings (PRODUCT §6). */
export const AppSetting = {
	ServerUrl: 'server_url',
	RequestTimeout: 'request_timeout_ms',
	AdminRoles: 'admin_roles',
	AuditRoom: 'audit_room',
	ConfirmAdminChanges: 'confirm_admin_changes',
} as const;

export const DEFAULT_TIMEOUT_MS = 4000;

export const APP_SETTINGS: ISetting[] = [
	{
		id: AppSetting.ServerUrl,
		type: SettingType.STRING,
		packageValue: '',
		required: false,
		public: false,
		i18nLabel: 'setting_server_url_label',
		i18nDescription: 'setting_server_url_description',
	},
	{
		id: AppSetting.RequestTimeout,
		type: SettingType.NUMBER,
		packageValue: DEFAULT_TIMEOUT_MS,
		required: true,
		public: false,
		i18nLabel: 'setting_request_timeout_label',
		i18nDescription: 'setting_request_timeout_description',
	},
	{
		id: AppSetting.AdminRoles,
		type: SettingType.STRING,
		packageValue: 'admin',
		required: true,
		public: false,
		i18nLabel: 'setting_admin_roles_label',
		i18nDescription: 'setting_admin_roles_description',
	},
	{
		id: AppSetting.AuditRoom,
		type: SettingType.STRING,
		packageValue: '',
		required: false,
		public: false,
		i18nLabel: 'setting_audit_room_label',
		i18nDescription: 'setting_audit_room_description',
	},
	{
		id: AppSetting.ConfirmAdminChanges,
		type: SettingType.BOOLEAN,
		packageValue: true,
		required: false,
		public: false,
		i18nLabel: 'setting_confirm_admin_changes_label',
		i18nDescription: 'setting_confirm_admin_changes_description',
	},
];

/** What only `/admin-user` needs: read by admin flows alone, once per invocation. */
export interface AdminSettings {
	adminRoles: string[];
	auditRoom: string;
	/** Destructive /admin-user changes (deactivate, delete, reset 2FA, sign out, remove or set roles, a password) wait for a confirmation. */
	confirmChanges: boolean;
}

/** Confirmation is on unless the setting is explicitly off (automation turns it off). */
export function parseConfirmSetting(value: unknown): boolean {
	return value !== false && value !== 'false';
}

/** Splits "admin, user-manager" into role names; an empty setting means the default, admin only. */
export function parseRoleList(value: unknown): string[] {
	const roles = String(value ?? '')
		.split(/[\s,]+/)
		.map((role) => role.trim())
		.filter(Boolean);
	return roles.length ? roles : ['admin'];
}

/** Whether a user holding `userRoles` may use /admin-user under the setting's `allowedRoles`. */
export function mayUseAdminCommand(userRoles: string[], allowedRoles: string[]): boolean {
	return userRoles.some((role) => allowedRoles.includes(role));
}

/** A usable request timeout: the setting, within sane bounds. */
export function normalizeTimeout(value: unknown): number {
	const timeout = Number(value);
	if (!Number.isFinite(timeout) || timeout <= 0) {
		return DEFAULT_TIMEOUT_MS;
	}
	return Math.min(Math.max(Math.round(timeout), 500), 60000);
}

export function normalizeBaseUrl(value: string): string {
	return value.trim().replace(/\/+$/, '');
}
