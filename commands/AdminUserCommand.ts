import { SlashCommand } from './SlashCommand';

/** `/admin-user`: admins manage other users. */
export class AdminUserCommand extends SlashCommand {
	public command = 'admin-user' as const;
	public i18nParamsExample = 'admin_user_command_params';
	public i18nDescription = 'admin_user_command_description';
}
