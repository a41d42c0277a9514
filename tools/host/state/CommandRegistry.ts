/** Slash commands that ship with Rocket.Chat; an app registering one of these gets CommandAlreadyExistsError. */
const CORE_COMMANDS = [
	'archive',
	'create',
	'gimme',
	'help',
	'hide',
	'invite',
	'invite-all-from',
	'invite-all-to',
	'join',
	'kick',
	'leave',
	'lennyface',
	'me',
	'msg',
	'mute',
	'part',
	'shrug',
	'status',
	'tableflip',
	'topic',
	'unarchive',
	'unflip',
	'unmute',
];

export interface RegisteredCommand {
	command: string;
	appId?: string;
	enabled: boolean;
	i18nParamsExample?: string;
	i18nDescription?: string;
	permission?: string;
	providesPreview?: boolean;
}

/** The server's slash command table (Rocket.Chat's `slashCommands.commands` plus its disabled map). */
export class CommandRegistry {
	private readonly commands = new Map<string, RegisteredCommand>();

	constructor() {
		for (const command of CORE_COMMANDS) {
			this.commands.set(command, { command, enabled: true });
		}
	}

	exists(command: string): boolean {
		return this.commands.has(command.toLowerCase());
	}

	register(entry: RegisteredCommand): void {
		this.commands.set(entry.command.toLowerCase(), {
			...entry,
			command: entry.command.toLowerCase(),
		});
	}

	unregister(command: string): void {
		this.commands.delete(command.toLowerCase());
	}

	setEnabled(command: string, enabled: boolean): void {
		const entry = this.commands.get(command.toLowerCase());
		if (!entry) {
			throw new Error(`Command does not exist in the system currently: "${command}"`);
		}
		entry.enabled = enabled;
	}

	get(command: string): RegisteredCommand | undefined {
		const entry = this.commands.get(command.toLowerCase());
		return entry && { ...entry };
	}

	/** Commands registered by apps. */
	appCommands(): RegisteredCommand[] {
		return [...this.commands.values()]
			.filter((entry) => entry.appId)
			.map((entry) => ({ ...entry }));
	}
}
