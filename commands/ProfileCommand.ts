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

import { Invocation } from '../handlers/Invocation';
import { runProfileCommand } from '../handlers/profileCommand';
import { runSafely } from '../handlers/safety';

type AppLike = Parameters<typeof Invocation.create>[0];

/** `/profile`: every user edits their own profile. */
export class ProfileCommand implements ISlashCommand {
	public command = 'profile';
	public i18nParamsExample = 'profile_command_params';
	public i18nDescription = 'profile_command_description';
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
			runProfileCommand(inv, room, context.getArguments(), context.getTriggerId()),
		);
	}
}
