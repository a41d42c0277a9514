/**
 * `saveUser` for users.update (apps/meteor/app/lib/server/functions/saveUser/saveUser.ts): runs in a transaction,
 * so it edits a draft and commits it at the end; a failure leaves the stored user untouched (mails already sent stay
 * sent, as on the server).
 */
import { hashPlainPassword, randomId } from '../crypto';
import { MeteorError } from '../meteorError';
import { hasPermission, now, type ServerState } from '../state';
import type { StoredUser } from '../types';
import { cloneUser, touch } from '../users';
import { saveCustomFields } from './customFields';
import { setEmail, validateEmailDomain } from './email';
import { saveUserIdentity } from './identity';
import { setPassword } from './password';
import { validatePasswordPolicy } from './passwordPolicy';
import { setStatusText } from './status';
import { validateUserData, type SaveUserData } from './validateUserData';
import { validateUserEditing } from './validateUserEditing';

const MAX_BIO_LENGTH = 260;
const MAX_NICKNAME_LENGTH = 120;

/** `handleBio`/`handleNickname`: a blank or absent value is *unset* — users.update erases them when omitted. */
function handleOptionalText(
	user: StoredUser,
	field: 'bio' | 'nickname',
	value: unknown,
	max: number,
): void {
	if (typeof value === 'string' && value.trim()) {
		if (value.length > max) {
			const label = field === 'bio' ? 'Bio' : 'Nickname';
			throw new MeteorError(
				`error-${field}-size-exceeded`,
				`${label} size exceeds ${max} characters`,
				{ method: 'saveUserProfile' },
			);
		}
		user[field] = value;
	} else {
		delete user[field];
	}
}

function sendPasswordEmail(state: ServerState, user: StoredUser, password: string): void {
	const address = user.emails?.[0]?.address;
	if (address) {
		state.outbox.send({
			to: address,
			subject: 'Your password was changed',
			text: `Your new password is: ${password}`,
			username: user.username,
		});
	}
}

/**
 * The create branch (apps/meteor/app/lib/server/functions/saveUser/saveNewUser.ts), reached without `_id` (users.create)
 * or with an unknown one: the domain check, Accounts.createUser (its own "already exists" refusals), then name,
 * requirePasswordChange, verified, bio, nickname; the welcome and password e-mails. Returns the new id.
 */
async function saveNewUser(
	state: ServerState,
	data: SaveUserData,
	sendPassword: boolean,
): Promise<string> {
	validateEmailDomain(state, String(data.email));
	const email = String(data.email);
	if (data.username && state.users.findByUsernameIgnoringCase(data.username)) {
		throw new MeteorError(403, 'Username already exists.');
	}
	if (state.users.findByEmail(email)) {
		throw new MeteorError(403, 'Email already exists.');
	}
	const created = now(state);
	const id = randomId();
	const user: StoredUser = {
		_id: id,
		createdAt: created,
		_updatedAt: created,
		type: 'user',
		...(data.username ? { username: data.username } : {}),
		...(typeof data.name === 'string' ? { name: data.name } : {}),
		emails: [{ address: email, verified: data.verified === true }],
		// getNewUserRoles: Accounts_Registration_Users_Default_Roles, `user` by default.
		roles: data.roles?.length ? [...data.roles] : ['user'],
		active: true,
		status: 'offline',
		services: {
			...(data.password
				? { password: { bcrypt: await hashPlainPassword(data.password, state.bcryptRounds) } }
				: {}),
			email2fa: {
				enabled:
					state.settings.get('Accounts_TwoFactorAuthentication_By_Email_Auto_Opt_In') === true,
				changedAt: created,
			},
		},
	};
	if (typeof data.requirePasswordChange === 'boolean') {
		user.requirePasswordChange = data.requirePasswordChange;
	}
	handleOptionalText(user, 'bio', data.bio, MAX_BIO_LENGTH);
	handleOptionalText(user, 'nickname', data.nickname, MAX_NICKNAME_LENGTH);
	state.users.insert(user);
	if (data.sendWelcomeEmail) {
		// sendUserEmail.ts sendWelcomeEmail: Accounts_UserAddedEmail_Subject / _Email (no password in it).
		state.outbox.send({
			to: email,
			subject: 'You have been added to Rocket.Chat',
			text: `Welcome, ${data.name ?? data.username ?? ''}. Your username is ${
				data.username ?? ''
			}.`,
			username: data.username ?? undefined,
		});
	}
	if (sendPassword && data.password) {
		sendPasswordEmail(state, user, data.password);
	}
	return id;
}

async function applyPassword(
	state: ServerState,
	callerId: string,
	draft: StoredUser,
	password: unknown,
): Promise<boolean> {
	const trimmed = typeof password === 'string' ? password.trim() : '';
	// Ignored without edit-other-user-password, even for yourself.
	if (
		!trimmed ||
		!hasPermission(state, callerId, 'edit-other-user-password') ||
		!validatePasswordPolicy(state, password)
	) {
		return false;
	}
	await setPassword(state, draft, trimmed);
	draft.services.resume = { loginTokens: [] };
	return true;
}

/** Saves an existing user (users.update); without `_id`, or with an unknown one, creates it and returns the new id. */
export async function saveUser(
	state: ServerState,
	callerId: string,
	data: SaveUserData,
): Promise<string | void> {
	const existing = state.users.findById(data._id);
	if (existing?.federated) {
		throw new MeteorError(
			'Edit_Federated_User_Not_Allowed',
			'Not possible to edit a federated user',
		);
	}
	validateUserData(state, callerId, data);
	let sendPassword = false;
	if ('setRandomPassword' in data) {
		if (data.setRandomPassword) {
			data.password = randomId();
			data.requirePasswordChange = true;
			sendPassword = true;
		}
		delete data.setRandomPassword;
	}
	if (!existing) {
		return saveNewUser(state, data, sendPassword);
	}
	validateUserEditing(state, callerId, { ...data, _id: existing._id });
	const draft = cloneUser(existing);
	if ('username' in data || 'name' in data) {
		if (!saveUserIdentity(state, draft, data.name, data.username)) {
			throw new MeteorError('error-could-not-save-identity', 'Could not save user identity', {
				method: 'saveUser',
			});
		}
	}
	if (typeof data.statusText === 'string') {
		setStatusText(state, draft, data.statusText);
	}
	if (data.email) {
		setEmail(state, {
			callerId,
			user: draft,
			email: data.email,
			sendVerification: data.verified !== true,
			verified: data.verified === true,
		});
	}
	sendPassword = (await applyPassword(state, callerId, draft, data.password)) && sendPassword;
	handleOptionalText(draft, 'bio', data.bio, MAX_BIO_LENGTH);
	handleOptionalText(draft, 'nickname', data.nickname, MAX_NICKNAME_LENGTH);
	if (data.roles) {
		draft.roles = [...data.roles];
	}
	if (data.requirePasswordChange !== undefined) {
		draft.requirePasswordChange = data.requirePasswordChange;
		if (!data.requirePasswordChange) {
			delete draft.requirePasswordChangeReason;
		}
	}
	if (typeof data.verified === 'boolean' && !data.email && draft.emails?.[0]) {
		draft.emails[0].verified = data.verified;
	}
	if (data.customFields) {
		saveCustomFields(state, draft, data.customFields);
	}
	touch(draft, state.clock.now());
	state.users.replace(draft);
	if (sendPassword && data.password) {
		sendPasswordEmail(state, draft, data.password);
	}
}
