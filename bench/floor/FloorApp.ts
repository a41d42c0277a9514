import {
	RocketChatAssociationModel,
	RocketChatAssociationRecord,
} from '@rocket.chat/apps-engine/definition/metadata';
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
 * the least an app can do for the measured commands. `/floor-same <url> <userId> <token> <name…>` sends the one
 * POST the app sends for `/profile set name …` and one private reply; `/floor-bridge <bio…>` writes the bio
 * through the engine's user bridge and replies, as the app does for `/profile set bio …`. No settings, no
 * persistence: the server, the user and the token come in the arguments. `/floor-reads <url> <userId> <token>
 * <name…>` makes the same POST and reply after the same bridge reads as the app's `/profile set name …` with the
 * limiter off (three server settings; a credential and a queue mark from persistence): it shows what
 * the app's own code adds to the reads that the server's rules require.
 */
export class FloorApp extends App {
	protected async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
		await configuration.slashCommands.provideSlashCommand(new FloorCommand());
		await configuration.slashCommands.provideSlashCommand(new FloorBridgeCommand());
		await configuration.slashCommands.provideSlashCommand(new FloorReadsCommand());
	}
}

class FloorBridgeCommand implements ISlashCommand {
	public command = 'floor-bridge';
	public i18nParamsExample = '';
	public i18nDescription = '';
	public providesPreview = false;

	public async executor(
		context: SlashCommandContext,
		_read: IRead,
		modify: IModify,
	): Promise<void> {
		const bio = context.getArguments().join(' ');
		await modify.getUpdater().getUserUpdater().updateBio(context.getSender(), bio);
		const message = modify
			.getNotifier()
			.getMessageBuilder()
			.setRoom(context.getRoom())
			.setText('bio: changed');
		await modify.getNotifier().notifyUser(context.getSender(), message.getMessage());
	}
}

class FloorCommand implements ISlashCommand {
	public command = 'floor-same';
	public i18nParamsExample = '';
	public i18nDescription = '';
	public providesPreview = false;

	public async executor(
		context: SlashCommandContext,
		_read: IRead,
		modify: IModify,
		http: IHttp,
		_persis: IPersistence,
	): Promise<void> {
		const [url, userId, token, ...words] = context.getArguments();
		await postNameAndReply(context, modify, http, { url, userId, token, name: words.join(' ') });
	}
}

/** The one request the app makes for `/profile set name …`, and one private reply. */
async function postNameAndReply(
	context: SlashCommandContext,
	modify: IModify,
	http: IHttp,
	target: { url: string; userId: string; token: string; name: string },
): Promise<void> {
	const response = await http.post(`${target.url}/api/v1/users.updateOwnBasicInfo`, {
		headers: { 'X-User-Id': target.userId, 'X-Auth-Token': target.token },
		data: { data: { name: target.name } },
		timeout: 4000,
	});
	const message = modify
		.getNotifier()
		.getMessageBuilder()
		.setRoom(context.getRoom())
		.setText(`name: ${response.statusCode === 200 ? 'changed' : 'failed'}`);
	await modify.getNotifier().notifyUser(context.getSender(), message.getMessage());
}

function record(id: string): RocketChatAssociationRecord {
	return new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, id);
}

class FloorReadsCommand implements ISlashCommand {
	public command = 'floor-reads';
	public i18nParamsExample = '';
	public i18nDescription = '';
	public providesPreview = false;

	public async executor(
		context: SlashCommandContext,
		read: IRead,
		modify: IModify,
		http: IHttp,
		persis: IPersistence,
	): Promise<void> {
		const settings = read.getEnvironmentReader().getServerSettings();
		const reader = read.getPersistenceReader();
		const [url, userId, token, ...words] = context.getArguments();
		await settings.getValueById('Language');
		await settings.getValueById('Accounts_CustomFields');
		const credential = await reader.readByAssociation(record(`credential:${userId}`));
		if (!credential.length) {
			await persis.createWithAssociation({ userId, token }, record(`credential:${userId}`));
		}
		await settings.getValueById('Site_Url');
		await reader.readByAssociation(record('queue-line:users.updateOwnBasicInfo'));
		await postNameAndReply(context, modify, http, { url, userId, token, name: words.join(' ') });
	}
}
