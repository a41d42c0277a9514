import type { IUser, IUserCreationOptions } from '@rocket.chat/apps-engine/definition/users';
import { UserBridge } from '@rocket.chat/apps-engine/server/bridges';

import { randomId } from '../ids';
import { makeUser } from '../users';
import type { HostContext } from './HostContext';

/**
 * Users come live from the reference server (converted like Rocket.Chat's user converter does);
 * the app's own `<slug>.bot` user lives in the host. Unknown users read as undefined, as in Rocket.Chat.
 */
export abstract class HostUserBridge extends UserBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async getById(id: string): Promise<IUser> {
		const stored = this.context.server.getUser(id);
		if (stored && stored._id === id) {
			return makeUser(stored);
		}
		return this.context.appUsers.get(id) as IUser;
	}

	protected async getByUsername(username: string): Promise<IUser> {
		const stored = this.context.server.getUser(username);
		if (stored && stored.username === username) {
			return makeUser(stored);
		}
		return [...this.context.appUsers.values()].find((user) => user.username === username) as IUser;
	}

	protected async getAppUser(appId?: string): Promise<IUser | undefined> {
		return [...this.context.appUsers.values()].find((user) => user.appId === appId);
	}

	/** The engine creates `<slug>.bot` (type app) on install; Rocket.Chat refuses to create regular users. */
	protected async create(
		data: Partial<IUser>,
		appId: string,
		_options?: IUserCreationOptions,
	): Promise<string> {
		if (data.type !== 'app' && data.type !== 'bot') {
			throw new Error('Creating normal users is currently not supported');
		}
		const id = randomId();
		const now = new Date();
		this.context.appUsers.set(id, {
			emails: [],
			roles: [],
			status: 'online',
			utcOffset: 0,
			createdAt: now,
			updatedAt: now,
			lastLoginAt: now,
			...data,
			id,
			appId,
			isEnabled: data.isEnabled ?? true,
		} as IUser);
		return id;
	}

	/**
	 * IUserUpdater (updateStatus, updateStatusText, updateBio, updateCustomFields) ends here. Like Rocket.Chat's
	 * AppUserBridge#update (apps/meteor/app/apps/server/bridges/users.ts) it checks nothing but that a user was
	 * given: the reference server writes the fields into its stored user, the status through its presence rule.
	 */
	protected async update(user: IUser, fields: Partial<IUser>): Promise<boolean> {
		if (!user) {
			throw new Error('User not provided');
		}
		const appUser = this.context.appUsers.get(user.id);
		if (appUser) {
			Object.assign(appUser, fields);
			return true;
		}
		return this.context.server.updateUserFromApp(user.id, { ...fields });
	}

	protected async remove(user: IUser): Promise<boolean> {
		return this.context.appUsers.delete(user.id);
	}
}
