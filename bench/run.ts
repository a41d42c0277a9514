/**
 * `npm run bench` (issue #6): measures the packaged app inside the engine host against the reference
 * server and writes docs/benchmarks.md. A benchmark, not a test: it fails only when a flow does not do
 * what it should (then its numbers would mean nothing).
 *
 * Options: --skip-package (measure the zip already in dist/), --iterations=N (rounds of the app against its floor app,
 * default 200), --users=N and --commands=N (load, default 200 × 5), --out=path (default docs/benchmarks.md),
 * --only=kinds,floor,burst,load,heap and --limiters=v7,vn,off (a partial run: logged, no report written).
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
import {
	CHANGE_KINDS,
	countRequests,
	drainQueue,
	lastText,
	linkUnderLimiter,
	linkWithToken,
	RATE_LIMIT_WINDOW_MS,
	ROOM,
	userId,
} from './flows';
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
/** --only=burst,floor,…: run only these phases (a quick look while working; the report leaves the rest out). */
const ONLY = process.argv
	.find((arg) => arg.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const LIMITERS = process.argv
	.find((arg) => arg.startsWith('--limiters='))
	?.slice('--limiters='.length)
	.split(',');
function runs(phase: 'kinds' | 'floor' | 'burst' | 'load' | 'heap'): boolean {
	return !ONLY || ONLY.includes(phase);
}
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

async function resetFor(
	b: Bench,
	profile: 'v7' | 'vn',
	rateLimit: 'off' | 'v7' | 'vn',
): Promise<void> {
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

// ------------------------------------------------------------------ the app against its floor

/** What is measured per command, in the same process, interleaved. */
const CONTENDERS = ['app', 'floorSame', 'floorReads', 'appBridge', 'floorBridge', 'bare'] as const;
type Contender = typeof CONTENDERS[number];

const CONTENDER_LABELS: Record<Contender, string> = {
	app: '`/profile set name …` (the app, through REST)',
	floorSame: '`/floor-same …`: floor app, the same request (POST)',
	floorReads: '`/floor-reads …`: floor app, the same request after the same bridge reads',
	appBridge: '`/profile set bio …` (the app, through the user bridge)',
	floorBridge: '`/floor-bridge …`: floor app, the same bridge write',
	bare: 'bare `fetch` POST, no engine',
};

interface Samples {
	wall: number[];
	/** process.cpuUsage() user + system, ms. */
	cpu: number[];
	bridgeCalls: number[];
}

interface FloorResult {
	samples: Record<Contender, Samples>;
	requests: Record<Contender, RequestCount>;
}

/** Builds the floor app (bench/floor) with the app's toolchain; cached by its sources. */
function buildFloorApp(): string {
	log('building the floor app (bench/floor) …');
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bench', 'floor', 'build.mjs')], {
		cwd: REPO_ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		throw new Error(`building the floor app failed (exit ${result.status}): ${result.stdout}`);
	}
	return result.stdout.trim().split('\n').at(-1) ?? '';
}

/**
 * The app's `/profile set bio …` against the floor app's commands loaded in the same engine, and a bare request,
 * interleaved with the order rotated every round so that none always runs first (or after the same one).
 */
async function appVersusFloor(b: Bench, floorZip: string): Promise<FloorResult> {
	await resetFor(b, 'v7', 'off');
	await b.host.installApp(floorZip);
	const token = await linkWithToken(b, 'alice');
	const aliceId = userId(b, 'alice');
	const url = b.server.url;

	const expect = (field: 'name' | 'bio', label: string, who: string) => {
		if (b.server.getUser('alice')?.[field] !== label) {
			throw new Error(`${who} did not change the ${field}: ${lastText(b, 'alice')}`);
		}
	};
	const run: Record<Contender, (label: string) => Promise<void>> = {
		app: async (label) => {
			await b.host.runCommand('alice', 'profile', `set name ${label}`, ROOM);
			expect('name', label, 'the app');
		},
		floorSame: async (label) => {
			await b.host.runCommand('alice', 'floor-same', `${url} ${aliceId} ${token} ${label}`, ROOM);
			expect('name', label, '/floor-same');
		},
		floorReads: async (label) => {
			await b.host.runCommand('alice', 'floor-reads', `${url} ${aliceId} ${token} ${label}`, ROOM);
			expect('name', label, '/floor-reads');
		},
		appBridge: async (label) => {
			await b.host.runCommand('alice', 'profile', `set bio ${label}`, ROOM);
			expect('bio', label, 'the app (bridge)');
		},
		floorBridge: async (label) => {
			await b.host.runCommand('alice', 'floor-bridge', label, ROOM);
			expect('bio', label, '/floor-bridge');
		},
		bare: async (label) => {
			const response = await fetch(`${url}/api/v1/users.updateOwnBasicInfo`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					'X-User-Id': aliceId,
					'X-Auth-Token': token,
				},
				body: JSON.stringify({ data: { name: label } }),
			});
			await response.json();
			if (response.status !== 200) {
				throw new Error(`bare request failed: HTTP ${response.status}`);
			}
		},
	};
	const measure = async (contender: Contender, label: string, into: Samples) => {
		const calls = b.host.bridgeCalls().length;
		const cpu = process.cpuUsage();
		const started = process.hrtime.bigint();
		await run[contender](label);
		into.wall.push(msSince(started));
		const used = process.cpuUsage(cpu);
		into.cpu.push((used.user + used.system) / 1000);
		into.bridgeCalls.push(b.host.bridgeCalls().length - calls);
	};

	const requests = {} as Record<Contender, RequestCount>;
	for (const contender of CONTENDERS) {
		b.server.requestLog.length = 0;
		await run[contender](`counted ${contender}`);
		requests[contender] = countRequests(b.server.requestLog);
	}
	const warmUp = (): Samples => ({ wall: [], cpu: [], bridgeCalls: [] });
	for (let i = 0; i < WARM_UP; i++) {
		for (const contender of CONTENDERS) {
			await measure(contender, `warm-up ${contender} ${i}`, warmUp());
		}
	}
	const samples = Object.fromEntries(
		CONTENDERS.map((contender) => [contender, warmUp()]),
	) as Record<Contender, Samples>;
	for (let i = 0; i < ITERATIONS; i++) {
		for (let k = 0; k < CONTENDERS.length; k++) {
			const contender = CONTENDERS[(i + k) % CONTENDERS.length];
			await measure(contender, `bench ${contender} ${i}`, samples[contender]);
		}
		// Keep the server's request log from growing with the rounds.
		b.server.requestLog.length = 0;
	}
	b.host.assertNoEngineErrors();
	return { samples, requests };
}

// ------------------------------------------------------------------ heap

interface HeapResult {
	/** Heap used (after full GCs) with the engine and the floor app loaded. */
	baseline: number;
	/** The same after installing the app's zip beside it. */
	withApp: number;
	/** Time to install and enable the app's zip in that warm process. */
	installMs: number;
}

/** Heap the app's zip holds once loaded, from a fresh process (bench/heap.ts). */
function heapOfTheApp(appZip: string, floorZip: string): HeapResult {
	const out = join(REPO_ROOT, '.build', 'bench-heap.json');
	mkdirSync(dirname(out), { recursive: true });
	const result = spawnSync(
		process.execPath,
		['--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'bench', 'heap.ts'), appZip, floorZip, out],
		{ cwd: REPO_ROOT, stdio: 'inherit', env: process.env },
	);
	const measured = JSON.parse(readFileSync(out, 'utf8')) as HeapResult | { error: string };
	if (result.status !== 0 || 'error' in measured) {
		throw new Error(
			`measuring the heap failed: ${'error' in measured ? measured.error : result.status}`,
		);
	}
	return measured;
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
	/** Changes the server saved: HTTP 200 writes plus user-bridge writes (status text, bio). */
	saved: number;
	/** Changes typed: one per field, so a command mixing a bridge field and a REST field is two. */
	changes: number;
	/** Users whose profile holds every last value they typed. */
	exact: number;
	/** Replies: the change was reported done / the app gave up waiting / anything else. */
	replies: { done: number; timedOut: number; other: string[] };
}

/** Bridge fields (bio, status text) and REST fields (nickname, name), and one command mixing both. */
const LOAD_COMMAND_LINES = [
	(n: number) => `set bio Load bio ${n}`,
	(n: number) => `set nickname load-nick-${n}`,
	(n: number) => `set text Working on ${n}`,
	(n: number) => `set name="Load User ${n}"`,
	(n: number) => `set bio=Final bio ${n} nickname=final-${n}`,
];
/** Fields one user's commands change (the mixed line changes two). */
function changesPerUser(): number {
	return Array.from({ length: LOAD_COMMANDS }, (_, c) =>
		c % LOAD_COMMAND_LINES.length === 4 ? 2 : 1,
	).reduce((sum, n) => sum + n, 0);
}

/** Whether a load user's profile holds the last value of every field its commands typed. */
function holdsLastValues(user: ReturnType<ReferenceServer['getUser']>, index: number): boolean {
	const expected: Record<string, string> = {};
	for (let c = 0; c < LOAD_COMMANDS; c++) {
		const n = index * 100 + c;
		switch (c % LOAD_COMMAND_LINES.length) {
			case 0:
				expected.bio = `Load bio ${n}`;
				break;
			case 1:
				expected.nickname = `load-nick-${n}`;
				break;
			case 2:
				expected.statusText = `Working on ${n}`;
				break;
			case 3:
				expected.name = `Load User ${n}`;
				break;
			case 4:
				expected.bio = `Final bio ${n}`;
				expected.nickname = `final-${n}`;
				break;
		}
	}
	return Object.entries(expected).every(
		([field, value]) => (user as Record<string, unknown> | undefined)?.[field] === value,
	);
}

/**
 * Links a load user through the link modal. On a machine so busy that `/profile login` answered after the client's
 * 5-second trigger window (the modal is then not shown), it tries again: the linking is set-up, not measured.
 */
async function linkLoadUser(b: Bench, username: string): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await linkWithToken(b, username);
			return;
		} catch (error) {
			if (attempt === 3) {
				throw error;
			}
			log(`linking ${username} again (attempt ${attempt + 1}): ${String(error)}`);
		}
	}
}

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
		await linkLoadUser(b, username);
	}
	const linkMs = msSince(linkStarted);
	// The app learns an endpoint's budget from its answers; until one has answered, it sends a single probe and
	// queues the rest (lib/budget.ts). One earlier change lets the burst meet a server already seen unlimited, as
	// on a workspace where the app has run before (test/engine/load.test.ts does the same); not counted.
	await b.host.runCommand(usernames[0], 'profile', 'set nickname warm-up', ROOM);
	if (b.server.getUser(usernames[0])?.nickname !== 'warm-up') {
		throw new Error(`the warm-up change failed: ${lastText(b, usernames[0])}`);
	}

	b.server.requestLog.length = 0;
	const bridgeWritesBefore = b.host.bridgeCalls({ bridge: 'UserBridge', method: 'update' }).length;
	const messagesBefore = new Map(
		usernames.map((username) => [username, b.host.messages(userId(b, username)).length]),
	);
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
	const saved =
		b.server.requestLog.filter(
			(entry) => entry.route === 'users.updateOwnBasicInfo' && entry.status === 200,
		).length +
		b.host.bridgeCalls({ bridge: 'UserBridge', method: 'update' }).length -
		bridgeWritesBefore;
	const changes = usernames.length * changesPerUser();
	const exact = usernames.filter((username, index) =>
		holdsLastValues(b.server.getUser(username), index),
	).length;
	const replies: LoadResult['replies'] = { done: 0, timedOut: 0, other: [] };
	for (const username of usernames) {
		// A receipt has one line a change (a mixed command's names both); a mixed command whose REST part failed
		// answers twice: the bridge's receipt, then the failure.
		for (const message of b.host
			.messages(userId(b, username))
			.slice(messagesBefore.get(username))) {
			const text = message.text ?? '';
			if (/→/.test(text)) {
				replies.done += (text.match(/→/g) ?? []).length;
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
		changes,
		exact,
		replies,
	};
}

// ------------------------------------------------------------------ burst under production limits

interface BurstResult {
	label: string;
	users: number;
	/** Changes typed (bio, nickname, status text, custom field: four a user; `show` changes nothing). */
	changes: number;
	/** Changes told done at once (the user bridge, or a REST write the budget allowed). */
	appliedAtOnce: number;
	/** Changes told "queued, place N". */
	queued: number;
	/** Changes told they joined the user's queued change (one request carries both). */
	joined: number;
	/** Changes whose value the server does not hold once the queue drained. */
	lost: number;
	/** `show` answered "try again" (a read the budget kept back: not queued). */
	readsKeptBack: number;
	/** Answers 429: requests the app sent although the server would refuse them. */
	wasted429: number;
	requests: number;
	/** Rate-limit windows until the queue was empty. */
	windows: number;
	/** From the burst to the last write that landed, on the server's clock. */
	lastLandsMs: number;
	/** Wall and CPU time of this host for the burst itself and for the queue's windows. */
	burstWallMs: number;
	burstCpuMs: number;
	drainWallMs: number;
	drainCpuMs: number;
}

/** The five mixed commands of burst user `index`, as in test/engine/load.test.ts. */
function burstCommands(index: number): string[] {
	return [
		`set bio Burst bio ${index}`,
		`set nickname burst-nick-${index}`,
		`set text Burst text ${index}`,
		`set team=burst-team-${index}`,
		'show',
	];
}

/**
 * `--users` linked users type five mixed commands each, all at once, under a production rate limiter; then
 * the windows pass on the server's clock until the queue is empty.
 */
async function burst(b: Bench, label: string, limiter: 'off' | 'v7' | 'vn'): Promise<BurstResult> {
	await resetFor(b, limiter === 'vn' ? 'vn' : 'v7', limiter);
	await b.host.setAppSetting('request_timeout_ms', 60_000);
	b.server.settings.set(
		'Accounts_CustomFields',
		JSON.stringify({ team: { type: 'text', maxLength: 40 } }),
	);
	const usernames = Array.from(
		{ length: LOAD_USERS },
		(_, i) => `burst${String(i).padStart(3, '0')}`,
	);
	for (const username of usernames) {
		await b.server.seedUser({
			username,
			name: `Burst ${username}`,
			email: `${username}@example.com`,
		});
		await linkUnderLimiter(b, username);
	}
	// As on a workspace where the app has run before: one earlier change (not counted) lets the app learn the
	// write's budget from an answer; else the burst would meet an unknown budget, which the app learns with a
	// single probe while it queues the rest (lib/budget.ts). Then a fresh window for the burst.
	await b.host.runCommand(usernames[0], 'profile', 'set nickname warm-up', ROOM);
	await drainQueue(b);
	if (b.server.getUser(usernames[0])?.nickname !== 'warm-up') {
		throw new Error(`the warm-up change failed: ${lastText(b, usernames[0])}`);
	}
	b.server.clock.advance(RATE_LIMIT_WINDOW_MS);
	const since = b.server.requestLog.length;
	const repliesBefore = new Map(usernames.map((u) => [u, b.host.messages(userId(b, u)).length]));
	const startedAt = b.server.clock.now();
	let cpu = process.cpuUsage();
	let started = process.hrtime.bigint();
	await Promise.all(
		usernames.flatMap((username, index) =>
			burstCommands(index).map((line) => b.host.runCommand(username, 'profile', line, ROOM)),
		),
	);
	const burstWallMs = msSince(started);
	const burstCpu = process.cpuUsage(cpu);
	let appliedAtOnce = 0;
	let queued = 0;
	let joined = 0;
	let readsKeptBack = 0;
	for (const username of usernames) {
		for (const message of b.host.messages(userId(b, username)).slice(repliesBefore.get(username))) {
			const text = message.text ?? '';
			if (/queued, place \d+/.test(text)) {
				queued++;
			} else if (/joins your queued change|replaces your queued change/.test(text)) {
				joined++;
			} else if (/Try again in/.test(text)) {
				readsKeptBack++;
			} else if (/→/.test(text)) {
				appliedAtOnce++;
			}
		}
	}
	cpu = process.cpuUsage();
	started = process.hrtime.bigint();
	// Under the 8.5+ limiter every user's write waits for a window of its own: one a minute for the whole app.
	const windows = await drainQueue(b, 10 * LOAD_USERS);
	const drainWallMs = msSince(started);
	const drainCpu = process.cpuUsage(cpu);
	const sent = b.server.requestLog.slice(since);
	const landed = sent.filter(
		(entry) => entry.route === 'users.updateOwnBasicInfo' && entry.status === 200,
	);
	let lost = 0;
	usernames.forEach((username, index) => {
		const user = b.server.getUser(username);
		const held = [
			user?.bio === `Burst bio ${index}`,
			user?.nickname === `burst-nick-${index}`,
			user?.statusText === `Burst text ${index}`,
			user?.customFields?.team === `burst-team-${index}`,
		];
		lost += held.filter((ok) => !ok).length;
	});
	b.host.assertNoEngineErrors();
	return {
		label,
		users: LOAD_USERS,
		changes: LOAD_USERS * 4,
		appliedAtOnce,
		queued,
		joined,
		lost,
		readsKeptBack,
		wasted429: sent.filter((entry) => entry.status === 429).length,
		requests: sent.length,
		windows,
		lastLandsMs: Math.max(0, ...landed.map((entry) => entry.at.getTime() - startedAt)),
		burstWallMs,
		burstCpuMs: (burstCpu.user + burstCpu.system) / 1000,
		drainWallMs,
		drainCpuMs: (drainCpu.user + drainCpu.system) / 1000,
	};
}

function burstRows(runs: BurstResult[]): string[] {
	const cells = (cell: (run: BurstResult) => string): string => runs.map(cell).join(' | ');
	const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
	return [
		`| | ${runs.map((run) => run.label).join(' | ')} |`,
		`|---|${runs.map(() => '---').join('|')}|`,
		`| changes typed (4 a user; \`show\` is a read) | ${cells((run) => String(run.changes))} |`,
		`| applied at once | ${cells((run) => String(run.appliedAtOnce))} |`,
		`| queued ("queued, place N") | ${cells((run) => String(run.queued))} |`,
		`| joined the user's queued change (one request for both) | ${cells((run) =>
			String(run.joined),
		)} |`,
		`| lost | ${cells((run) => String(run.lost))} |`,
		`| \`show\` kept back ("try again", no request) | ${cells((run) =>
			String(run.readsKeptBack),
		)} |`,
		`| wasted 429s | ${cells((run) => String(run.wasted429))} |`,
		`| requests sent | ${cells((run) => String(run.requests))} |`,
		`| time until the last lands (server clock) | ${cells(
			(run) => `${seconds(run.lastLandsMs)} (${run.windows} windows)`,
		)} |`,
		`| this host: the burst, wall / CPU | ${cells(
			(run) => `${seconds(run.burstWallMs)} / ${seconds(run.burstCpuMs)}`,
		)} |`,
		`| this host: the queue's windows, wall / CPU | ${cells(
			(run) => `${seconds(run.drainWallMs)} / ${seconds(run.drainCpuMs)}`,
		)} |`,
	];
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
				kind.rateLimit === 'vn' ? ', 8.5+ limiter (1/min)' : ', V7 limiter'
			} | ${count.reads} | ${count.writes} | ${count.other} | ${target} | ${count.requests
				.map((request) => `\`${request}\``)
				.join(', ')} |`,
		);
	}
	return lines;
}

function loadRows(loads: LoadResult[]): string[] {
	const cells = (cell: (run: LoadResult) => string): string => loads.map(cell).join(' | ');
	const total = (run: LoadResult): number => run.users * run.commands;
	return [
		`| app request timeout | ${cells((run) => `${run.timeoutMs / 1000} s`)} |`,
		`| commands | ${cells((run) => String(total(run)))} |`,
		`| changes saved by the server (REST 200 + user bridge) | ${cells(
			(run) => `${run.saved} of ${run.changes}`,
		)} |`,
		`| users whose profile holds every last value typed | ${cells(
			(run) => `${run.exact} of ${run.users}`,
		)} |`,
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

function floorSection(floor: FloorResult): string[] {
	const { samples } = floor;
	const medianOf = (contender: Contender, metric: keyof Samples) =>
		median(samples[contender][metric]);
	const paired = (a: Contender, b: Contender) =>
		median(samples[a].wall.map((value, i) => value / samples[b].wall[i]));
	const lines = [
		'## The app against a floor app, in one process (rate limiter off)',
		'',
		'A minimal app built with the same toolchain (bench/floor: `rc-apps package`, then the same bundling as',
		'`npm run package` when it bundles) is installed beside the app in the same engine. Its `/floor-same`',
		'makes the request the app makes for `/profile set name …` (POST users.updateOwnBasicInfo) and one private',
		'reply; `/floor-bridge` writes the bio through the user bridge and replies, as the app does for',
		'`/profile set bio …`; the bare request is a `fetch` without the engine. `/floor-reads` makes the same',
		'request after the bridge reads the app makes for it (the settings `Language`, `Accounts_CustomFields`,',
		'`Site_Url`; a credential and a queue mark from persistence): what the server’s rules make any',
		'app read, so that the app ÷ it is what the app’s own code adds.',
		`${WARM_UP} warm-up rounds, then ${ITERATIONS} rounds, each running all six with the order rotated.`,
		'The limiter is off here: hundreds of rounds of one request would otherwise wait for its windows.',
		'CPU is `process.cpuUsage()` of the whole process (engine, app and reference server) over the command;',
		'bridge calls are the calls the engine made into the host (settings, persistence, HTTP, rooms, users, messages).',
		'',
		'| | wall median | wall p95 | CPU median | bridge calls | requests |',
		'|---|---:|---:|---:|---:|---|',
	];
	for (const contender of CONTENDERS) {
		lines.push(
			`| ${CONTENDER_LABELS[contender]} | ${ms(medianOf(contender, 'wall'))} | ${ms(
				percentile(samples[contender].wall, 95),
			)} | ${ms(medianOf(contender, 'cpu'))} | ${medianOf(
				contender,
				'bridgeCalls',
			)} | ${floor.requests[contender].requests.map((request) => `\`${request}\``).join(', ')} |`,
		);
	}
	const ratio = medianOf('app', 'wall') / medianOf('floorSame', 'wall');
	const bridgeRatio = medianOf('appBridge', 'wall') / medianOf('floorBridge', 'wall');
	lines.push(
		'',
		`**The app ÷ the floor with the same requests: ${ratio.toFixed(
			2,
		)}×** at the median (goal ≤ 1.3×);`,
		`paired per round: ${paired('app', 'floorSame').toFixed(2)}×. CPU: ${(
			medianOf('app', 'cpu') / medianOf('floorSame', 'cpu')
		).toFixed(2)}×. The app ÷ the bare request: ${(
			medianOf('app', 'wall') / medianOf('bare', 'wall')
		).toFixed(1)}×.`,
		'',
		`**The app ÷ the floor with the same requests and the same bridge reads: ${(
			medianOf('app', 'wall') / medianOf('floorReads', 'wall')
		).toFixed(2)}×** at the median; paired per round: ${paired('app', 'floorReads').toFixed(
			2,
		)}×. CPU: ${(medianOf('app', 'cpu') / medianOf('floorReads', 'cpu')).toFixed(2)}×.`,
		'',
		`**Through the user bridge, the app ÷ the floor's same bridge write: ${bridgeRatio.toFixed(
			2,
		)}×** at the median; paired per round: ${paired('appBridge', 'floorBridge').toFixed(
			2,
		)}×. CPU: ${(medianOf('appBridge', 'cpu') / medianOf('floorBridge', 'cpu')).toFixed(2)}×.`,
	);
	return lines;
}

function report(input: {
	started: Date;
	loadAverage: number[];
	pkg: PackageResult;
	coldMs: number;
	kinds: KindResult[];
	floor: FloorResult;
	heap?: HeapResult;
	loads: LoadResult[];
	bursts: BurstResult[];
	wallMs: number;
}): string {
	const { pkg, floor, heap, loads, bursts } = input;
	const cpuList = cpus();
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
		...floorSection(floor),
		'',
		'## Burst under production limits',
		'',
		`${LOAD_USERS} linked users type five mixed commands each, all at once (bio, nickname, status text, a custom`,
		'field, `show`), under the V7 limiter (10 calls a minute per endpoint) and the 8.5+ one (one',
		'`users.updateOwnBasicInfo` a minute); all users of the app share one budget per endpoint. Then the windows',
		'pass on the reference server’s clock until the queue is empty. The same burst with the limiter off, for',
		'comparison of this host’s work. One change before the burst (not counted) lets the app learn the write’s',
		'budget, as on a workspace where it has run before; then the burst starts in a fresh window. Once one change',
		'waits, every later one joins the line behind it (first in, first out), so nearly every REST change is told its',
		'place, and the queue job sends them as the window allows. A user’s two REST changes, typed at the same',
		'moment, are queued apart (“joined” counts only changes that found one already queued) and the job replays',
		'them together: one write per user.',
		'',
		...burstRows(bursts),
		'',
		'## Load (rate limiter off)',
		'',
		`${LOAD_USERS} linked users, ${LOAD_COMMANDS} \`/profile set …\` commands each (every command a real change);`,
		'all users start at once, each user’s commands one after the other; the REST rate limiter is off, and one',
		'change before the burst (not counted) lets the app learn that, as on a workspace where it has run before.',
		'Run twice: with the app’s default request timeout, and with the longest the app allows. Under the limiter',
		'nearly every change would wait for a window: see the burst above.',
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
		`| install + enable of the zip in a warm process, beside the floor app | ${
			heap ? `${(heap.installMs / 1000).toFixed(2)} s` : 'not measured (Deno)'
		} |`,
		`| heap the app holds once loaded (heap used after full GCs, minus engine + floor app; goal ≤ 10 MB) | ${
			heap
				? `**${mb(heap.withApp - heap.baseline, 1)}** (${mb(heap.baseline, 1)} → ${mb(
						heap.withApp,
						1,
				  )})`
				: 'not measured: the app runs in the Deno subprocess'
		} |`,
		`| peak memory (maxRSS of the bench process${
			ENGINE.kind === 'deno' ? '; the Deno subprocess not included' : ''
		}) | ${mb(peak)} |`,
		`| whole benchmark wall | ${(input.wallMs / 1000).toFixed(1)} s |`,
		'',
		'Peak RSS after each phase (high-water mark so far):',
		'',
		...peakRss.map(([phase, bytes]) => `- ${phase}: ${mb(bytes)}`),
		'',
		// Hand-written before/after notes, kept across runs.
		readFileSync(join(REPO_ROOT, 'bench', 'history.md'), 'utf8').trim(),
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

		const kinds = runs('kinds') ? await countPerChange(b) : [];
		notePeak('requests per change');

		const floorZip = buildFloorApp();
		const floor = runs('floor') ? await appVersusFloor(b, floorZip) : undefined;
		notePeak('the app against its floor');
		if (floor) {
			log(
				`median: app ${ms(median(floor.samples.app.wall))}, floor (same requests) ${ms(
					median(floor.samples.floorSame.wall),
				)}, floor (same requests and reads) ${ms(median(floor.samples.floorReads.wall))}`,
			);
		}

		const loads: LoadResult[] = [];
		const bursts: BurstResult[] = [];
		for (const [label, limiter] of [
			['V7 limiter', 'v7'],
			['8.5+ limiter', 'vn'],
			['rate limiter off', 'off'],
		] as const) {
			if (!runs('burst') || (LIMITERS && !LIMITERS.includes(limiter))) {
				continue;
			}
			const run = await burst(b, label, limiter);
			bursts.push(run);
			notePeak(`burst, ${label}`);
			log(
				`burst (${label}): ${run.appliedAtOnce} at once, ${run.queued} queued, ${
					run.joined
				} joined, ${run.lost} lost, ${run.wasted429} 429s, last lands after ${(
					run.lastLandsMs / 1000
				).toFixed(0)} s (server clock); burst ${(run.burstCpuMs / 1000).toFixed(
					1,
				)} s CPU, windows ${(run.drainCpuMs / 1000).toFixed(1)} s CPU`,
			);
		}

		for (const [label, timeoutMs] of [
			['default timeout, rate limiter off', undefined],
			['60 s timeout, rate limiter off', 60_000],
		] as const) {
			if (!runs('load')) {
				continue;
			}
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
		// 1.62 runs the app in a Deno subprocess: this process's heap would not show it.
		const heap =
			ENGINE.kind === 'deno' || !runs('heap') ? undefined : heapOfTheApp(pkg.zip, floorZip);
		notePeak('heap of the app');
		if (ONLY || !floor) {
			log(`--only=${ONLY?.join(',') ?? ''}: a partial run, the report is not written`);
			return;
		}

		const markdown = report({
			started: startedAt,
			loadAverage,
			pkg,
			coldMs: cold.ms,
			kinds,
			floor,
			heap,
			loads,
			bursts,
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
