/**
 * The user's profile as the app sees it, and the plan for changing it: which fields really change, the request
 * body that carries them, and the "old → new" lines for the reply. Pure functions.
 */
import type { FieldChange } from './args';
import type { FieldRef, StandardField } from './fields';
import { isYesNoField, parseYesNo } from './fields';

export interface ProfileSnapshot {
	id: string;
	name: string;
	username: string;
	nickname: string;
	bio: string;
	status: string;
	statusText: string;
	email: string;
	emailVerified: boolean;
	customFields: Record<string, string>;
	roles: string[];
	active: boolean;
	requirePasswordChange: boolean;
	/**
	 * Read from the engine's user reader, which has no nickname (Rocket.Chat's AppUsersConverter#convertToApp,
	 * apps/meteor/app/apps/server/converters/users.ts, does not copy it): `nickname` is '' until `withNickname`.
	 */
	nicknameUnknown?: boolean;
	/** users.info's `canViewAllInfo`: false when the caller lacks view-full-other-user-info (private fields hidden). */
	canViewAllInfo?: boolean;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** Reads a user object from /me, users.info or users.update into a snapshot. */
/** An array's items as strings, read by index (an engine array's own `map` would cross vm2 per item). */
function stringsOf(items: readonly unknown[]): string[] {
	const strings: string[] = [];
	for (let i = 0; i < items.length; i++) {
		strings.push(String(items[i]));
	}
	return strings;
}

export function snapshotOf(user: Record<string, unknown>): ProfileSnapshot {
	const emails = Array.isArray(user.emails)
		? (user.emails as Array<{ address?: unknown; verified?: unknown }>)
		: [];
	const firstEmail = emails[0];
	const customFields: Record<string, string> = {};
	if (user.customFields && typeof user.customFields === 'object') {
		for (const [key, value] of Object.entries(user.customFields as Record<string, unknown>)) {
			customFields[key] = value === undefined || value === null ? '' : String(value);
		}
	}
	return {
		id: text(user._id),
		name: text(user.name),
		username: text(user.username),
		nickname: text(user.nickname),
		bio: text(user.bio),
		status: text(user.status),
		statusText: text(user.statusText),
		email: firstEmail ? text(firstEmail.address) : text(user.email),
		emailVerified: firstEmail ? firstEmail.verified === true : false,
		customFields,
		roles: Array.isArray(user.roles) ? stringsOf(user.roles) : [],
		active: user.active !== false,
		requirePasswordChange: user.requirePasswordChange === true,
		...(typeof user.canViewAllInfo === 'boolean' ? { canViewAllInfo: user.canViewAllInfo } : {}),
	};
}

/** The fields of the engine's IUser the app reads (definition/users/IUser.d.ts of apps-engine 1.42.1). */
export interface ReaderUser {
	id: string;
	username?: string;
	name?: string;
	emails?: Array<{ address?: string; verified?: boolean }>;
	bio?: string;
	status?: string;
	statusText?: string;
	customFields?: Record<string, unknown>;
	roles?: string[];
	isEnabled?: boolean;
}

/** Where each snapshot field comes from in the engine's user, as `snapshotOf` reads it (its key, the reader's). */
const READER_SOURCES: Record<
	Exclude<keyof ProfileSnapshot, 'nicknameUnknown' | 'canViewAllInfo'>,
	Array<[string, keyof ReaderUser]>
> = {
	id: [['_id', 'id']],
	name: [['name', 'name']],
	username: [['username', 'username']],
	nickname: [],
	bio: [['bio', 'bio']],
	status: [['status', 'status']],
	statusText: [['statusText', 'statusText']],
	email: [['emails', 'emails']],
	emailVerified: [['emails', 'emails']],
	customFields: [['customFields', 'customFields']],
	roles: [['roles', 'roles']],
	active: [['active', 'isEnabled']],
	requirePasswordChange: [],
};

/**
 * A snapshot from the engine's user reader: everything but the nickname, which only /me has. Each field is read
 * from the engine's user when first used (then kept): under vm2 every property read of the engine's object is a
 * trip across the sandbox, and most changes look at one or two fields. The fields are enumerable accessors, so a
 * copy (spread, JSON) holds them all, each with the value `snapshotOf` gives it.
 */
export function snapshotOfReaderUser(user: ReaderUser): ProfileSnapshot {
	const snapshot = {} as ProfileSnapshot;
	for (const [field, sources] of Object.entries(READER_SOURCES)) {
		let known = false;
		let value: unknown;
		Object.defineProperty(snapshot, field, {
			enumerable: true,
			configurable: true,
			get: () => {
				if (!known) {
					const source: Record<string, unknown> = {};
					for (const [to, from] of sources) {
						source[to] = user[from];
					}
					value = snapshotOf(source)[field as keyof ProfileSnapshot];
					known = true;
				}
				return value;
			},
			set: (next: unknown) => {
				value = next;
				known = true;
			},
		});
	}
	snapshot.nicknameUnknown = true;
	return snapshot;
}

/** Completes a reader snapshot with the nickname from GET /api/v1/me. */
export function withNickname(
	snapshot: ProfileSnapshot,
	me: Record<string, unknown>,
): ProfileSnapshot {
	const { nicknameUnknown: _unknown, ...known } = snapshot;
	return { ...known, nickname: text(me.nickname) };
}

/** One line of a reply: which field, from what, to what. */
export interface ChangeLine {
	field: string;
	custom: boolean;
	old: string;
	new: string;
}

export interface OwnUpdate {
	/** `data` of users.updateOwnBasicInfo. */
	data: Record<string, string>;
	/** Top-level `customFields`: all of the user's custom fields, changed ones included (the server validates the set). */
	customFields?: Record<string, string>;
	lines: ChangeLine[];
}

const OWN_DATA_KEYS: Partial<Record<StandardField, string>> = {
	name: 'name',
	username: 'username',
	nickname: 'nickname',
	bio: 'bio',
	status: 'statusType',
	statusText: 'statusText',
	email: 'email',
};

export function currentValue(snapshot: ProfileSnapshot, ref: FieldRef): string {
	if (ref.kind === 'custom') {
		return snapshot.customFields[ref.field] ?? '';
	}
	switch (ref.field) {
		case 'verified':
			return snapshot.emailVerified ? 'yes' : 'no';
		case 'requirePasswordChange':
			return snapshot.requirePasswordChange ? 'yes' : 'no';
		case 'active':
			return snapshot.active ? 'yes' : 'no';
		default:
			return snapshot[ref.field];
	}
}

/** Whether a requested value equals what the user already has (yes/no fields compare as booleans). */
export function isUnchanged(snapshot: ProfileSnapshot, change: FieldChange): boolean {
	const current = currentValue(snapshot, change.ref);
	if (isYesNoField(change.ref)) {
		return parseYesNo(change.value) === (current === 'yes');
	}
	if (change.ref.kind === 'standard' && change.ref.field === 'email') {
		return current.toLowerCase() === change.value.trim().toLowerCase();
	}
	return current === change.value;
}

/** The value as the reply shows it: yes/no fields read back as yes or no. */
function shownValue(change: FieldChange): string {
	if (isYesNoField(change.ref)) {
		return parseYesNo(change.value) ? 'yes' : 'no';
	}
	return change.value;
}

/** Requested changes that really change something, split the way both REST bodies need them. */
export interface EffectiveChanges {
	standard: Array<{ field: StandardField; value: string }>;
	/** All of the user's custom fields with the changed ones, or undefined when none changes. */
	customFields?: Record<string, string>;
	lines: ChangeLine[];
}

export function effectiveChanges(
	snapshot: ProfileSnapshot,
	changes: FieldChange[],
): EffectiveChanges {
	const effective = changes.filter((change) => !isUnchanged(snapshot, change));
	const standard: EffectiveChanges['standard'] = [];
	let customFields: Record<string, string> | undefined;
	for (const { ref, value } of effective) {
		if (ref.kind === 'custom') {
			customFields = { ...(customFields ?? snapshot.customFields), [ref.field]: value };
		} else {
			standard.push({ field: ref.field, value });
		}
	}
	const lines = effective.map((change) => ({
		field: change.ref.field,
		custom: change.ref.kind === 'custom',
		old: currentValue(snapshot, change.ref),
		new: shownValue(change),
	}));
	return { standard, customFields, lines };
}

/** Plans one users.updateOwnBasicInfo request for the changes that really change something. */
export function planOwnUpdate(snapshot: ProfileSnapshot, changes: FieldChange[]): OwnUpdate {
	const { standard, customFields, lines } = effectiveChanges(snapshot, changes);
	const data: Record<string, string> = {};
	for (const { field, value } of standard) {
		const key = OWN_DATA_KEYS[field];
		if (key) {
			// 7.x servers skip a falsy nickname; a single space is truthy and is stored trimmed, i.e. empty.
			data[key] = field === 'nickname' && value === '' ? ' ' : value;
		}
	}
	return { data, customFields, lines };
}

/** The body of users.updateOwnBasicInfo. */
export function ownUpdateBody(
	update: Pick<OwnUpdate, 'data' | 'customFields'>,
	currentPassword?: string,
): object {
	const data = currentPassword ? { ...update.data, currentPassword } : update.data;
	return update.customFields ? { data, customFields: update.customFields } : { data };
}
