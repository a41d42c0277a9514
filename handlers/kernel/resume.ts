import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import type { Invocation } from './Invocation';
import { RecordStore } from './storage';

/** What a slash command does with its words, once the invocation is set up. */
export type CommandRunner = (
	inv: Invocation,
	room: IRoom,
	args: string[],
	triggerId: string | undefined,
) => Promise<void>;

export type CommandName = 'profile' | 'admin-user';

/**
 * A command that stopped because the user has no link, kept so that it runs by itself once the link succeeds.
 * Only its words are kept, and they never hold a secret: a line that looks like it carries one is refused by the
 * parser before any flow (and so before this) runs.
 */
interface PendingCommand {
	command: CommandName;
	args: string[];
	roomId: string;
	at: number;
}

/** A command older than this is not run after a link: the user has moved on. */
const RESUME_WINDOW_MS = 15 * 60_000;

const runners: Partial<Record<CommandName, CommandRunner>> = {};

/** The app class hands each command's runner over once, at start (it owns them, see commands/SlashCommand.ts). */
export function registerCommandRunner(name: CommandName, runner: CommandRunner): void {
	runners[name] = runner;
}

function store(inv: Invocation): RecordStore<PendingCommand> {
	return new RecordStore<PendingCommand>('resume', inv.read.getPersistenceReader(), inv.persis);
}

/** A kept command as the user typed it, shortened for a message. */
export function shownCommand(pending: { command: CommandName; args: string[] }): string {
	const line = `/${pending.command} ${pending.args.join(' ')}`.trim();
	return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** Keeps the slash command being run (if this invocation is one) to run after the user links. */
export async function keepForAfterLink(inv: Invocation, roomId: string): Promise<boolean> {
	if (!inv.command) {
		return false;
	}
	await store(inv).put(inv.user.id, { ...inv.command, roomId, at: Date.now() });
	return true;
}

/** The command kept for this user, taken (so it runs at most once), if it is recent. */
export async function takeAfterLink(inv: Invocation): Promise<PendingCommand | undefined> {
	const kept = store(inv);
	const pending = await kept.get(inv.user.id);
	if (!pending) {
		return undefined;
	}
	await kept.remove(inv.user.id);
	return Date.now() - pending.at <= RESUME_WINDOW_MS ? pending : undefined;
}

/** The user cancelled the link modal: the command that asked for it is dropped, not run after a later link. */
export async function dropAfterLink(inv: Invocation): Promise<void> {
	await store(inv).remove(inv.user.id);
}

/** Runs a kept command as if typed again, in its room. False when it cannot (room gone, runner unknown). */
export async function runKept(inv: Invocation, pending: PendingCommand): Promise<boolean> {
	const room = await inv.read.getRoomReader().getById(pending.roomId);
	return room ? runAsTyped(inv, room, pending, undefined) : false;
}

/**
 * Runs a command's words as if the user typed them in `room` (a kept command, an action button's click): the same
 * runner, so the same checks; kept for after a link like a typed command. False when the runner is unknown.
 */
export async function runAsTyped(
	inv: Invocation,
	room: IRoom,
	words: { command: CommandName; args: string[] },
	triggerId: string | undefined,
): Promise<boolean> {
	const runner = runners[words.command];
	if (!runner) {
		return false;
	}
	inv.command = { command: words.command, args: [...words.args] };
	await runner(inv, room, [...words.args], triggerId);
	return true;
}
