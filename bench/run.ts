/**
 * `npm run bench` (issue #6): measures the packaged app inside the engine host against the reference
 * server and writes docs/benchmarks.md. A benchmark, not a test: it fails only when a flow does not do
 * what it should (then its numbers would mean nothing).
 *
 * Options: --skip-package (measure the zip already in dist/), --iterations=N (command vs bare request,
 * default 200), --users=N and --commands=N (load, default 200 × 5), --out=path (default docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

import { ENGINE } from '../tools/host/engine';
import { EngineHost, findAppPackage } from '../tools/host';
import { startReferenceServer } from '../tools/refserver';
import type { ReferenceServer } from '../tools/refserver';
import type { Bench, ChangeKind, RequestCount } from './flows';
import { CHANGE_KINDS, countRequests, lastText, linkWithToken, ROOM, userId } from './flows';
import { mb, median, ms, msSince, percentile } from './stats';

const REPO_ROOT = join(__dirname, '..');

function option(name: string, fallback: number): number {
	const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
	const value = raw === undefined ? fallback : Number(raw);
	if (!Number.isInteger(value) || value <= 0) {
		throw new Error(`--${name} must be a positive integer`);
	}
	return value;
}

const SKIP_PACKAGE = process.argv.includes('--skip-package');
const ITERATIONS = option('iterations', 200);
const WARM_UP = Math.min(20, ITERATIONS);
const LOAD_USERS = option('users', 200);
const LOAD_COMMANDS = option('commands', 5);
const OUT =
	process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ??
	join(REPO_ROOT, 'docs', 'benchmarks.md');

const peakRss: Array<[string, number]> = [];
function notePeak(phase: string): void {
	// maxRSS is in kilobytes: the process high-water mark so far.
	peakRss.push([phase, process.resourceUsage().maxRSS * 1024]);
}

function log(text: string): void {
	console.log(`[bench] ${text}`);
}

// ------------------------------------------------------------------ package

interface PackageResult {
	zip: string;
	bytes: number;
	packageMs?: number;
}

function packageApp(): PackageResult {
	let packageMs: number | undefined;
	if (!SKIP_PACKAGE) {
		log('npm run package …');
		const started = process.hrtime.bigint();
		const result = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
		packageMs = msSince(started);
		if (result.status !== 0) {
			throw new Error(`npm run package failed (exit ${result.status})`);
		}
	}
	const zip = findAppPackage();
	return { zip, bytes: statSync(zip).size, packageMs };
}

// ------------------------------------------------------------------ request counts

interface KindResult {
	kind: ChangeKind;
	count: RequestCount;
}

async function resetFor(b: Bench, profile: 'v7' | 'vn', rateLimit: 'off' | 'vn'): Promise<void> {
	b.server.reset();
	b.server.setProfile(profile);
	b.server.setRateLimit(rateLimit);
	await b.server.seedDefaults();
	await b.host.reset();
}

async function countPerChange(b: Bench): Promise<KindResult[]> {
	const results: KindResult[] = [];
	for (const kind of CHANGE_KINDS) {
		await resetFor(b, kind.profile, kind.rateLimit);
		await kind.prepare(b);
		b.server.requestLog.length = 0;
		await kind.run(b);
		b.host.assertNoEngineErrors();
		results.push({ kind, count: countRequests(b.server.requestLog) });
		log(`${kind.name}: ${results[results.length - 1].count.requests.join(', ')}`);
	}
	return results;
}

// ------------------------------------------------------------------ command vs bare request

interface OverheadResult {
	command: number[];
	bare: number[];
	added: number[];
	commandRequests: RequestCount;
}

async function commandVersusBare(b: Bench): Promise<OverheadResult> {
	await resetFor(b, 'v7', 'off');
	const token = await linkWithToken(b, 'alice');
	const aliceId = userId(b, 'alice');
	const url = `${b.server.url}/api/v1/users.updateOwnBasicInfo`;

	const runCommand = async (label: string): Promise<number> => {
		const started = process.hrtime.bigint();
		await b.host.runCommand('alice', 'profile', `set bio ${label}`, ROOM);
		const elapsed = msSince(started);
		if (b.server.getUser('alice')?.bio !== label) {
			throw new Error(`the command did not change the bio: ${lastText(b, 'alice')}`);
		}
		return elapsed;
	};
	const runBare = async (label: string): Promise<number> => {
		const started = process.hrtime.bigint();
		const response = await fetch(url, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'X-User-Id': aliceId,
				'X-Auth-Token': token,
			},
			body: JSON.stringify({ data: { bio: label } }),
		});
		const body = (await response.json()) as { success?: boolean };
		const elapsed = msSince(started);
		if (response.status !== 200 || !body.success) {
			throw new Error(`bare request failed: HTTP ${response.status}`);
		}
		return elapsed;
	};

	for (let i = 0; i < WARM_UP; i++) {
		await runCommand(`warm-up command ${i}`);
		await runBare(`warm-up bare ${i}`);
	}
	b.server.requestLog.length = 0;
	await runCommand('one counted command');
	const commandRequests = countRequests(b.server.requestLog);

	const result: OverheadResult = { command: [], bare: [], added: [], commandRequests };
	for (let i = 0; i < ITERATIONS; i++) {
		// Alternate the order so that neither side always runs first.
		let command: number;
		let bare: number;
		if (i % 2 === 0) {
			command = await runCommand(`bench command ${i}`);
			bare = await runBare(`bench bare ${i}`);
		} else {
			bare = await runBare(`bench bare ${i}`);
			command = await runCommand(`bench command ${i}`);
		}
		result.command.push(command);
		result.bare.push(bare);
		result.added.push(command - bare);
	}
	b.host.assertNoEngineErrors();
	return result;
}

// ------------------------------------------------------------------ load

interface LoadResult {
	label: string;
	/** The app's request timeout during the run. */
	timeoutMs: number;
	users: number;
	commands: number;
	linkMs: number;
	wallMs: number;
	latencies: number[];
	count: RequestCount;
	/** Changes the server saved (HTTP 200 writes). */
	saved: number;
	/** Replies: the change was reported done / the app gave up waiting / anything else. */
	replies: { done: number; timedOut: number; other: string[] };
}

const LOAD_COMMAND_LINES = [
	(n: number) => `set bio Load bio ${n}`,
	(n: number) => `set nickname load-nick-${n}`,
	(n: number) => `set text Working on ${n}`,
	(n: number) => `set name="Load User ${n}"`,
	(n: number) => `set bio=Final bio ${n} nickname=final-${n}`,
];

async function load(b: Bench, label: string, timeoutMs?: number): Promise<LoadResult> {
	await resetFor(b, 'v7', 'off');
	if (timeoutMs !== undefined) {
		await b.host.setAppSetting('request_timeout_ms', timeoutMs);
	}
	const effectiveTimeout = Number(b.host.appSetting('request_timeout_ms'));
	const usernames = Array.from(
		{ length: LOAD_USERS },
		(_, i) => `load${String(i + 1).padStart(3, '0')}`,
	);
	for (const username of usernames) {
		await b.server.seedUser({
			username,
			name: `Load ${username}`,
			email: `${username}@example.com`,
			bio: 'Seeded bio',
		});
	}
	const linkStarted = process.hrtime.bigint();
	for (const username of usernames) {
		await linkWithToken(b, username);
	}
	const linkMs = msSince(linkStarted);

	b.server.requestLog.length = 0;
	const latencies: number[] = [];
	const started = process.hrtime.bigint();
	await Promise.all(
		usernames.map(async (username, index) => {
			for (let c = 0; c < LOAD_COMMANDS; c++) {
				const line = LOAD_COMMAND_LINES[c % LOAD_COMMAND_LINES.length](index * 100 + c);
				const commandStarted = process.hrtime.bigint();
				await b.host.runCommand(username, 'profile', line, ROOM);
				latencies.push(msSince(commandStarted));
			}
		}),
	);
	const wallMs = msSince(started);
	const count = countRequests(b.server.requestLog);
	const saved = b.server.requestLog.filter(
		(entry) => entry.route === 'users.updateOwnBasicInfo' && entry.status === 200,
	).length;
	const replies: LoadResult['replies'] = { done: 0, timedOut: 0, other: [] };
	for (const username of usernames) {
		for (const message of b.host.messages(userId(b, username)).slice(-LOAD_COMMANDS)) {
			const text = message.text ?? '';
			if (/→/.test(text)) {
				replies.done++;
			} else if (/did not answer within/.test(text)) {
				replies.timedOut++;
			} else {
				replies.other.push(text);
			}
		}
	}
	b.host.assertNoEngineErrors();
	return {
		label,
		timeoutMs: effectiveTimeout,
		users: LOAD_USERS,
		commands: LOAD_COMMANDS,
		linkMs,
		wallMs,
		latencies,
		count,
		saved,
		replies,
	};
}

// ------------------------------------------------------------------ report

function requestTable(results: KindResult[]): string[] {
	const lines = [
		'| Change | Typed | Server | Reads | Writes | Other | Target (1 write per changed user) | Requests, in order |',
		'|---|---|---|---:|---:|---:|---|---|',
	];
	for (const { kind, count } of results) {
		const target =
			count.writes === kind.users
				? `met (${kind.users} user${kind.users > 1 ? 's' : ''})`
				: `${count.writes} writes for ${kind.users} user${kind.users > 1 ? 's' : ''}`;
		lines.push(
			`| ${kind.name} | \`${kind.command}\` | ${kind.profile}${
				kind.rateLimit === 'vn' ? ', 1/min limit' : ''
			} | ${count.reads} | ${count.writes} | ${count.other} | ${target} | ${count.requests
				.map((request) => `\`${request}\``)
				.join(', ')} |`,
		);
	}
	return lines;
}

function row(label: string, values: number[]): string {
	return `| ${label} | ${ms(median(values))} | ${ms(percentile(values, 95))} | ${ms(
		Math.min(...values),
	)} | ${ms(Math.max(...values))} |`;
}

function loadRows(loads: LoadResult[]): string[] {
	const cells = (cell: (run: LoadResult) => string): string => loads.map(cell).join(' | ');
	const total = (run: LoadResult): number => run.users * run.commands;
	return [
		`| app request timeout | ${cells((run) => `${run.timeoutMs / 1000} s`)} |`,
		`| commands | ${cells((run) => String(total(run)))} |`,
		`| saved by the server | ${cells((run) => String(run.saved))} |`,
		`| replies: done / timed out / other | ${cells(
			(run) => `${run.replies.done} / ${run.replies.timedOut} / ${run.replies.other.length}`,
		)} |`,
		`| wall time | ${cells((run) => `${(run.wallMs / 1000).toFixed(2)} s`)} |`,
		`| throughput (saved changes per second) | ${cells((run) =>
			(run.saved / (run.wallMs / 1000)).toFixed(1),
		)} |`,
		`| latency p50 | ${cells((run) => ms(median(run.latencies), 0))} |`,
		`| latency p95 | ${cells((run) => ms(percentile(run.latencies, 95), 0))} |`,
		`| latency max | ${cells((run) => ms(Math.max(...run.latencies), 0))} |`,
		`| requests: reads / writes / other | ${cells(
			(run) => `${run.count.reads} / ${run.count.writes} / ${run.count.other}`,
		)} |`,
		`| linking the users first (not in the figures above) | ${cells(
			(run) => `${(run.linkMs / 1000).toFixed(1)} s`,
		)} |`,
	];
}

function report(input: {
	started: Date;
	loadAverage: number[];
	pkg: PackageResult;
	coldMs: number;
	reloadMs: number;
	kinds: KindResult[];
	overhead: OverheadResult;
	loads: LoadResult[];
	wallMs: number;
}): string {
	const { pkg, overhead, loads } = input;
	const cpuList = cpus();
	const ratio = median(overhead.command) / median(overhead.bare);
	const pairedRatios = overhead.command.map((value, i) => value / overhead.bare[i]);
	const peak = Math.max(...peakRss.map(([, bytes]) => bytes));
	const lines = [
		'# Benchmarks',
		'',
		'Produced by `npm run bench` (bench/run.ts); numbers from one run on the machine below. Re-run to refresh;',
		'compare runs only on the same machine.',
		'',
		`- Date: ${input.started.toISOString()}`,
		`- Machine: ${cpuList.length} × ${cpuList[0]?.model ?? 'unknown CPU'}, ${mb(totalmem())} RAM`,
		`- Node ${process.version} on ${process.platform}/${
			process.arch
		}; load average when the run started: ${input.loadAverage
			.map((value) => value.toFixed(2))
			.join(', ')} (1/5/15 min; other work on the machine slows every figure)`,
		`- Engine: @rocket.chat/apps-engine ${ENGINE.version} (${
			ENGINE.kind === 'deno' ? 'Deno runtime' : 'vm2 runtime'
		}) in the engine host; reference server on 127.0.0.1 (bcrypt cost 4)`,
		`- App package: \`${relative(REPO_ROOT, pkg.zip)}\``,
		'',
		'## Requests per change',
		'',
		'Counted from the reference server’s request log, from the command (or modal submit) to the reply;',
		'linking and setup before it are not counted. Reads = GET; writes = `users.updateOwnBasicInfo` /',
		'`users.update` (a refused attempt counts: it is a round trip); other = anything else (mailing a code).',
		'',
		...requestTable(input.kinds),
		'',
		'## Time the app and engine add to a command',
		'',
		`\`/profile set bio …\` run through the host until the app's executor has finished, against a bare \`fetch\``,
		'of `POST users.updateOwnBasicInfo` with the same body shape and the same token, on the same server;',
		`interleaved (alternating which goes first), ${WARM_UP} warm-up pairs, then ${ITERATIONS} pairs.`,
		`One counted command made: ${overhead.commandRequests.requests
			.map((r) => `\`${r}\``)
			.join(', ')}.`,
		'The command time includes the host’s own bookkeeping (bridge call recording, message capture).',
		'',
		'| | median | p95 | min | max |',
		'|---|---:|---:|---:|---:|',
		row('full command', overhead.command),
		row('bare REST request', overhead.bare),
		row('added by app + engine (paired difference)', overhead.added),
		'',
		`Ratio full command / bare request: **${ratio.toFixed(
			1,
		)}×** (medians); paired ratios: median ${median(pairedRatios).toFixed(1)}×, p95 ${percentile(
			pairedRatios,
			95,
		).toFixed(1)}×.`,
		'',
		'## Load',
		'',
		`${LOAD_USERS} linked users, ${LOAD_COMMANDS} \`/profile set …\` commands each (every command a real change);`,
		'all users start at once, each user’s commands one after the other. Run twice: with the app’s default',
		'request timeout, and with the longest the app allows, so that every command can finish.',
		'',
		`| | ${loads.map((run) => run.label).join(' | ')} |`,
		`|---|${loads.map(() => '---').join('|')}|`,
		...loadRows(loads),
		'',
		'## Package, load, memory',
		'',
		'| | |',
		'|---|---|',
		`| zip size | ${pkg.bytes} bytes (${(pkg.bytes / 1024).toFixed(1)} KiB), \`${basename(
			pkg.zip,
		)}\` |`,
		`| package time (\`npm run package\` wall) | ${
			pkg.packageMs === undefined
				? 'not measured (--skip-package)'
				: `${(pkg.packageMs / 1000).toFixed(2)} s`
		} |`,
		`| cold load: install + enable of the zip in a fresh AppManager, first in the process | ${(
			input.coldMs / 1000
		).toFixed(2)} s |`,
		`| the same again in a warm process (new AppManager) | ${(input.reloadMs / 1000).toFixed(
			2,
		)} s |`,
		`| peak memory (maxRSS of the bench process${
			ENGINE.kind === 'deno' ? '; the Deno subprocess not included' : ''
		}) | ${mb(peak)} |`,
		`| whole benchmark wall | ${(input.wallMs / 1000).toFixed(1)} s |`,
		'',
		'Peak RSS after each phase (high-water mark so far):',
		'',
		...peakRss.map(([phase, bytes]) => `- ${phase}: ${mb(bytes)}`),
		'',
	];
	return lines.join('\n');
}

// ------------------------------------------------------------------ main

async function startHost(server: ReferenceServer): Promise<{ host: EngineHost; ms: number }> {
	const started = process.hrtime.bigint();
	const host = await EngineHost.start({ server });
	return { host, ms: msSince(started) };
}

async function main(): Promise<void> {
	const startedAt = new Date();
	const loadAverage = loadavg();
	const wall = process.hrtime.bigint();
	const pkg = packageApp();
	notePeak('package (bench process only)');
	log(`zip ${pkg.bytes} bytes`);

	const server = await startReferenceServer({ bcryptRounds: 4 });
	await server.seedDefaults();
	let host: EngineHost | undefined;
	try {
		const cold = await startHost(server);
		host = cold.host;
		notePeak('cold load');
		log(`cold load ${ms(cold.ms, 0)}`);
		const b: Bench = { server, host };

		const kinds = await countPerChange(b);
		notePeak('requests per change');

		const overhead = await commandVersusBare(b);
		notePeak('command vs bare request');
		log(`command median ${ms(median(overhead.command))}, bare ${ms(median(overhead.bare))}`);

		const loads: LoadResult[] = [];
		for (const [label, timeoutMs] of [
			['default timeout', undefined],
			['60 s timeout', 60_000],
		] as const) {
			const run = await load(b, label, timeoutMs);
			loads.push(run);
			notePeak(`load, ${label}`);
			log(
				`load (${label}): ${run.saved} saved, ${run.replies.timedOut} timed out, ${(
					run.wallMs / 1000
				).toFixed(2)} s; other replies: ${JSON.stringify([...new Set(run.replies.other)])}`,
			);
		}

		await host.stop();
		host = undefined;
		const reload = await startHost(server);
		host = reload.host;
		notePeak('second load');

		const markdown = report({
			started: startedAt,
			loadAverage,
			pkg,
			coldMs: cold.ms,
			reloadMs: reload.ms,
			kinds,
			overhead,
			loads,
			wallMs: msSince(wall),
		});
		mkdirSync(dirname(OUT), { recursive: true });
		writeFileSync(OUT, markdown);
		// Tables as Prettier lays them out, so that `npm run lint` stays clean.
		spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'prettier'), ['--write', OUT], {
			stdio: 'ignore',
		});
		console.log(`\n${readFileSync(OUT, 'utf8')}`);
		log(`written to ${relative(process.cwd(), OUT)}`);
	} finally {
		await host?.stop();
		await server.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
