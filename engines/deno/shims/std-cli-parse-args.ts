// Stand-in for jsr:@std/cli/parse-args (the registry this project reaches has no jsr packages).
// Covers what the Apps-Engine Deno runtime passes: `--name value`, `--name=value`, `--flag`, positionals.
export type Args = { _: Array<string | number>; [name: string]: unknown };

function toValue(text: string): string | number {
	return text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
}

export function parseArgs(args: string[]): Args {
	const parsed: Args = { _: [] };
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		if (arg === '--') {
			parsed._.push(...args.slice(index + 1).map(toValue));
			break;
		}
		if (!arg.startsWith('--')) {
			parsed._.push(toValue(arg));
			continue;
		}
		const equals = arg.indexOf('=');
		if (equals !== -1) {
			parsed[arg.slice(2, equals)] = toValue(arg.slice(equals + 1));
			continue;
		}
		const next = args[index + 1];
		if (next !== undefined && !next.startsWith('--')) {
			parsed[arg.slice(2)] = toValue(next);
			index++;
		} else {
			parsed[arg.slice(2)] = true;
		}
	}
	return parsed;
}
