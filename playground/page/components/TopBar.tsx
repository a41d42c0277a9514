import { Button, Icon } from '@rocket.chat/fuselage';
import { useState } from 'react';

import type { PlaygroundStatus } from '../../shared/api';

interface Props {
	status?: PlaygroundStatus;
	ready: boolean;
	onReset: () => Promise<void>;
	/** Lets time pass on the server's clock (the scheduler's): a timed status ends, queued changes run. */
	onAdvanceClock: (minutes: number) => Promise<void>;
}

export function TopBar({ status, ready, onReset, onAdvanceClock }: Props) {
	const [resetting, setResetting] = useState(false);
	const reset = async () => {
		setResetting(true);
		await onReset();
		setResetting(false);
	};
	const server = status?.referenceServer;
	return (
		<header className='top-bar'>
			<img className='top-bar-icon' src='/app-icon.png' alt='' />
			<div className='top-bar-title'>
				<strong>{status?.app?.name ?? 'Profile Commands'}</strong>
				<span>playground</span>
			</div>
			<div className='top-bar-facts'>
				<span className={`fact fact-${status?.phase ?? 'starting'}`}>
					<span className='dot' />
					{status?.app
						? `app ${status.app.version} in Apps-Engine ${status.app.engineVersion} · ${status.phase}`
						: status?.phase ?? 'connecting'}
				</span>
				{server && (
					<span
						className={`fact ${server.reachable ? '' : 'fact-failed'}`}
						title='Reference Rocket.Chat server'
					>
						<span className='dot' />
						reference server {server.profile} · {server.url.replace('http://', '')}
						{server.rateLimit !== 'off' && ` · rate limit ${server.rateLimit}`}
					</span>
				)}
			</div>
			<Button
				small
				secondary
				disabled={!ready}
				onClick={() => onAdvanceClock(60)}
				title="Let an hour pass on the server's clock: due scheduled jobs run (a timed status ends, queued changes land)"
				data-testid='advance-clock'
			>
				<Icon name='clock' size='x16' /> +1 h
			</Button>
			<Button
				small
				secondary
				disabled={!ready || resetting}
				onClick={reset}
				title='Seeded users again; no links, messages or requests'
			>
				<Icon name='refresh' size='x16' /> Reset
			</Button>
		</header>
	);
}
