import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

/** The app's own settings (PRODUCT §6). */
export const AppSetting = {
	ServerUrl: 'server_url',
	RequestTimeout: 'request_timeout_ms',
	AdminRoles: 'admin_roles',
	AuditRoom: 'audit_room',
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
];

/** What every invocation that calls the server needs. */
export interface AppConfig {
	baseUrl: string;
	timeoutMs: number;
}

/** What only `/admin-user` needs: read by admin flows alone, once per invocation. */
export interface AdminSettings {
	adminRoles: string[];
	auditRoom: string;
}

/** Splits "admin, user-manager" into role names; an empty setting means the default, admin only. */
export function parseRoleList(value: unknown): string[] {
	const roles = String(value ?? '')
		.split(/[\s,]+/)
		.map((role) => role.trim())
		.filter(Boolean);
	return roles.length ? roles : ['admin'];
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

async function appSetting(read: IRead, id: string): Promise<unknown> {
	try {
		return await read.getEnvironmentReader().getSettings().getValueById(id);
	} catch {
		return undefined;
	}
}

/** Reads a server setting, falling back when it is missing or unreadable. */
export async function serverSetting<T>(read: IRead, id: string, fallback: T): Promise<T> {
	try {
		const value = await read.getEnvironmentReader().getServerSettings().getValueById(id);
		return value === undefined || value === null ? fallback : (value as T);
	} catch {
		return fallback;
	}
}

export async function readAppConfig(read: IRead): Promise<AppConfig> {
	const [configuredUrl, timeout] = await Promise.all([
		appSetting(read, AppSetting.ServerUrl),
		appSetting(read, AppSetting.RequestTimeout),
	]);
	const url = String(configuredUrl ?? '');
	return {
		baseUrl: normalizeBaseUrl(url || (await serverSetting(read, 'Site_Url', ''))),
		timeoutMs: normalizeTimeout(timeout),
	};
}

export async function readAdminSettings(read: IRead): Promise<AdminSettings> {
	const [roles, auditRoom] = await Promise.all([
		appSetting(read, AppSetting.AdminRoles),
		appSetting(read, AppSetting.AuditRoom),
	]);
	return { adminRoles: parseRoleList(roles), auditRoom: String(auditRoom ?? '').trim() };
}
