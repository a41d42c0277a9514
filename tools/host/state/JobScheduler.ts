import { objectId } from '../ids';
import { toPlain } from '../plain';

/** A processor as the engine hands it to the scheduler bridge (already wrapped to run inside the app). */
export type JobProcessor = (jobContext: Record<string, unknown>) => Promise<void>;

export interface ScheduledJob {
	id: string;
	/** `<processor id>_<app id>`, the name Rocket.Chat's Agenda job gets. */
	name: string;
	appId: string;
	kind: 'once' | 'recurring';
	nextRunAt: number;
	intervalMs?: number;
	data: Record<string, unknown>;
}

export interface JobRun {
	jobId: string;
	name: string;
	ok: boolean;
	error?: string;
}

const UNIT_MS: Record<string, number> = {
	ms: 1,
	millisecond: 1,
	second: 1000,
	sec: 1000,
	minute: 60_000,
	min: 60_000,
	hour: 3_600_000,
	day: 86_400_000,
	week: 604_800_000,
};

/**
 * Rocket.Chat runs app jobs with Agenda (apps/meteor/app/apps/server/bridges/scheduler.ts); this keeps the
 * same bookkeeping but runs nothing by itself: a test calls `runDue(now)` to run what is due.
 * - instances of one workspace share the job collection but each has its own processors (its own engine):
 *   a due job is taken (removed or moved) before its processor runs, so only one instance runs it, as
 *   Agenda's lock does;
 * - the processor gets the job's data plus `jobId` (the internal `appId` is removed);
 * - one-time jobs are deleted after running; recurring ones move to `now + interval`;
 * - `cancel(id)` cancels one job when given a job id, else every job with that name (Agenda's rule).
 */
export class JobScheduler {
	private readonly processors = new Map<string, JobProcessor>();
	/** The job collection; several server instances share one (Agenda's MongoDB collection). */
	private readonly book: { jobs: ScheduledJob[] };

	constructor(private readonly now: () => number, sharedWith?: JobScheduler) {
		this.book = sharedWith ? sharedWith.book : { jobs: [] };
	}

	private get jobs(): ScheduledJob[] {
		return this.book.jobs;
	}

	private set jobs(jobs: ScheduledJob[]) {
		this.book.jobs = jobs;
	}

	define(name: string, processor: JobProcessor): void {
		this.processors.set(name, processor);
	}

	scheduleOnce(name: string, appId: string, when: unknown, data: object | undefined): string {
		return this.add({
			name,
			appId,
			kind: 'once',
			nextRunAt: parseWhen(when, this.now()),
			data: toPlain({ ...data }),
		});
	}

	scheduleRecurring(
		name: string,
		appId: string,
		interval: unknown,
		skipImmediate: boolean,
		data: object | undefined,
	): string {
		const intervalMs = parseInterval(interval);
		const nextRunAt = this.now() + (skipImmediate ? intervalMs : 0);
		return this.add({
			name,
			appId,
			kind: 'recurring',
			nextRunAt,
			intervalMs,
			data: toPlain({ ...data }),
		});
	}

	hasJobNamed(name: string): boolean {
		return this.jobs.some((job) => job.name === name);
	}

	cancel(jobIdOrName: string): void {
		const head = jobIdOrName.split('_')[0];
		const byId = this.jobs.some((job) => job.id === head);
		this.jobs = this.jobs.filter((job) => (byId ? job.id !== head : job.name !== jobIdOrName));
	}

	cancelAllOf(appId: string): void {
		this.jobs = this.jobs.filter((job) => !job.name.endsWith(`_${appId}`));
	}

	scheduled(): ScheduledJob[] {
		return this.jobs.map((job) => toPlain(job));
	}

	/** Runs, one after the other, every job due at `now` (jobs scheduled meanwhile wait for the next call). */
	async runDue(now: number): Promise<JobRun[]> {
		const due = this.jobs
			.filter((job) => job.nextRunAt <= now)
			.sort((a, b) => a.nextRunAt - b.nextRunAt);
		const runs: JobRun[] = [];
		for (const job of due) {
			if (!this.jobs.includes(job) || job.nextRunAt > now) {
				continue; // cancelled by an earlier job, or taken by another instance meanwhile
			}
			runs.push(await this.run(job, now));
		}
		return runs;
	}

	/** Drops all jobs; processor definitions stay (the app registered them once, at startup). */
	clearJobs(): void {
		this.jobs = [];
	}

	private add(job: Omit<ScheduledJob, 'id'>): string {
		const id = objectId();
		this.jobs.push({ id, ...job });
		return id;
	}

	private async run(job: ScheduledJob, now: number): Promise<JobRun> {
		if (job.kind === 'once') {
			this.jobs = this.jobs.filter((candidate) => candidate !== job);
		} else {
			job.nextRunAt = now + (job.intervalMs ?? 0);
		}
		const processor = this.processors.get(job.name);
		if (!processor) {
			return {
				jobId: job.id,
				name: job.name,
				ok: false,
				error: `No processor registered for ${job.name}`,
			};
		}
		const context: Record<string, unknown> = { ...toPlain(job.data), jobId: job.id };
		delete context.appId;
		try {
			await processor(context);
			return { jobId: job.id, name: job.name, ok: true };
		} catch (error) {
			return {
				jobId: job.id,
				name: job.name,
				ok: false,
				error: error instanceof Error ? error.message : String(error),
			};
		}
	}
}

/** Agenda accepts a Date, 'now', human phrases ('in 5 minutes') or anything Date can parse. */
function parseWhen(when: unknown, now: number): number {
	if (Object.prototype.toString.call(when) === '[object Date]') {
		return (when as Date).getTime();
	}
	if (typeof when === 'string') {
		const phrase = when.trim().toLowerCase();
		if (phrase === 'now') {
			return now;
		}
		const relative = /^in\s+(.+)$/.exec(phrase);
		if (relative) {
			return now + parseInterval(relative[1]);
		}
		const parsed = Date.parse(when);
		if (!Number.isNaN(parsed)) {
			return parsed;
		}
	}
	throw new Error(`[engine host] cannot interpret the schedule time ${JSON.stringify(when)}`);
}

/** A number of milliseconds or a human interval like '10 seconds' / '1.5 hours' (cron syntax is not supported). */
function parseInterval(interval: unknown): number {
	if (typeof interval === 'number' && interval > 0) {
		return interval;
	}
	if (typeof interval === 'string') {
		const match = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(interval.trim().toLowerCase());
		const unitMs = match && (UNIT_MS[match[2]] ?? UNIT_MS[match[2].replace(/s$/, '')]);
		if (match && unitMs) {
			return Number(match[1]) * unitMs;
		}
	}
	throw new Error(`[engine host] cannot interpret the interval ${JSON.stringify(interval)}`);
}
