/**
 * Rocket.Chat's own message parser (@rocket.chat/message-parser, the one its clients render messages with),
 * loaded into jest: the package ships only an ES module, so it is converted to CommonJS with esbuild once.
 */
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import Module from 'node:module';

type Parse = (text: string) => unknown[];

let parser: Parse | undefined;

export function parseMessage(text: string): unknown[] {
	if (!parser) {
		const file = require.resolve('@rocket.chat/message-parser');
		const { code } = transformSync(readFileSync(file, 'utf8'), { format: 'cjs', target: 'node16' });
		const loaded = new Module(file) as Module & { _compile(code: string, file: string): void };
		loaded.filename = file;
		loaded._compile(code, file);
		parser = (loaded.exports as { parse: Parse }).parse;
	}
	return parser(text);
}
