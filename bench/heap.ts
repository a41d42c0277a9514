/**
 * The heap the app's zip holds once loaded, measured in a process of its own (bench/run.ts spawns it): a
 * process that has just run the bursts and the load holds hundreds of MB, whose noise would hide the app's few.
 * Engine + floor app first, then + the app's zip, full GCs before each reading. Writes JSON to the path in argv[4]
 * (the engine host traps the console). Usage: node --expose-gc --import tsx bench/heap.ts <appZip> <floorZip> <out>
 */
import { writeFileSync } from 'node:fs';

import { EngineHost } from '../tools/host';
import { startReferenceServer } from '../tools/refserver';
import { msSince } from './stats';

function heapAfterGc(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) {
		throw new Error('run with --expose-gc');
	}
	for (let i = 0; i < 3; i++) {
		gc();
	}
	return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
	const [appZip, floorZip, out] = process.argv.slice(2);
	const server = await startReferenceServer({ bcryptRounds: 4 });
	await server.seedDefaults();
	const host = await EngineHost.start({ server, appPackage: floorZip });
	try {
		const baseline = heapAfterGc();
		const started = process.hrtime.bigint();
		await host.installApp(appZip);
		const installMs = msSince(started);
		const withApp = heapAfterGc();
		host.assertNoEngineErrors();
		writeFileSync(out, JSON.stringify({ baseline, withApp, installMs }));
	} finally {
		await host.stop();
		await server.close();
	}
}

main().catch((error: unknown) => {
	writeFileSync(process.argv[4] ?? '/dev/stderr', JSON.stringify({ error: String(error) }));
	process.exit(1);
});
