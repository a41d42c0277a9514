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

/**
 * The app's own settings, kept between invocations: the engine tells the app of every change (it calls
 * `onSettingUpdated` after storing the new value: AppSettingsManager.updateAppSetting in Apps-Engine; Rocket.Chat
 * relays a change made on another server instance to each one's engine the same way,
 * apps/meteor/ee/server/apps/communication/websockets.ts onAppSettingUpdated), and the app forgets all it kept then.
 * A read that began before a change is not kept. Each read through the engine is a trip across vm2; most
 * invocations now make none.
 */
export class AppSettingsMemory {
	private readonly values = new Map<string, unknown>();
	private generation = 0;

	/** A setting changed (or the app was enabled again): the next invocation reads every setting afresh. */
	public forget(): void {
		this.values.clear();
		this.generation++;
	}

	/** The settings `ids`, in order: kept values, the others read through the engine (together) and kept. */
	public async read(read: IRead, ids: readonly string[]): Promise<unknown[]> {
		const missing = ids.filter((id) => !this.values.has(id));
		if (missing.length) {
			const generation = this.generation;
			const values = await Promise.all(missing.map((id) => appSetting(read, id)));
			if (generation !== this.generation) {
				// A change arrived meanwhile: use what was read, keep nothing.
				const fresh = new Map(missing.map((id, i) => [id, values[i]]));
				return ids.map((id) => (fresh.has(id) ? fresh.get(id) : this.values.get(id)));
			}
			missing.forEach((id, i) => this.values.set(id, values[i]));
		}
		return ids.map((id) => this.values.get(id));
	}
}

/** App settings through `memory` when the app keeps one, else straight from the engine. */
function appSettings(
	read: IRead,
	ids: readonly string[],
	memory: AppSettingsMemory | undefined,
): Promise<unknown[]> {
	return memory ? memory.read(read, ids) : Promise.all(ids.map((id) => appSetting(read, id)));
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

/** The app settings every invocation needs (kept in `memory` between invocations, when given). */
export async function readAppSettings(
	read: IRead,
	memory?: AppSettingsMemory,
): Promise<{ serverUrl: string; timeoutMs: number }> {
	const [serverUrl, timeout] = await appSettings(
		read,
		[AppSetting.ServerUrl, AppSetting.RequestTimeout],
		memory,
	);
	return { serverUrl: String(serverUrl ?? ''), timeoutMs: normalizeTimeout(timeout) };
}

/** The URL the app calls: the app setting, else the server's Site_Url (read only then). */
export async function resolveBaseUrl(read: IRead, serverUrl: string): Promise<string> {
	return normalizeBaseUrl(serverUrl || (await serverSetting(read, 'Site_Url', '')));
}

export async function readAdminSettings(
	read: IRead,
	memory?: AppSettingsMemory,
): Promise<AdminSettings> {
	const [roles, auditRoom, confirm] = await appSettings(
		read,
		[AppSetting.AdminRoles, AppSetting.AuditRoom, AppSetting.ConfirmAdminChanges],
		memory,
	);
	return {
		adminRoles: parseRoleList(roles),
		auditRoom: String(auditRoom ?? '').trim(),
		confirmChanges: parseConfirmSetting(confirm),
	};
}
