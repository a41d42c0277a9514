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

import { Invocation } from '../handlers/kernel/Invocation';
import { guard, tellUnexpected } from '../handlers/kernel/guard';
import type { CommandName, CommandRunner } from '../handlers/kernel/resume';

type AppLike = Parameters<typeof Invocation.create>[0];

export type { CommandRunner };

/**
 * The shared shell of the app's slash commands. The runner is handed in by the app class rather than imported
 * here: the engine evaluates a module again for every file that requires it, so the heavy flows are required once.
 */
export abstract class SlashCommand implements ISlashCommand {
	public abstract command: CommandName;
	public abstract i18nParamsExample: string;
	public abstract i18nDescription: string;
	public providesPreview = false;

	constructor(private readonly app: AppLike, private readonly run: CommandRunner) {}

	public async executor(
		context: SlashCommandContext,
		read: IRead,
		modify: IModify,
		http: IHttp,
		persis: IPersistence,
	): Promise<void> {
		const room = context.getRoom();
		let inv: Invocation | undefined;
		await guard(
			this.app.getLogger(),
			'slash command',
			async () => {
				inv = await Invocation.create(this.app, read, modify, http, persis, context.getSender(), {
					room,
					userIsCurrent: true,
				});
				// A copy inside the app: parsing reads the words many times, and each read of the engine's own array
				// would cross the sandbox's boundary.
				const args = copyArguments(context.getArguments());
				inv.command = { command: this.command, args };
				await this.run(inv, room, args, context.getTriggerId());
			},
			() => tellUnexpected(inv, room),
		);
	}
}

/** The words as the app's own strings, read by index: an iterator over the engine's array is one more vm2 object. */
function copyArguments(words: readonly unknown[]): string[] {
	const args: string[] = [];
	for (let i = 0; i < words.length; i++) {
		args.push(String(words[i]));
	}
	return args;
}
