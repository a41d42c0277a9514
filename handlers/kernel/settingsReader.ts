import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import {
	AdminSettings,
	AppConfig,
	AppSetting,
	normalizeBaseUrl,
	normalizeTimeout,
	parseRoleList,
} from '../../lib/settings';

/** Reads the app's and the server's settings through the engine; the decisions about them live in lib/settings.ts. */
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
