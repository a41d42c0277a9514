import type {
	IOnetimeSchedule,
	IProcessor,
	IRecurringSchedule,
} from '@rocket.chat/apps-engine/definition/scheduler';
import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import { SchedulerBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { JobProcessor } from '../state/JobScheduler';
import type { HostContext } from './HostContext';

/**
 * Rocket.Chat's AppSchedulerBridge over the host's JobScheduler. Processor and job ids arrive already
 * suffixed with `_<appId>` by the engine. Nothing runs on its own: tests call `host.runDueJobs()`.
 */
export abstract class HostSchedulerBridge extends SchedulerBridge {
	constructor(private readonly context: HostContext) {
		super();
	}

	protected async registerProcessors(
		processors: IProcessor[] = [],
		appId: string,
	): Promise<void | string[]> {
		const startupJobs: string[] = [];
		for (const { id, processor, startupSetting } of processors) {
			this.context.scheduler.define(id, processor as unknown as JobProcessor);
			if (startupSetting?.type === StartupType.ONETIME) {
				// Rocket.Chat schedules a one-time startup job only if none with that name is pending.
				if (!this.context.scheduler.hasJobNamed(id)) {
					startupJobs.push(
						this.context.scheduler.scheduleOnce(
							id,
							appId,
							startupSetting.when,
							startupSetting.data,
						),
					);
				}
			} else if (startupSetting?.type === StartupType.RECURRING) {
				startupJobs.push(
					this.context.scheduler.scheduleRecurring(
						id,
						appId,
						startupSetting.interval,
						startupSetting.skipImmediate ?? false,
						startupSetting.data,
					),
				);
			}
		}
		return startupJobs.length ? startupJobs : undefined;
	}

	protected async scheduleOnce(
		{ id, when, data }: IOnetimeSchedule,
		appId: string,
	): Promise<void | string> {
		return this.context.scheduler.scheduleOnce(id, appId, when, data);
	}

	protected async scheduleRecurring(
		{ id, interval, skipImmediate = false, data }: IRecurringSchedule,
		appId: string,
	): Promise<void | string> {
		return this.context.scheduler.scheduleRecurring(id, appId, interval, skipImmediate, data);
	}

	protected async cancelJob(jobId: string): Promise<void> {
		this.context.scheduler.cancel(jobId);
	}

	protected async cancelAllJobs(appId: string): Promise<void> {
		this.context.scheduler.cancelAllOf(appId);
	}
}
