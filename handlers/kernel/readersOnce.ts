import type {
	IEnvironmentRead,
	IRead,
	IServerSettingRead,
	ISettingRead,
} from '@rocket.chat/apps-engine/definition/accessors';

/**
 * The engine's IRead as one invocation uses it: each `get…Reader()` (and the environment reader's own getters) is
 * asked of the engine once, then kept. They take no arguments and hand out a stateless reader, while each call
 * from inside the sandbox is a trip across vm2. (vm2's sandbox has no Proxy: the getters are listed.)
 */
export function readersOnce(read: IRead): IRead {
	return new ReadersOnce(read);
}

/** Readers asked of `source` at most once each, by getter name. */
abstract class Kept<S> {
	private readonly kept = new Map<string, unknown>();

	constructor(protected readonly source: S) {}

	protected once<T>(name: string, get: (source: S) => T): T {
		if (!this.kept.has(name)) {
			this.kept.set(name, get(this.source));
		}
		return this.kept.get(name) as T;
	}
}

class ReadersOnce extends Kept<IRead> implements IRead {
	public getEnvironmentReader(): IEnvironmentRead {
		return this.once('environment', (read) => new EnvironmentOnce(read.getEnvironmentReader()));
	}
	public getThreadReader() {
		return this.once('thread', (read) => read.getThreadReader());
	}
	public getMessageReader() {
		return this.once('message', (read) => read.getMessageReader());
	}
	public getPersistenceReader() {
		return this.once('persistence', (read) => read.getPersistenceReader());
	}
	public getRoomReader() {
		return this.once('room', (read) => read.getRoomReader());
	}
	public getUserReader() {
		return this.once('user', (read) => read.getUserReader());
	}
	public getNotifier() {
		return this.once('notifier', (read) => read.getNotifier());
	}
	public getLivechatReader() {
		return this.once('livechat', (read) => read.getLivechatReader());
	}
	public getUploadReader() {
		return this.once('upload', (read) => read.getUploadReader());
	}
	public getCloudWorkspaceReader() {
		return this.once('cloud', (read) => read.getCloudWorkspaceReader());
	}
	public getVideoConferenceReader() {
		return this.once('video', (read) => read.getVideoConferenceReader());
	}
	public getOAuthAppsReader() {
		return this.once('oauth', (read) => read.getOAuthAppsReader());
	}
	public getRoleReader() {
		return this.once('role', (read) => read.getRoleReader());
	}
}

class EnvironmentOnce extends Kept<IEnvironmentRead> implements IEnvironmentRead {
	public getSettings(): ISettingRead {
		return this.once('settings', (environment) => environment.getSettings());
	}
	public getServerSettings(): IServerSettingRead {
		return this.once('server', (environment) => environment.getServerSettings());
	}
	public getEnvironmentVariables() {
		return this.once('variables', (environment) => environment.getEnvironmentVariables());
	}
}
