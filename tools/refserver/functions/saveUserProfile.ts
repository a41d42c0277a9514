/**
 * `executeSaveUserProfile` → `saveUserProfile` (users.updateOwnBasicInfo): V7 apps/meteor/server/methods/saveUserProfile.ts,
 * VN apps/meteor/server/meteor-methods/users/saveUserProfile.ts.
 * Not transactional: a failing later step leaves the earlier changes applied, as on the real server.
 */
import { MeteorError } from '../meteorError';
import type { RouteContext } from '../route';
import type { ServerState } from '../state';
import { twoFactorOf } from '../twoFactor';
import type { StoredUser } from '../types';
import { touch } from '../users';
import { saveCustomFields } from './customFields';
import { setEmailFunction } from './email';
import { saveUserIdentity } from './identity';
import {
	addPasswordToHistory,
	compareUserPassword,
	isNotInPasswordHistory,
	setPassword,
} from './password';
import { validatePasswordPolicy } from './passwordPolicy';
import { setUserStatusMethod } from './status';
import { removeOtherLoginTokens } from './tokens';
import { validateUserEditing } from './validateUserEditing';

const MAX_BIO_LENGTH = 260;
const MAX_NICKNAME_LENGTH = 120;

/** The route's mapping of `data` (name → realname, currentPassword → typedPassword); values may be null. */
export interface ProfileChanges {
	email?: string | null;
	realname?: string | null;
	username?: string | null;
	nickname?: string | null;
	bio?: string | null;
	statusText?: string | null;
	statusType?: string | null;
	newPassword?: string | null;
	typedPassword?: string | null;
}

export interface SecondFactorArgument {
	twoFactorCode: string;
	twoFactorMethod: string;
}

/** V7: any email/newPassword. VN: only when it would change something guarded. */
function needsSecondFactor(state: ServerState, user: StoredUser, changes: ProfileChanges): boolean {
	if (state.profile === 'v7') {
		return !!changes.email || !!changes.newPassword;
	}
	const emailGuarded = !!changes.email && (user.emails?.length ?? 0) > 0;
	const passwordGuarded =
		!!changes.newPassword &&
		Object.keys(user.services ?? {}).length > 0 &&
		!user.requirePasswordChange;
	return emailGuarded || passwordGuarded;
}

function sizeChecked(
	field: 'bio' | 'nickname',
	value: unknown,
	max: number,
	errorCode: string,
	label: string,
): string {
	if (typeof value !== 'string') {
		throw new MeteorError('error-invalid-field', field, { method: 'saveUserProfile' });
	}
	if (value.length > max) {
		throw new MeteorError(errorCode, `${label} size exceeds ${max} characters`, {
			method: 'saveUserProfile',
		});
	}
	return value.trim();
}

function setOptionalText(user: StoredUser, field: 'bio' | 'nickname', value: string): void {
	if (value) {
		user[field] = value;
	} else {
		delete user[field];
	}
}

function applyStatus(state: ServerState, user: StoredUser, changes: ProfileChanges): void {
	const statusText = changes.statusText ?? undefined;
	const statusType = changes.statusType ?? undefined;
	if (state.profile === 'vn') {
		if (statusType || statusText || statusText === '') {
			setUserStatusMethod(state, user, statusType, statusText);
		}
		return;
	}
	if (statusText || statusText === '') {
		setUserStatusMethod(state, user, undefined, statusText);
	}
	if (statusType) {
		setUserStatusMethod(state, user, statusType, undefined);
	}
}

function applyBioAndNickname(state: ServerState, user: StoredUser, changes: ProfileChanges): void {
	const vn = state.profile === 'vn';
	// V7 handles any defined bio (null → error-invalid-field) but only a truthy nickname; VN also accepts ''.
	if (vn ? !!changes.bio || changes.bio === '' : changes.bio !== undefined) {
		setOptionalText(
			user,
			'bio',
			sizeChecked('bio', changes.bio, MAX_BIO_LENGTH, 'error-bio-size-exceeded', 'Bio'),
		);
	}
	if (changes.nickname || (vn && changes.nickname === '')) {
		setOptionalText(
			user,
			'nickname',
			sizeChecked(
				'nickname',
				changes.nickname,
				MAX_NICKNAME_LENGTH,
				'error-nickname-size-exceeded',
				'Nickname',
			),
		);
	}
}

async function applyNewPassword(
	context: RouteContext,
	user: StoredUser,
	newPassword: string | null | undefined,
): Promise<void> {
	const { state } = context;
	const allowedForUser =
		state.settings.get('Accounts_AllowPasswordChangeForOAuthUsers') === true ||
		!!user.services.password;
	const oldHash = user.services.password?.bcrypt;
	// Silently ignored unless password changes are allowed and the user already has a local password.
	if (
		!allowedForUser ||
		!newPassword ||
		state.settings.get('Accounts_AllowPasswordChange') !== true ||
		!oldHash
	) {
		return;
	}
	if (await compareUserPassword(user, newPassword)) {
		throw new MeteorError(
			'error-password-same-as-current',
			'Entered password same as current password',
			{ method: 'saveUserProfile' },
		);
	}
	if (!(await isNotInPasswordHistory(state, user, newPassword))) {
		throw new MeteorError(
			'error-password-in-history',
			'Entered password has been previously used',
			{ method: 'saveUserProfile' },
		);
	}
	validatePasswordPolicy(state, newPassword);
	await setPassword(state, user, newPassword);
	addPasswordToHistory(state, user, oldHash);
	removeOtherLoginTokens(user, context.hashedToken);
	if (state.profile === 'vn') {
		delete user.requirePasswordChange;
		delete user.requirePasswordChangeReason;
	}
}

async function saveUserProfile(
	context: RouteContext,
	userId: string,
	changes: ProfileChanges,
	customFields: Record<string, unknown>,
): Promise<void> {
	const { state } = context;
	if (state.settings.get('Accounts_AllowUserProfileChange') !== true) {
		throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'saveUserProfile' });
	}
	validateUserEditing(state, userId, {
		_id: userId,
		email: changes.email,
		username: changes.username,
		name: changes.realname,
		password: changes.newPassword,
		statusText: changes.statusText,
	});
	const user = state.users.findById(userId);
	if (!user) {
		throw new MeteorError('error-invalid-user', 'Invalid user', { method: 'saveUserProfile' });
	}
	if (changes.realname || changes.username) {
		if (!saveUserIdentity(state, user, changes.realname, changes.username)) {
			throw new MeteorError('error-could-not-save-identity', 'Could not save user identity', {
				method: 'saveUserProfile',
			});
		}
	}
	applyStatus(state, user, changes);
	applyBioAndNickname(state, user, changes);
	if (changes.email) {
		setEmailFunction(state, userId, changes.email, user);
	}
	await applyNewPassword(context, user, changes.newPassword);
	if (customFields && Object.keys(customFields).length) {
		saveCustomFields(state, user, customFields);
	}
	touch(user, state.clock.now());
}

/** Runs the `requireSecondFactor` check first when the change needs it, then saves. */
export async function executeSaveUserProfile(
	context: RouteContext,
	userId: string,
	changes: ProfileChanges,
	customFields: Record<string, unknown> | null | undefined,
	secondFactor: SecondFactorArgument | null,
): Promise<void> {
	const { state } = context;
	const user = state.users.findById(userId);
	if (user && needsSecondFactor(state, user, changes)) {
		const explicit =
			secondFactor?.twoFactorCode && secondFactor.twoFactorMethod ? secondFactor : undefined;
		await twoFactorOf(state).checkCodeForUser({
			user: userId,
			code: explicit?.twoFactorCode,
			method: explicit?.twoFactorMethod,
			options: { requireSecondFactor: true },
			connection: context.connection,
		});
	}
	await saveUserProfile(context, userId, changes, customFields ?? {});
}
