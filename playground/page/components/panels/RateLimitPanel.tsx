import type { PageBudget } from '../../../shared/api';
import { useServerClock } from '../../state/useServerClock';
import { Panel } from './Panel';

interface Props {
	budgets: PageBudget[];
	serverTime?: number;
	/** The reference server's limiter profile (`off`, `v7`, `vn`). */
	profile?: string;
}

/**
 * The reference server's REST rate limiter: calls left per endpoint and client address, and when the window
 * resets. The app's requests all come from one address, so these are budgets its users share.
 */
export function RateLimitPanel({ budgets, serverTime, profile }: Props) {
	const now = useServerClock(serverTime);
	const note = profile === 'off' ? 'limiter off' : `shared by all app users · ${profile ?? ''}`;
	return (
		<Panel title='Rate limit budget' note={note} testId='rate-limit'>
			{budgets.length === 0 ? (
				<p className='budget-empty'>No limited endpoint called yet.</p>
			) : (
				budgets.map((budget) => {
					const resetIn = Math.max(0, Math.ceil((budget.resetAt - now) / 1000));
					const spent = budget.remaining === 0;
					return (
						<div
							key={`${budget.endpoint} ${budget.client}`}
							className={`budget ${spent ? 'budget-spent' : ''}`}
							data-testid='budget'
							data-endpoint={budget.endpoint}
						>
							<span className='budget-endpoint'>{budget.endpoint}</span>
							<span className='budget-left' data-testid='budget-left'>
								{budget.remaining} / {budget.limit} left
							</span>
							<span className='budget-client'>from {budget.client}</span>
							<span className='budget-reset'>
								{resetIn > 0 ? `resets in ${resetIn} s` : 'window over: full again'}
							</span>
						</div>
					);
				})
			)}
		</Panel>
	);
}
