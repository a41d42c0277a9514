import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import {
	ApiBridge,
	AppActivationBridge,
	AppDetailChangesBridge,
} from '@rocket.chat/apps-engine/server/bridges';
import { InternalBridge } from '@rocket.chat/apps-engine/server/bridges/InternalBridge';
import type { IInternalFederationBridge } from '@rocket.chat/apps-engine/server/bridges/IInternalFederationBridge';
import { generateKeyPairSync } from 'node:crypto';

import type { HostContext } from './HostContext';

/** Rocket.Chat broadcasts these lifecycle events to its cluster and clients; nothing to do here. */
export abstract class HostActivationBridge extends AppActivationBridge {
	protected async appAdded(): Promise<void> {
		// no cluster, no clients to tell
	}

	protected async appUpdated(): Promise<void> {
		// no cluster, no clients to tell
	}

	protected async appRemoved(): Promise<void> {
		// no cluster, no clients to tell
	}

	protected async appStatusChanged(): Promise<void> {
		// no cluster, no clients to tell
	}

	protected async actionsChanged(): Promise<void> {
		// no clients to tell
	}
}

/** Called when an admin changes an app setting; Rocket.Chat only notifies clients. */
export abstract class HostAppDetailChangesBridge extends AppDetailChangesBridge {
	protected onAppSettingsChange(_appId: string, _setting: ISetting): void {
		// no clients to tell
	}
}

/** The app registers no REST endpoints; unregistering (on disable) is a no-op. */
export abstract class HostApiBridge extends ApiBridge {
	protected async unregisterApis(): Promise<void> {
		// nothing was registered
	}
}

/** Usernames of a room's members, for the engine's deprecated `room.usernames`. */
export abstract class HostInternalBridge extends InternalBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async getUsernamesOfRoomById(roomId: string): Promise<string[]> {
		return this.getUsernamesOfRoomByIdSync(roomId);
	}

	protected getUsernamesOfRoomByIdSync(roomId: string): string[] {
		const memberIds = this.context.rooms.memberIds(roomId) ?? [];
		return memberIds
			.map((id) => this.context.server.getUser(id)?.username)
			.filter((name): name is string => Boolean(name));
	}
}

let keyPair: { privateKey: string; publicKey: string } | undefined;

/** The engine signs installed apps (RS512) with the workspace's federation keys; one pair per process. */
export class HostFederationBridge implements IInternalFederationBridge {
	async getPrivateKey(): Promise<string | null> {
		return federationKeys().privateKey;
	}

	async getPublicKey(): Promise<string | null> {
		return federationKeys().publicKey;
	}
}

function federationKeys(): { privateKey: string; publicKey: string } {
	keyPair ??= generateKeyPairSync('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
	});
	return keyPair;
}
