import { SlashCommand } from './SlashCommand';

/** `/profile`: every user edits their own profile. */
export class ProfileCommand extends SlashCommand {
	public command = 'profile' as const;
	public i18nParamsExample = 'profile_command_params';
	public i18nDescription = 'profile_command_description';
}
