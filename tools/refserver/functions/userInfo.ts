/**
 * The user shapes the endpoints answer with: `getUserInfo` (me/login; apps/meteor/app/api/server/helpers/getUserInfo.ts),
 * users.info (apps/meteor/app/lib/server/functions/getFullUserData.ts), users.* (…/api/server/helpers/parseJsonQuery.ts).
 */
import { hasPermission, type ServerState } from '../state';
import { isOAuthUser } from '../twoFactorMethods';
import type { StoredUser } from '../types';
import { customFieldsMeta, publicCustomFieldNames } from './customFields';
import { omitFields, pickFields } from './projection';

/** A representative part of the `Accounts_Default_User_Preferences_*` defaults. */
export const DEFAULT_USER_PREFERENCES: Record<string, unknown> = {
	enableAutoAway: true,
	idleTimeLimit: 300,
	desktopNotifications: 'all',
	pushNotifications: 'all',
	unreadAlert: true,
	useEmojis: true,
	convertAsciiEmoji: true,
	autoImageLoad: true,
	saveMobileBandwidth: true,
	collapseMediaByDefault: false,
	hideUsernames: false,
	hideRoles: false,
	hideFlexTab: false,
	displayAvatars: true,
	sidebarGroupByType: true,
	sidebarViewMode: 'medium',
	sidebarDisplayAvatar: true,
	sidebarShowUnread: false,
	sidebarSortby: 'activity',
	sidebarShowFavorites: true,
	sendOnEnter: 'normal',
	emailNotificationMode: 'mentions',
	newRoomNotification: 'door',
	newMessageNotification: 'chime',
	muteFocusedConversations: true,
	notificationsSoundVolume: 100,
	themeAppearence: 'auto',
};

/** `getBaseUserFields()`: what `/me` loads before `getUserInfo` (apps/meteor/app/utils/server/functions/getBaseUserFields.ts). */
export const BASE_USER_FIELDS = [
	'_id',
	'name',
	'username',
	'nickname',
	'emails',
	'status',
	'statusDefault',
	'statusText',
	'statusConnection',
	'bio',
	'avatarOrigin',
	'utcOffset',
	'language',
	'settings',
	'enableAutoAway',
	'idleTimeLimit',
	'roles',
	'active',
	'defaultRoom',
	'customFields',
	'requirePasswordChange',
	'requirePasswordChangeReason',
	'statusLivechat',
	'banners',
	'oauth',
	'_updatedAt',
	'avatarETag',
	'openBusinessHours',
	'services',
];

function avatarUrl(state: ServerState, username: string | undefined): string {
	return `${String(state.settings.get('Site_Url')).replace(/\/+$/, '')}/avatar/${username}`;
}

/** Only the booleans a client needs; secrets never leave through `getUserInfo`. */
function reducedServices(user: StoredUser): Record<string, unknown> {
	const { services } = user;
	return {
		...(services.github ? { github: services.github } : {}),
		...(services.gitlab ? { gitlab: services.gitlab } : {}),
		...(services.email2fa?.enabled ? { email2fa: { enabled: true } } : {}),
		...(services.totp?.enabled ? { totp: { enabled: true } } : {}),
		password: { exists: !!services.password?.bcrypt },
	};
}

/** `getUserInfo(me)`: spreads the given document and rewrites email/settings/services. */
export function getUserInfo(
	state: ServerState,
	doc: StoredUser,
	withPreferences = true,
): Record<string, unknown> {
	const verifiedEmail = doc.emails?.find((email) => email.verified);
	const preferences = { ...DEFAULT_USER_PREFERENCES, ...(doc.settings?.preferences ?? {}) };
	return {
		...doc,
		email: verifiedEmail?.address,
		settings: { profile: {}, ...(withPreferences ? { preferences } : {}), calendar: {} },
		avatarUrl: avatarUrl(state, doc.username),
		isOAuthUser: isOAuthUser(doc),
		...(doc.services ? { services: reducedServices(doc) } : {}),
	};
}

export function meFields(user: StoredUser): StoredUser {
	return pickFields(user, BASE_USER_FIELDS) as StoredUser;
}

const INFO_DEFAULT_FIELDS = [
	'_id',
	'name',
	'username',
	'nickname',
	'status',
	'utcOffset',
	'type',
	'active',
	'bio',
	'reason',
	'statusText',
	'avatarETag',
	'extension',
	'federated',
	'statusLivechat',
	'freeSwitchExtension',
];
const INFO_VN_FIELDS = ['statusSource', 'statusExpiresAt', 'abacAttributes'];
const INFO_FULL_FIELDS = [
	'emails',
	'phone',
	'statusConnection',
	'createdAt',
	'lastLogin',
	'requirePasswordChange',
	'requirePasswordChangeReason',
	'roles',
	'importIds',
];

export type InfoSearchType = 'id' | 'username' | 'importId' | 'email' | 'freeSwitchExtension';

function findForInfo(
	state: ServerState,
	value: string,
	type: InfoSearchType,
): StoredUser | undefined {
	switch (type) {
		case 'importId':
			return state.users.findByImportId(value);
		case 'email':
			return state.users.findByEmail(value);
		case 'freeSwitchExtension':
			return state.users.all().find((user) => user.freeSwitchExtension === value);
		default:
			return state.users.findByIdOrUsername(value);
	}
}

function isMyself(caller: StoredUser, value: string, type: InfoSearchType): boolean {
	switch (type) {
		case 'id':
			return value === caller._id;
		case 'username':
			return value === caller.username;
		case 'importId':
			return !!caller.importIds?.includes(value);
		case 'email':
			return !!caller.emails?.some((email) => email.address === value);
		default:
			return value === caller.freeSwitchExtension;
	}
}

/** `getFullUserDataByIdOrUsernameOrImportId` (VN also by e-mail / extension). */
export function getFullUserData(
	state: ServerState,
	caller: StoredUser,
	value: string,
	type: InfoSearchType,
): Record<string, unknown> | null {
	const myself = isMyself(caller, value, type);
	const canViewAllInfo = myself || hasPermission(state, caller, 'view-full-other-user-info');
	if ((type === 'importId' || type === 'email') && !canViewAllInfo) {
		return null;
	}
	const user = findForInfo(state, value, type);
	if (!user) {
		return null;
	}
	const fields = [
		...INFO_DEFAULT_FIELDS,
		...(state.profile === 'vn' ? INFO_VN_FIELDS : []),
		...(canViewAllInfo ? INFO_FULL_FIELDS : []),
	];
	const result: Record<string, unknown> = pickFields(user, fields);
	const customFields = canViewAllInfo
		? user.customFields
		: pickFields(user.customFields ?? {}, publicCustomFieldNames(state));
	if (customFields && Object.keys(customFields).length) {
		result.customFields = customFields;
	}
	if (myself) {
		const { password, ...services } = user.services;
		const visible: Record<string, unknown> = {
			...services,
			...(password ? { password: true } : {}),
		};
		if (state.profile === 'vn') {
			delete visible.resume;
			delete visible.passwordHistory;
			delete visible.email;
		}
		result.services = visible;
	}
	result.canViewAllInfo = canViewAllInfo;
	return result;
}

/** `API.v1.defaultFieldsToExclude`. */
export const DEFAULT_FIELDS_TO_EXCLUDE = ['joinCode', 'members', 'importIds', 'e2e'];

const LIMITED_USER_FIELDS_TO_EXCLUDE = [
	'avatarOrigin',
	'emails',
	'phone',
	'statusConnection',
	'createdAt',
	'lastLogin',
	'services',
	'requirePasswordChange',
	'requirePasswordChangeReason',
	'roles',
	'statusDefault',
	'_updatedAt',
	'settings',
	'inviteToken',
];

function nonPublicCustomFieldPaths(state: ServerState): string[] {
	let meta;
	try {
		meta = customFieldsMeta(state) ?? {};
	} catch {
		meta = {};
	}
	return Object.entries(meta)
		.filter(([, field]) => field.public !== true)
		.map(([name]) => `customFields.${name}`);
}

/** `parseJsonQuery` projection for `users.*` routes, depending on the caller's view-full-other-user-info. */
export function projectForUsersRoute(
	state: ServerState,
	callerId: string,
	user: StoredUser,
): Record<string, unknown> {
	const privileged = hasPermission(state, callerId, 'view-full-other-user-info');
	const excluded = privileged
		? [...DEFAULT_FIELDS_TO_EXCLUDE, 'services', 'inviteToken']
		: [
				...DEFAULT_FIELDS_TO_EXCLUDE,
				...LIMITED_USER_FIELDS_TO_EXCLUDE,
				...nonPublicCustomFieldPaths(state),
		  ];
	return omitFields(user, excluded);
}
