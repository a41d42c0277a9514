/** `/admin-user doctor`: gathers the facts; the checks and the report are in lib/doctor.ts. */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import {
	DOCTOR_SETTING_IDS,
	DoctorFacts,
	formatDoctorReport,
	InfoFact,
	infoFact,
	PermissionsFact,
	permissionsFact,
	runDoctorChecks,
} from '../../lib/doctor';
import { classifyResponse, classifyThrown } from '../../lib/restOutcome';
import { AppSetting } from '../../lib/settings';
import type { Invocation } from '../kernel/Invocation';

/** Each readable setting's value; an unreadable or unknown one is left out, as the server reader refuses it. */
async function readSettings(inv: Invocation): Promise<Record<string, unknown>> {
	const reader = inv.read.getEnvironmentReader().getServerSettings();
	const values = await Promise.all(
		DOCTOR_SETTING_IDS.map(async (id) => {
			try {
				return [id, await reader.getValueById(id)] as const;
			} catch {
				return [id, undefined] as const;
			}
		}),
	);
	return Object.fromEntries(values.filter(([, value]) => value !== undefined && value !== null));
}

/** `GET <url>/api/info` without credentials: it needs none, and answers only what anyone may see. */
async function readInfo(inv: Invocation): Promise<InfoFact> {
	const baseUrl = await inv.baseUrl();
	const started = Date.now();
	try {
		const response = await inv.http.get(`${baseUrl}/api/info`, {
			headers: { Accept: 'application/json' },
			timeout: inv.timeoutMs,
		});
		return infoFact(response ? classifyResponse(response) : undefined);
	} catch (error) {
		return infoFact(classifyThrown(error, Date.now() - started, inv.timeoutMs));
	}
}

async function readPermissions(inv: Invocation): Promise<PermissionsFact> {
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		return { kind: 'not-linked' };
	}
	return permissionsFact(await inv.rest().call('get', 'permissions.listAll', { credential }));
}

async function urlFromAppSetting(inv: Invocation): Promise<boolean> {
	try {
		const value = await inv.read
			.getEnvironmentReader()
			.getSettings()
			.getValueById(AppSetting.ServerUrl);
		return String(value ?? '').trim() !== '';
	} catch {
		return false;
	}
}

export async function gatherDoctorFacts(inv: Invocation): Promise<DoctorFacts> {
	const [settings, info, permissions, fromSetting, { adminRoles }] = await Promise.all([
		readSettings(inv),
		readInfo(inv),
		readPermissions(inv),
		urlFromAppSetting(inv),
		inv.adminSettings(),
	]);
	return {
		serverUrl: await inv.baseUrl(),
		urlFromAppSetting: fromSetting,
		info,
		permissions,
		allowedRoles: adminRoles,
		settings,
		// Site_Url always exists on a server: unreadable means the app may not read settings at all.
		settingsReadable: settings.Site_Url !== undefined,
	};
}

/** One private report; never changes anything. */
export async function runDoctor(inv: Invocation, room: IRoom): Promise<void> {
	const facts = await gatherDoctorFacts(inv);
	const report = formatDoctorReport((key, params) => inv.t(key, params), runDoctorChecks(facts));
	await inv.notify(room, report);
}
