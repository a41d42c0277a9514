import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { BridgeRecorder } from '../BridgeRecorder';
import type { HostServer } from '../HostServer';
import type { CommandRegistry } from '../state/CommandRegistry';
import type { JobScheduler } from '../state/JobScheduler';
import type { MessageLog } from '../state/MessageLog';
import type { PersistenceStore } from '../state/PersistenceStore';
import type { RoomDirectory } from '../state/RoomDirectory';
import type { ServerSettings } from '../state/ServerSettings';
import type { UiKitClient } from '../UiKitClient';

/** The host's state, shared by the bridges (which change it) and the EngineHost (which reads it for tests). */
export interface HostContext {
	now: () => number;
	recorder: BridgeRecorder;
	server: HostServer;
	serverSettings: ServerSettings;
	/** App and bot users created through the user bridge, by id. */
	appUsers: Map<string, IUser>;
	commands: CommandRegistry;
	rooms: RoomDirectory;
	messages: MessageLog;
	client: UiKitClient;
	persistence: PersistenceStore;
	scheduler: JobScheduler;
	/** This server instance's own address toward the REST API (sent as X-Real-IP), when several run. */
	clientAddress?: string;
}
