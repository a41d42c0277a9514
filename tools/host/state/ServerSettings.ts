import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import { SettingType } from '@rocket.chat/apps-engine/definition/settings';

import type { HostServer } from '../HostServer';

/** Rocket.Chat setting types of the settings an app is likely to read (others are inferred from the value). */
const KNOWN_TYPES: Record<string, SettingType> = {
	Site_Url: SettingType.STRING,
	Site_Name: SettingType.STRING,
	Language: SettingType.STRING,
	Accounts_CustomFields: SettingType.CODE,
};

/**
 * The server settings apps read with `getServerSettings()`. Each read is live: first a value the test set
 * on the host, then (except Site_Url, which is the reference server's own url) the reference server's
 * settings (Accounts_*, …), then a few host defaults. A setting found nowhere, or marked secret, is
 * "not readable", as in Rocket.Chat.
 */
export class ServerSettings {
	private readonly overrides = new Map<string, unknown>();
	private readonly secretIds = new Set<string>();

	constructor(private readonly server: HostServer) {}

	set(id: string, value: unknown, options: { secret?: boolean } = {}): void {
		this.overrides.set(id, value);
		if (options.secret) {
			this.secretIds.add(id);
		} else {
			this.secretIds.delete(id);
		}
	}

	isReadable(id: string): boolean {
		return !this.secretIds.has(id) && this.valueOf(id) !== undefined;
	}

	get(id: string): ISetting | undefined {
		const value = this.valueOf(id);
		if (value === undefined) {
			return undefined;
		}
		return {
			id,
			type: KNOWN_TYPES[id] ?? inferType(value),
			packageValue: value,
			value,
			required: false,
			public: true,
			i18nLabel: id,
		};
	}

	reset(): void {
		this.overrides.clear();
		this.secretIds.clear();
	}

	private valueOf(id: string): unknown {
		if (this.overrides.has(id)) {
			return this.overrides.get(id);
		}
		if (id === 'Site_Url') {
			return this.server.url;
		}
		const fromServer = this.server.settings.get(id);
		if (fromServer !== undefined) {
			return fromServer;
		}
		return this.defaults()[id];
	}

	private defaults(): Record<string, unknown> {
		return { Site_Name: 'Rocket.Chat', Language: 'en' };
	}
}

function inferType(value: unknown): SettingType {
	switch (typeof value) {
		case 'boolean':
			return SettingType.BOOLEAN;
		case 'number':
			return SettingType.NUMBER;
		default:
			return SettingType.STRING;
	}
}
