import type {
	IEnvironmentRead,
	IRead,
	IServerSettingRead,
	ISettingRead,
} from '@rocket.chat/apps-engine/definition/accessors';

/** `get()` called once, then its result kept. */
function once<T>(get: () => T): () => T {
	let kept: { value: T } | undefined;
	return () => (kept ??= { value: get() }).value;
}

/**
 * The engine's IRead as one invocation uses it: each `get…Reader()` (and the environment reader's own getters) is
 * asked of the engine once, then kept. They take no arguments and hand out a stateless reader, while each call
 * from inside the sandbox is a trip across vm2. (vm2's sandbox has no Proxy: the getters are listed.)
 */
export function readersOnce(read: IRead): IRead {
	return {
		getEnvironmentReader: once(() => environmentOnce(read.getEnvironmentReader())),
		getThreadReader: once(() => read.getThreadReader()),
		getMessageReader: once(() => read.getMessageReader()),
		getPersistenceReader: once(() => read.getPersistenceReader()),
		getRoomReader: once(() => read.getRoomReader()),
		getUserReader: once(() => read.getUserReader()),
		getNotifier: once(() => read.getNotifier()),
		getLivechatReader: once(() => read.getLivechatReader()),
		getUploadReader: once(() => read.getUploadReader()),
		getCloudWorkspaceReader: once(() => read.getCloudWorkspaceReader()),
		getVideoConferenceReader: once(() => read.getVideoConferenceReader()),
		getOAuthAppsReader: once(() => read.getOAuthAppsReader()),
		getRoleReader: once(() => read.getRoleReader()),
	};
}

function environmentOnce(environment: IEnvironmentRead): IEnvironmentRead {
	return {
		getSettings: once((): ISettingRead => environment.getSettings()),
		getServerSettings: once((): IServerSettingRead => environment.getServerSettings()),
		getEnvironmentVariables: once(() => environment.getEnvironmentVariables()),
	};
}
