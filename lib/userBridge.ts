/**
 * Status, status text and bio are written through the Apps-Engine user bridge (IUserUpdater): no link, no REST
 * request, nothing taken from the shared rate-limit budget. The bridge checks nothing (Rocket.Chat
 * apps/meteor/app/apps/server/bridges/users.ts, AppUserBridge#update: `Presence.setStatus` for the status, `$set` for
 * the rest), so the app applies here what users.updateOwnBasicInfo would (docs/server-rules.md, "User bridge").
 */
import type { FieldChange } from './args';
import { LIMITS } from './fields';
import type { Translatable } from './i18n';
import { ChangeLine, effectiveChanges, ProfileSnapshot } from './profile';

/** Fields the user bridge writes. */
export const BRIDGE_FIELDS: readonly string[] = ['bio', 'status', 'statusText'];

export function isBridgeChange(change: FieldChange): boolean {
	return change.ref.kind === 'standard' && BRIDGE_FIELDS.includes(change.ref.field);
}

/** The changes the bridge writes and the ones that still go through REST, in the order typed. */
export function splitChanges(changes: FieldChange[]): {
	bridge: FieldChange[];
	rest: FieldChange[];
} {
	return {
		bridge: changes.filter(isBridgeChange),
		rest: changes.filter((change) => !isBridgeChange(change)),
	};
}

/** The workspace settings users.updateOwnBasicInfo checks for these fields (Rocket.Chat defaults: all true). */
export interface ProfileSwitches {
	/** Accounts_AllowUserProfileChange: saveUserProfile refuses every change without it. */
	profileChange: boolean;
	/** Accounts_AllowUserStatusMessageChange: the status text. */
	statusTextChange: boolean;
	/** Accounts_AllowInvisibleStatusOption: the status `offline`. */
	invisibleStatus: boolean;
}

export const PROFILE_SWITCH_IDS = {
	profileChange: 'Accounts_AllowUserProfileChange',
	statusTextChange: 'Accounts_AllowUserStatusMessageChange',
	invisibleStatus: 'Accounts_AllowInvisibleStatusOption',
} as const;

/** What the bridge writes: only fields that change; status text and bio trimmed as the server stores them. */
export interface BridgeUpdate {
	status?: string;
	statusText?: string;
	bio?: string;
	lines: ChangeLine[];
}

/**
 * Plans the bridge write. Values are trimmed first (saveUserProfile stores `bio.trim()`; setStatusText trims), so
 * "unchanged" is judged on what would be stored. Lengths and status values are checked before, by checkValue.
 */
export function planBridgeUpdate(snapshot: ProfileSnapshot, changes: FieldChange[]): BridgeUpdate {
	const trimmed = changes.map((change) =>
		change.ref.field === 'status' ? change : { ...change, value: change.value.trim() },
	);
	const { standard, lines } = effectiveChanges(snapshot, trimmed);
	const update: BridgeUpdate = { lines };
	for (const { field, value } of standard) {
		if (field === 'status' || field === 'statusText' || field === 'bio') {
			update[field] = value;
		}
	}
	return update;
}

/**
 * What users.updateOwnBasicInfo would refuse in this write, checked in the server's order:
 * saveUserProfile refuses everything without Accounts_AllowUserProfileChange
 * (apps/meteor/server/methods/saveUserProfile.ts); validateUserEditing refuses a changed status text without
 * Accounts_AllowUserStatusMessageChange (apps/meteor/app/lib/server/functions/saveUser/validateUserEditing.ts);
 * setUserStatusMethod refuses `offline` without Accounts_AllowInvisibleStatusOption
 * (apps/meteor/app/user-status/server/methods/setUserStatus.ts). Bio ≤ 260 (saveUserProfile MAX_BIO_LENGTH) and
 * status text ≤ 120 (setStatusText) are checked again here, since the bridge would store anything.
 */
export function bridgeRefusal(
	update: BridgeUpdate,
	switches: ProfileSwitches,
): Translatable | undefined {
	if (!update.lines.length) {
		return undefined;
	}
	if (!switches.profileChange) {
		return { key: 'error_not_allowed_profile' };
	}
	if (update.statusText !== undefined && !switches.statusTextChange) {
		return { key: 'error_not_allowed_status' };
	}
	if (update.status === 'offline' && !switches.invisibleStatus) {
		return { key: 'error_invisible_disabled' };
	}
	for (const field of ['bio', 'statusText'] as const) {
		const value = update[field];
		if (value !== undefined && value.length > LIMITS[field]) {
			return {
				key: 'error_too_long',
				params: { field, max: LIMITS[field], length: value.length },
			};
		}
	}
	return undefined;
}
