import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { ServerSettingBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/** Rocket.Chat's AppSettingBridge read side: unknown or secret settings throw "not readable". */
export abstract class HostServerSettingBridge extends ServerSettingBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async getOneById(id: string): Promise<ISetting> {
		const setting = this.context.serverSettings.isReadable(id)
			? this.context.serverSettings.get(id)
			: undefined;
		if (!setting) {
			throw new Error(`The setting "${id}" is not readable.`);
		}
		return setting;
	}

	protected async isReadableById(id: string): Promise<boolean> {
		return this.context.serverSettings.isReadable(id);
	}
}
