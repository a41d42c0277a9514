import type {
	IAppAccessors,
	IConfigurationExtend,
	IConfigurationModify,
	IEnvironmentRead,
	IHttp,
	ILogger,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { App } from '@rocket.chat/apps-engine/definition/App';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type {
	IUIKitInteractionHandler,
	IUIKitResponse,
	UIKitActionButtonInteractionContext,
	UIKitBlockInteractionContext,
	UIKitViewCloseInteractionContext,
	UIKitViewSubmitInteractionContext,
} from '@rocket.chat/apps-engine/definition/uikit';

import { AdminUserCommand } from './commands/AdminUserCommand';
import { ProfileCommand } from './commands/ProfileCommand';
import { adminHandlers, runAdminCommand } from './handlers/admin/adminCommand';
import { registerCommandRunner } from './handlers/kernel/resume';
import { runProfileCommand } from './handlers/own/profileCommand';
import { applyBridgeUpdate, replayOwnChange } from './handlers/own/ownChange';
import { restoreStatus } from './handlers/own/statusTimer';
import { applyQueuedChange } from './handlers/kernel/queue';
import { guard } from './handlers/kernel/guard';
import { AppSettingsMemory } from './handlers/kernel/settingsReader';
import type { BudgetMemory } from './handlers/kernel/budget';
import {
	handleActionButton,
	handleBlockAction,
	handleViewClosed,
	handleViewSubmit,
} from './handlers/uikit';
import { actionButtons } from './lib/actionButtons';
import { newNonce, QUEUE_PROCESSOR_ID, STATUS_RESTORE_PROCESSOR_ID } from './lib/ids';
import { APP_SETTINGS, AppSetting, parseRoleList } from './lib/settings';

/** Profile Commands: `/profile` for one's own profile, `/admin-user` for admins, 2FA collected in modals. */
export class ProfileApp extends App implements IUIKitInteractionHandler {
	/**
	 * This server instance's name for its rate-limit budgets: every instance reaches the server from its own address
	 * and meets its own limiter, while persistence (and the queue) is shared.
	 */
	public readonly instanceKey = newNonce();

	/** The app's own user once read (handlers/kernel/Invocation.ts): it does not change while the app runs. */
	public appUser?: IUser;

	/** The app's settings as last read; the engine announces every change (onSettingUpdated). */
	public readonly settingsMemory = new AppSettingsMemory();

	/** This instance's rate-limit budget per endpoint (handlers/kernel/budget.ts BudgetMemory). */
	public readonly budgets: BudgetMemory = new Map();

	constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
		super(info, logger, accessors);
	}

	protected async extendConfiguration(
		configuration: IConfigurationExtend,
		environment: IEnvironmentRead,
	): Promise<void> {
		await Promise.all(
			APP_SETTINGS.map((setting) => configuration.settings.provideSetting(setting)),
		);
		// The engine takes buttons here only (IConfigurationModify has no `ui`): "Manage user" is shown to the
		// roles the setting names now; the handler checks the setting as it stands at each click.
		const adminRoles = parseRoleList(
			await environment
				.getSettings()
				.getValueById(AppSetting.AdminRoles)
				.catch(() => undefined),
		);
		for (const button of actionButtons(adminRoles)) {
			await configuration.ui.registerButton(button);
		}
		// A command that stopped for want of a link runs again once the link succeeds (handlers/kernel/resume.ts).
		registerCommandRunner('profile', runProfileCommand);
		registerCommandRunner('admin-user', runAdminCommand);
		await configuration.slashCommands.provideSlashCommand(
			new ProfileCommand(this, runProfileCommand),
		);
		await configuration.slashCommands.provideSlashCommand(
			new AdminUserCommand(this, runAdminCommand),
		);
		const installed = (): ProfileApp => this;
		await configuration.scheduler.registerProcessors([
			{
				id: QUEUE_PROCESSOR_ID,
				// Guarded twice: here before the job's user is known (log only), inside once it is (answered).
				processor(job, read, modify, http, persis) {
					// The Deno runtime binds a processor to a copy of the app whose logger is this run's (its
					// log is stored with the job); vm2 calls it unbound and swaps the app's logger.
					const app = this instanceof ProfileApp ? this : installed();
					return guard(
						app.getLogger(),
						'queued job',
						() =>
							applyQueuedChange(app, job, read, modify, http, persis, {
								own: replayOwnChange,
								admin: adminHandlers.replayQueued,
							}),
						() => undefined,
					);
				},
			},
			{
				id: STATUS_RESTORE_PROCESSOR_ID,
				// A timed status ended: the previous one comes back (bound or unbound, as the queue job above).
				processor(job, read, modify, http, persis) {
					const app = this instanceof ProfileApp ? this : installed();
					return guard(
						app.getLogger(),
						'status restore',
						() => restoreStatus(app, job, read, modify, http, persis, applyBridgeUpdate),
						() => undefined,
					);
				},
			},
		]);
	}

	public async onEnable(
		environment: IEnvironmentRead,
		configurationModify: IConfigurationModify,
	): Promise<boolean> {
		// Settings may have changed while the app was disabled, and budgets' windows have passed: start afresh.
		this.settingsMemory.forget();
		this.budgets.clear();
		return super.onEnable(environment, configurationModify);
	}

	public async onSettingUpdated(
		setting: ISetting,
		configurationModify: IConfigurationModify,
		read: IRead,
		http: IHttp,
	): Promise<void> {
		this.settingsMemory.forget();
		return super.onSettingUpdated(setting, configurationModify, read, http);
	}

	public async executeViewSubmitHandler(
		context: UIKitViewSubmitInteractionContext,
		read: IRead,
		http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		return guard(
			this.getLogger(),
			'view submit',
			() => handleViewSubmit(this, context, read, http, persistence, modify),
			() => context.getInteractionResponder().errorResponse(),
		);
	}

	public async executeBlockActionHandler(
		context: UIKitBlockInteractionContext,
		read: IRead,
		http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		return guard(
			this.getLogger(),
			'block action',
			() => handleBlockAction(this, context, read, http, persistence, modify),
			() => context.getInteractionResponder().errorResponse(),
		);
	}

	public async executeActionButtonHandler(
		context: UIKitActionButtonInteractionContext,
		read: IRead,
		http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		return guard(
			this.getLogger(),
			'action button',
			() => handleActionButton(this, context, read, http, persistence, modify),
			() => context.getInteractionResponder().errorResponse(),
		);
	}

	public async executeViewClosedHandler(
		context: UIKitViewCloseInteractionContext,
		read: IRead,
		http: IHttp,
		persistence: IPersistence,
		modify: IModify,
	): Promise<IUIKitResponse> {
		return guard(
			this.getLogger(),
			'view close',
			() => handleViewClosed(this, context, read, http, persistence, modify),
			() => context.getInteractionResponder().errorResponse(),
		);
	}
}
