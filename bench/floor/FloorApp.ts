import type {
	IConfigurationExtend,
	IHttp,
	IModify,
	IPersistence,
	IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { App } from '@rocket.chat/apps-engine/definition/App';
import type {
	ISlashCommand,
	SlashCommandContext,
} from '@rocket.chat/apps-engine/definition/slashcommands';

/**
 * The benchmark's floor (bench/run.ts): built with the same toolchain as the app and loaded beside it, it does
 * the least an app can do for `/profile set bio …`. `/floor-post <url> <userId> <token> <bio…>` sends one POST and
 * one private reply; `/floor-same …` also reads the profile first, as the app does (GET me, then the POST). No
 * settings, no persistence: the server, the user and the token come in the arguments.
 */
export class FloorApp extends App {
	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await configuration.slashCommands.provideSlashCommand(new FloorCommand('floor-post', false));
		await configuration.slashCommands.provideSlashCommand(new FloorCommand('floor-same', true));
	}
}

class FloorCommand implements ISlashCommand {
	public i18nParamsExample = '';
	public i18nDescription = '';
	public providesPreview = false;

	constructor(public command: string, private readonly readFirst: boolean) {}

	public async executor(
		context: SlashCommandContext,
		_read: IRead,
		modify: IModify,
		http: IHttp,
		_persis: IPersistence,
	): Promise<void> {
		const [url, userId, token, ...words] = context.getArguments();
		const headers = { 'X-User-Id': userId, 'X-Auth-Token': token };
		if (this.readFirst) {
			await http.get(`${url}/api/v1/me`, { headers, timeout: 4000 });
		}
		const response = await http.post(`${url}/api/v1/users.updateOwnBasicInfo`, {
			headers,
			data: { data: { bio: words.join(' ') } },
			timeout: 4000,
		});
		const message = modify
			.getNotifier()
			.getMessageBuilder()
			.setRoom(context.getRoom())
			.setText(`bio: ${response.statusCode === 200 ? 'changed' : 'failed'}`);
		await modify.getNotifier().notifyUser(context.getSender(), message.getMessage());
	}
}
