import type { ISlashCommand } from '@rocket.chat/apps-engine/definition/slashcommands';
import { CommandBridge } from '@rocket.chat/apps-engine/server/bridges';

import { ENGINE } from '../engine';
import type { HostContext } from './HostContext';

const INVALID_COMMAND =
	'Invalid Slash Command parameter provided, it must be a valid ISlashCommand object.';

/** Rocket.Chat's AppCommandsBridge over the host's command table, with the same validation and errors. */
export abstract class HostCommandBridge extends CommandBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async doesCommandExist(command: string): Promise<boolean> {
		return (
			typeof command === 'string' && command.length > 0 && this.context.commands.exists(command)
		);
	}

	protected async registerCommand(command: ISlashCommand, appId: string): Promise<void> {
		if (
			typeof command !== 'object' ||
			typeof command.command !== 'string' ||
			(command.i18nParamsExample && typeof command.i18nParamsExample !== 'string') ||
			(command.i18nDescription && typeof command.i18nDescription !== 'string') ||
			typeof command.providesPreview !== 'boolean' ||
			// 1.62 (Deno): the command arrives from the Deno process as data; its executor stays there.
			(ENGINE.kind !== 'deno' && typeof command.executor !== 'function')
		) {
			throw new Error(INVALID_COMMAND);
		}
		this.context.commands.register({
			command: command.command,
			appId,
			enabled: true,
			i18nParamsExample: command.i18nParamsExample,
			i18nDescription: command.i18nDescription,
			permission: command.permission,
			providesPreview: command.providesPreview,
		});
	}

	protected async unregisterCommand(command: string): Promise<void> {
		assertCommandName(command);
		this.context.commands.unregister(command);
	}

	protected async enableCommand(command: string): Promise<void> {
		assertCommandName(command);
		if (this.context.commands.get(command)?.enabled !== false) {
			throw new Error(`The command is not currently disabled: "${command.toLowerCase()}"`);
		}
		this.context.commands.setEnabled(command, true);
	}

	protected async disableCommand(command: string): Promise<void> {
		assertCommandName(command);
		this.context.commands.setEnabled(command, false);
	}
}

function assertCommandName(command: string): void {
	if (typeof command !== 'string' || command.trim().length === 0) {
		throw new Error('Invalid command parameter provided, must be a string.');
	}
}
