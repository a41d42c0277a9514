import type {
	IInternalBridge,
	IInternalFederationBridge,
	IListenerBridge,
} from '@rocket.chat/apps-engine/server/bridges';
import {
	ApiBridge,
	AppActivationBridge,
	AppBridges,
	AppDetailChangesBridge,
	CloudWorkspaceBridge,
	CommandBridge,
	EnvironmentalVariableBridge,
	HttpBridge,
	LivechatBridge,
	MessageBridge,
	ModerationBridge,
	PersistenceBridge,
	RoleBridge,
	RoomBridge,
	SchedulerBridge,
	ServerSettingBridge,
	UiInteractionBridge,
	UploadBridge,
	UserBridge,
	VideoConferenceBridge,
} from '@rocket.chat/apps-engine/server/bridges';
import * as engineBridges from '@rocket.chat/apps-engine/server/bridges';
import { OAuthAppsBridge } from '@rocket.chat/apps-engine/server/bridges/OAuthAppsBridge';
import { ThreadBridge } from '@rocket.chat/apps-engine/server/bridges/ThreadBridge';

import type { BridgeRecorder } from '../BridgeRecorder';
import { recordedBridge } from '../BridgeRecorder';
import { HostCommandBridge } from './HostCommandBridge';
import type { HostContext } from './HostContext';
import { HostHttpBridge } from './HostHttpBridge';
import { HostMessageBridge } from './HostMessageBridge';
import { HostPersistenceBridge } from './HostPersistenceBridge';
import { HostRoomBridge } from './HostRoomBridge';
import { HostSchedulerBridge } from './HostSchedulerBridge';
import { HostServerSettingBridge } from './HostServerSettingBridge';
import { HostUiInteractionBridge } from './HostUiInteractionBridge';
import { HostUserBridge } from './HostUserBridge';
import {
	HostActivationBridge,
	HostApiBridge,
	HostAppDetailChangesBridge,
	HostFederationBridge,
	HostInternalBridge,
} from './lifecycleBridges';

/**
 * Host bridge classes are declared abstract: they implement only what the host supports, and the
 * recording proxy turns every other method into a recorded NotImplementedError. This instantiates them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBridgeClass = abstract new (...args: any[]) => object;

function instantiate<T>(
	BridgeClass: AnyBridgeClass,
	name: string,
	recorder: BridgeRecorder,
	...args: unknown[]
): T {
	const Concrete = BridgeClass as unknown as new (...args: unknown[]) => object;
	return recordedBridge(new Concrete(...args), name, recorder) as T;
}

/** A bridge the host does not support at all: every call is recorded and throws. */
function stub<T>(BaseClass: AnyBridgeClass, name: string, recorder: BridgeRecorder): T {
	const Base = BaseClass as unknown as new () => object;
	// A named subclass so that stack traces and `bridge.constructor.name` say what it is.
	const Stub = { [`Stub${name}`]: class extends Base {} }[`Stub${name}`];
	return recordedBridge(new Stub(), name, recorder) as T;
}

/** Interface-only bridges (no base class in the engine) get an empty named object as their stub. */
function interfaceStub<T>(name: string, recorder: BridgeRecorder): T {
	const Stub = { [`Stub${name}`]: class {} }[`Stub${name}`];
	return recordedBridge(new Stub(), name, recorder) as T;
}

/** A bridge only newer engines have (1.62: Contact, Email, OutboundMessage, Experimental): a stub of it. */
function newerStub(exportName: string, recorder: BridgeRecorder): object {
	const BaseClass = (engineBridges as unknown as Record<string, AnyBridgeClass | undefined>)[
		exportName
	];
	return BaseClass ? stub(BaseClass, exportName, recorder) : interfaceStub(exportName, recorder);
}

/** All bridges the engine talks to, one instance each, every call recorded. */
export class HostBridges extends AppBridges {
	private readonly commandBridge: CommandBridge;
	private readonly apiBridge: ApiBridge;
	private readonly appDetailChangesBridge: AppDetailChangesBridge;
	private readonly environmentalVariableBridge: EnvironmentalVariableBridge;
	private readonly httpBridge: HttpBridge;
	private readonly listenerBridge: IListenerBridge;
	private readonly livechatBridge: LivechatBridge;
	private readonly messageBridge: MessageBridge;
	private readonly persistenceBridge: PersistenceBridge;
	private readonly activationBridge: AppActivationBridge;
	private readonly roomBridge: RoomBridge;
	private readonly internalBridge: IInternalBridge;
	private readonly internalFederationBridge: IInternalFederationBridge;
	private readonly serverSettingBridge: ServerSettingBridge;
	private readonly uploadBridge: UploadBridge;
	private readonly userBridge: UserBridge;
	private readonly uiInteractionBridge: UiInteractionBridge;
	private readonly schedulerBridge: SchedulerBridge;
	private readonly cloudWorkspaceBridge: CloudWorkspaceBridge;
	private readonly videoConferenceBridge: VideoConferenceBridge;
	private readonly oAuthAppsBridge: OAuthAppsBridge;
	private readonly moderationBridge: ModerationBridge;
	private readonly threadBridge: ThreadBridge;
	private readonly roleBridge: RoleBridge;
	private readonly newerBridges: Record<string, object>;

	constructor(context: HostContext) {
		super();
		const { recorder } = context;
		this.commandBridge = instantiate(HostCommandBridge, 'CommandBridge', recorder, context);
		this.apiBridge = instantiate(HostApiBridge, 'ApiBridge', recorder);
		this.appDetailChangesBridge = instantiate(
			HostAppDetailChangesBridge,
			'AppDetailChangesBridge',
			recorder,
		);
		this.environmentalVariableBridge = stub(
			EnvironmentalVariableBridge,
			'EnvironmentalVariableBridge',
			recorder,
		);
		this.httpBridge = instantiate(HostHttpBridge, 'HttpBridge', recorder, context);
		this.listenerBridge = interfaceStub('ListenerBridge', recorder);
		this.livechatBridge = stub(LivechatBridge, 'LivechatBridge', recorder);
		this.messageBridge = instantiate(HostMessageBridge, 'MessageBridge', recorder, context);
		this.persistenceBridge = instantiate(
			HostPersistenceBridge,
			'PersistenceBridge',
			recorder,
			context,
		);
		this.activationBridge = instantiate(HostActivationBridge, 'AppActivationBridge', recorder);
		this.roomBridge = instantiate(HostRoomBridge, 'RoomBridge', recorder, context);
		this.internalBridge = instantiate(HostInternalBridge, 'InternalBridge', recorder, context);
		this.internalFederationBridge = recordedBridge(
			new HostFederationBridge(),
			'InternalFederationBridge',
			recorder,
		);
		this.serverSettingBridge = instantiate(
			HostServerSettingBridge,
			'ServerSettingBridge',
			recorder,
			context,
		);
		this.uploadBridge = stub(UploadBridge, 'UploadBridge', recorder);
		this.userBridge = instantiate(HostUserBridge, 'UserBridge', recorder, context);
		this.uiInteractionBridge = instantiate(
			HostUiInteractionBridge,
			'UiInteractionBridge',
			recorder,
			context,
		);
		this.schedulerBridge = instantiate(HostSchedulerBridge, 'SchedulerBridge', recorder, context);
		this.cloudWorkspaceBridge = stub(CloudWorkspaceBridge, 'CloudWorkspaceBridge', recorder);
		this.videoConferenceBridge = stub(VideoConferenceBridge, 'VideoConferenceBridge', recorder);
		this.oAuthAppsBridge = stub(OAuthAppsBridge, 'OAuthAppsBridge', recorder);
		this.moderationBridge = stub(ModerationBridge, 'ModerationBridge', recorder);
		this.threadBridge = stub(ThreadBridge, 'ThreadBridge', recorder);
		this.roleBridge = stub(RoleBridge, 'RoleBridge', recorder);
		this.newerBridges = Object.fromEntries(
			['ContactBridge', 'EmailBridge', 'OutboundMessageBridge', 'ExperimentalBridge'].map(
				(name) => [name, newerStub(name, recorder)],
			),
		);
	}

	getCommandBridge(): CommandBridge {
		return this.commandBridge;
	}

	getApiBridge(): ApiBridge {
		return this.apiBridge;
	}

	getAppDetailChangesBridge(): AppDetailChangesBridge {
		return this.appDetailChangesBridge;
	}

	getEnvironmentalVariableBridge(): EnvironmentalVariableBridge {
		return this.environmentalVariableBridge;
	}

	getHttpBridge(): HttpBridge {
		return this.httpBridge;
	}

	getListenerBridge(): IListenerBridge {
		return this.listenerBridge;
	}

	getLivechatBridge(): LivechatBridge {
		return this.livechatBridge;
	}

	getMessageBridge(): MessageBridge {
		return this.messageBridge;
	}

	getPersistenceBridge(): PersistenceBridge {
		return this.persistenceBridge;
	}

	getAppActivationBridge(): AppActivationBridge {
		return this.activationBridge;
	}

	getRoomBridge(): RoomBridge {
		return this.roomBridge;
	}

	getInternalBridge(): IInternalBridge {
		return this.internalBridge;
	}

	getInternalFederationBridge(): IInternalFederationBridge {
		return this.internalFederationBridge;
	}

	getServerSettingBridge(): ServerSettingBridge {
		return this.serverSettingBridge;
	}

	getUploadBridge(): UploadBridge {
		return this.uploadBridge;
	}

	getUserBridge(): UserBridge {
		return this.userBridge;
	}

	getUiInteractionBridge(): UiInteractionBridge {
		return this.uiInteractionBridge;
	}

	getSchedulerBridge(): SchedulerBridge {
		return this.schedulerBridge;
	}

	getCloudWorkspaceBridge(): CloudWorkspaceBridge {
		return this.cloudWorkspaceBridge;
	}

	getVideoConferenceBridge(): VideoConferenceBridge {
		return this.videoConferenceBridge;
	}

	getOAuthAppsBridge(): OAuthAppsBridge {
		return this.oAuthAppsBridge;
	}

	getModerationBridge(): ModerationBridge {
		return this.moderationBridge;
	}

	getThreadBridge(): ThreadBridge {
		return this.threadBridge;
	}

	getRoleBridge(): RoleBridge {
		return this.roleBridge;
	}

	// Only 1.62 asks for these; the app uses none of them.

	getContactBridge(): object {
		return this.newerBridges.ContactBridge;
	}

	getEmailBridge(): object {
		return this.newerBridges.EmailBridge;
	}

	getOutboundMessageBridge(): object {
		return this.newerBridges.OutboundMessageBridge;
	}

	getExperimentalBridge(): object {
		return this.newerBridges.ExperimentalBridge;
	}
}
