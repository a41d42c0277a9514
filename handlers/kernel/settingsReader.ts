import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import {
	AdminSettings,
	AppSetting,
	normalizeBaseUrl,
	normalizeTimeout,
	parseConfirmSetting,
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

/** The app settings every invocation needs. App settings live with the app: reading them is no server round trip. */
export async function readAppSettings(
	read: IRead,
): Promise<{ serverUrl: string; timeoutMs: number }> {
	const [serverUrl, timeout] = await Promise.all([
		appSetting(read, AppSetting.ServerUrl),
		appSetting(read, AppSetting.RequestTimeout),
	]);
	return { serverUrl: String(serverUrl ?? ''), timeoutMs: normalizeTimeout(timeout) };
}

/** The URL the app calls: the app setting, else the server's Site_Url (read only then). */
export async function resolveBaseUrl(read: IRead, serverUrl: string): Promise<string> {
	return normalizeBaseUrl(serverUrl || (await serverSetting(read, 'Site_Url', '')));
}

export async function readAdminSettings(read: IRead): Promise<AdminSettings> {
	const [roles, auditRoom, confirm] = await Promise.all([
		appSetting(read, AppSetting.AdminRoles),
		appSetting(read, AppSetting.AuditRoom),
		appSetting(read, AppSetting.ConfirmAdminChanges),
	]);
	return {
		adminRoles: parseRoleList(roles),
		auditRoom: String(auditRoom ?? '').trim(),
		confirmChanges: parseConfirmSetting(confirm),
	};
}
