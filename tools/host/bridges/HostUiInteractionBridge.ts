import type { IUIKitInteraction } from '@rocket.chat/apps-engine/definition/uikit';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { UiInteractionBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostContext } from './HostContext';

/** Rocket.Chat pushes these to the user's client (`notify.uiInteraction`); here the simulated client gets them. */
export abstract class HostUiInteractionBridge extends UiInteractionBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async notifyUser(user: IUser, interaction: IUIKitInteraction): Promise<void> {
		this.context.client.receive(user.id, interaction, 'bridge');
	}
}
