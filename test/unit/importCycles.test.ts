/**
 * The app's modules never import each other in a circle. `rc-apps package` checks the main class by requiring the
 * compiled files itself, without a module cache, so a cycle of value imports recurses until the heap runs out
 * (@rocket.chat/apps-compiler AppsCompiler.requireCompiled). Type-only imports are erased and do not count.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const root = join(__dirname, '..', '..');
const APP_CODE = ['ProfileApp.ts', 'commands', 'handlers', 'modals', 'lib'];

function sourceFiles(path: string): string[] {
	if (statSync(path).isDirectory()) {
		return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
	}
	return path.endsWith('.ts') ? [path] : [];
}

/** Relative modules a file imports for their values (`import type` and `export type` leave nothing behind). */
export function valueImports(source: string): string[] {
	const statements = source.match(/^(?:import|export)\s[^;]*?\sfrom\s+'[^']+'/gm) ?? [];
	return statements
		.filter((statement) => !/^(?:import|export)\s+type\s/.test(statement))
		.map((statement) => /'([^']+)'$/.exec(statement)?.[1] ?? '')
		.filter((module) => module.startsWith('.'));
}

function importGraph(): Map<string, string[]> {
	const files = APP_CODE.flatMap((entry) => sourceFiles(join(root, entry)));
	return new Map(
		files.map((file) => [
			relative(root, file),
			valueImports(readFileSync(file, 'utf8')).map((module) =>
				relative(root, `${resolve(dirname(file), module)}.ts`),
			),
		]),
	);
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
	const done = new Set<string>();
	const path: string[] = [];
	const visit = (file: string): string[] | undefined => {
		const open = path.indexOf(file);
		if (open >= 0) {
			return [...path.slice(open), file];
		}
		if (done.has(file) || !graph.has(file)) {
			return undefined;
		}
		path.push(file);
		for (const next of graph.get(file) ?? []) {
			const cycle = visit(next);
			if (cycle) {
				return cycle;
			}
		}
		path.pop();
		done.add(file);
		return undefined;
	};
	for (const file of graph.keys()) {
		const cycle = visit(file);
		if (cycle) {
			return cycle;
		}
	}
	return undefined;
}

describe('the app’s imports', () => {
	it('reads value imports and skips type-only ones', () => {
		const source = [
			"import type { A } from './a';",
			"import { B } from './b';",
			"import {\n\tC,\n\tD,\n} from '../c';",
			"export { E } from './e';",
			"import { readFileSync } from 'fs';",
		].join('\n');
		expect(valueImports(source)).toEqual(['./b', '../c', './e']);
	});

	it('finds a cycle when there is one', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']],
		]);
		expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
	});

	it('import each other in no circle (rc-apps package would run out of memory)', () => {
		const graph = importGraph();
		expect(graph.size).toBeGreaterThan(50);
		expect(findCycle(graph)).toBeUndefined();
	});
});
