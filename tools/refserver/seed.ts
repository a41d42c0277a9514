/** Creating users for tests and the playground, bypassing the REST rules (like an admin importing them). */
import { hashPlainPassword, randomId } from './crypto';
import type { ServerState } from './state';
import { generateBackupCodes, generateTotpSecret } from './totp';
import type { SeedUserSpec, StoredUser } from './types';
import { cloneUser } from './users';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedUser(state: ServerState, spec: SeedUserSpec): Promise<StoredUser> {
	if (state.users.findByUsernameIgnoringCase(spec.username)) {
		throw new Error(`seedUser: username '${spec.username}' is taken`);
	}
	const createdAt = spec.createdAt ?? new Date(state.clock.now() - DAY_MS);
	const user: StoredUser = {
		_id: spec._id ?? randomId(),
		createdAt,
		_updatedAt: createdAt,
		type: spec.type ?? 'user',
		username: spec.username,
		roles: spec.roles ?? ['user'],
		active: spec.active ?? true,
		status: 'online',
		statusDefault: 'online',
		statusConnection: 'online',
		utcOffset: spec.utcOffset ?? 0,
		services: { resume: { loginTokens: [] } },
	};
	if (spec.name !== undefined) user.name = spec.name;
	if (spec.email !== undefined)
		user.emails = [{ address: spec.email, verified: spec.emailVerified ?? true }];
	if (spec.bio !== undefined) user.bio = spec.bio;
	if (spec.nickname !== undefined) user.nickname = spec.nickname;
	if (spec.statusText !== undefined) user.statusText = spec.statusText;
	if (spec.customFields !== undefined) user.customFields = { ...spec.customFields };
	if (spec.requirePasswordChange !== undefined)
		user.requirePasswordChange = spec.requirePasswordChange;
	if (spec.services) {
		Object.assign(user.services, spec.services);
	}
	if (spec.ldap) {
		// Manager.ts mapUserData: services.ldap {idAttribute, id}; the password is the directory's.
		user.ldap = true;
		user.services.ldap = { idAttribute: 'uid', id: spec.username };
		if (spec.password !== undefined) {
			state.ldapDirectory.set(spec.username, spec.password);
		}
	} else if (spec.password !== undefined) {
		user.services.password = { bcrypt: await hashPlainPassword(spec.password, state.bcryptRounds) };
	}
	if (spec.email2fa) {
		user.services.email2fa = { enabled: true, changedAt: createdAt };
	}
	if (spec.totp) {
		const { codes, hashedCodes } = generateBackupCodes();
		user.services.totp = { enabled: true, secret: generateTotpSecret(), hashedBackup: hashedCodes };
		state.plainBackupCodes.set(user._id, codes);
	}
	state.users.insert(user);
	return cloneUser(user);
}

/** The playground/test cast. Every password is `<username>-pass`. */
export const DEFAULT_USERS: SeedUserSpec[] = [
	{ username: 'alice', name: 'Alice Anders', password: 'alice-pass', email: 'alice@example.com' },
	{ username: 'tom', name: 'Tom Totp', password: 'tom-pass', email: 'tom@example.com', totp: true },
	{
		username: 'erin',
		name: 'Erin Email',
		password: 'erin-pass',
		email: 'erin@example.com',
		email2fa: true,
	},
	{
		username: 'bea',
		name: 'Bea Bio',
		password: 'bea-pass',
		email: 'bea@example.com',
		bio: 'I build rockets',
		nickname: 'Bee',
	},
	{
		username: 'admin',
		name: 'Ada Admin',
		password: 'admin-pass',
		email: 'admin@example.com',
		roles: ['admin', 'user'],
	},
	{ username: 'sso', name: 'Sam Sso', email: 'sso@example.com' },
];

/** The workspace's custom statuses (Administration → User Status): one per status type, and one without a type. */
const DEFAULT_CUSTOM_STATUSES: Array<{ name: string; statusType: string }> = [
	{ name: 'On holiday', statusType: 'away' },
	{ name: 'In a call', statusType: 'busy' },
	{ name: 'Focus time', statusType: 'busy' },
	{ name: 'Back soon', statusType: 'online' },
	{ name: 'Working remotely', statusType: '' },
];

export async function seedDefaults(state: ServerState): Promise<void> {
	for (const spec of DEFAULT_USERS) {
		if (!state.users.findByUsername(spec.username)) {
			await seedUser(state, spec);
		}
	}
	if (!state.customUserStatuses.length) {
		for (const status of DEFAULT_CUSTOM_STATUSES) {
			seedCustomStatus(state, status);
		}
	}
}

/** What custom-user-status.create stores (insertOrUpdateUserStatus), without its checks. */
export function seedCustomStatus(
	state: ServerState,
	status: { name: string; statusType: string },
): void {
	state.customUserStatuses.push({
		_id: randomId(),
		name: status.name,
		statusType: status.statusType,
		_updatedAt: new Date(state.clock.now()),
	});
}
