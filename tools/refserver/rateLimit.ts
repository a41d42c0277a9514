/**
 * Meteor `RateLimiter` semantics (packages/rate-limit) as used by the REST API (apps/meteor/app/api/server/
 * ApiClass.ts `enforceRateLimit`; docs/server-rules.md#rest-rate-limiter): one fixed window per rule (route + method), counters per key (client address),
 * increment-then-check, so the (limit+1)th call inside the window is refused. `check` answers the time to the end
 * of the window both when refusing and when allowing (`reply.timeToReset = ruleResult.timeToNextReset`).
 */
import type { Clock } from './clock';
import type { ServerSettings } from './settings';
import type { RateLimitProfile } from './types';

export interface RateLimitRule {
	calls: number;
	intervalMs: number;
}

export interface RateLimitResult {
	allowed: boolean;
	/** ms until the window resets (allowed or not). */
	timeToReset: number;
	/** The same instant as a clock time: Rocket.Chat adds timeToReset to its clock read once per request. */
	resetAt: number;
	numInvocationsLeft: number;
}

interface WindowState {
	rule: RateLimitRule;
	lastResetTime: number;
	counters: Map<string, number>;
}

/** One budget in use: a rule (route + method) and a client key, for displays such as the playground. */
export interface RateLimitBudget {
	rule: string;
	client: string;
	limit: number;
	remaining: number;
	/** When the window resets (server clock, epoch ms). */
	resetAt: number;
}

export class WindowedRateLimiter {
	private windows = new Map<string, WindowState>();

	constructor(private readonly clock: Clock) {}

	reset(): void {
		this.windows.clear();
	}

	/** Every budget in use; a window that has run out shows its full limit again, as the next call would find it. */
	budgets(): RateLimitBudget[] {
		const now = this.clock.now();
		return [...this.windows].flatMap(([rule, state]) => {
			const over = now - state.lastResetTime > state.rule.intervalMs;
			return [...state.counters].map(([client, count]) => ({
				rule,
				client,
				limit: state.rule.calls,
				remaining: over ? state.rule.calls : Math.max(0, state.rule.calls - count),
				resetAt: state.lastResetTime + state.rule.intervalMs,
			}));
		});
	}

	/** Windows start at a rule's first use (Meteor starts them at route registration; this keeps tests deterministic). */
	hit(ruleKey: string, clientKey: string, rule: RateLimitRule): RateLimitResult {
		const now = this.clock.now();
		let state = this.windows.get(ruleKey);
		if (!state || state.rule.calls !== rule.calls || state.rule.intervalMs !== rule.intervalMs) {
			state = { rule, lastResetTime: now, counters: new Map() };
			this.windows.set(ruleKey, state);
		}
		if (now - state.lastResetTime > rule.intervalMs) {
			state.lastResetTime = now;
			state.counters.clear();
		}
		const count = (state.counters.get(clientKey) ?? 0) + 1;
		state.counters.set(clientKey, count);
		if (count > rule.calls) {
			return {
				allowed: false,
				timeToReset: rule.intervalMs - (now - state.lastResetTime),
				resetAt: state.lastResetTime + rule.intervalMs,
				numInvocationsLeft: 0,
			};
		}
		return {
			allowed: true,
			timeToReset: rule.intervalMs - (now - state.lastResetTime),
			resetAt: state.lastResetTime + rule.intervalMs,
			numInvocationsLeft: rule.calls - count,
		};
	}
}

/** Route-specific limits of the VN profile (apps/meteor/server/api/v1/users.ts); everything else uses the default rule. */
const VN_ROUTE_RULES: Record<string, RateLimitRule> = {
	'users.updateOwnBasicInfo': { calls: 1, intervalMs: 60000 },
	'users.setStatus': { calls: 5, intervalMs: 60000 },
	'users.sendConfirmationEmail': { calls: 1, intervalMs: 60000 },
};

export function restRuleFor(
	routeName: string,
	profile: RateLimitProfile,
	settings: ServerSettings,
): RateLimitRule | undefined {
	if (profile === 'off' || settings.get('API_Enable_Rate_Limiter') !== true) {
		return undefined;
	}
	if (profile === 'vn' && VN_ROUTE_RULES[routeName]) {
		return VN_ROUTE_RULES[routeName];
	}
	return {
		calls: Number(settings.get('API_Enable_Rate_Limiter_Limit_Calls_Default')),
		intervalMs: Number(settings.get('API_Enable_Rate_Limiter_Limit_Time_Default')),
	};
}

export function tooManyRequestsMessage(seconds: number, what: 'endpoint' | 'function'): string {
	const target = what === 'endpoint' ? 'trying this endpoint again' : 'trying again';
	return `Error, too many requests. Please slow down. You must wait ${seconds} seconds before ${target}.`;
}
