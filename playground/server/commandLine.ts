import { PlaygroundError } from './errors';

/** Splits what was typed in the composer (`/profile set bio x`) into the command and its argument string. */
export function parseCommandLine(text: string): { command: string; args: string } {
	const match = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/.exec(text.trim());
	if (!match) {
		throw new PlaygroundError(
			400,
			'The playground only runs slash commands: type one starting with “/”, e.g. /profile help.',
		);
	}
	return { command: match[1].toLowerCase(), args: match[2] ?? '' };
}
