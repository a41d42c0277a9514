import type {
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import type {
	ISlashCommand,
	SlashCommandContext,
} from '@rocket.chat/apps-engine/definition/slashcommands';

import { runAdminCommand } from '../handlers/admin/adminCommand';
import { Invocation } from '../handlers/Invocation';
import { runSafely } from '../handlers/safety';

type AppLike = Parameters<typeof Invocation.create>[0];

/** `/admin-user`: admins manage other users. */
export class AdminUserCommand implements ISlashCommand {
	public command = 'admin-user';
	public i18nParamsExample = 'admin_user_command_params';
	public i18nDescription = 'admin_user_command_description';
	public providesPreview = false;

	constructor(private readonly app: AppLike) {}

	public async executor(
		context: SlashCommandContext,
		read: IRead,
		modify: IModify,
		http: IHttp,
		persis: IPersistence,
	): Promise<void> {
		const inv = await Invocation.create(this.app, read, modify, http, persis, context.getSender());
		const room = context.getRoom();
		await runSafely(inv, room, () =>
			runAdminCommand(inv, room, context.getArguments(), context.getTriggerId()),
		);
	}
}
