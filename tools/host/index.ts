export type {
	BlockActionInput,
	EngineError,
	EngineHostOptions,
	HostUpload,
	HostUploadOutcome,
	RoomRef,
	UserRef,
	ViewState,
} from './EngineHost';
export { EngineHost } from './EngineHost';
export type { BridgeCall } from './BridgeRecorder';
export { NotImplementedError } from './BridgeRecorder';
export type { ConsoleRecord } from './ConsoleTrap';
export type { HostServer } from './HostServer';
export { parseParameters } from './parseParameters';
export type { CapturedMessage, MessageDelivery } from './state/MessageLog';
export type { RegisteredCommand } from './state/CommandRegistry';
export type { JobRun, ScheduledJob } from './state/JobScheduler';
export type { Association, PersistenceRecord } from './state/PersistenceStore';
export type { RoomSpec } from './state/RoomDirectory';
export { GENERAL_ROOM_ID } from './state/RoomDirectory';
export type {
	CapturedInteraction,
	ExpiredTriggerUse,
	IgnoredBecause,
	InteractionSource,
	OpenModal,
} from './UiKitClient';
export { TRIGGER_TIMEOUT_MS, UiKitClient } from './UiKitClient';
export type { StoredUser } from './users';
export { makeUser } from './users';
export { findAppPackage } from './appPackage';
