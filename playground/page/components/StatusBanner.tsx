import { Throbber } from '@rocket.chat/fuselage';

import type { PlaygroundStatus } from '../../shared/api';
import type { Connection } from '../state/usePlayground';

interface Props {
	status?: PlaygroundStatus;
	connection: Connection;
}

/** Anything but "connected and ready" is said at the top of the page, in plain words. */
export function StatusBanner({ status, connection }: Props) {
	if (connection === 'lost') {
		return (
			<div className='banner banner-danger' role='alert' data-testid='connection-lost'>
				<strong>Lost the connection to the playground server.</strong> Is <code>npm start</code>{' '}
				still running? The page reconnects by itself when it is back.
			</div>
		);
	}
	if (!status || connection === 'connecting') {
		return (
			<div className='banner banner-info' role='status'>
				<Throbber size='x12' inheritColor /> Connecting to the playground server…
			</div>
		);
	}
	if (status.phase === 'starting') {
		return (
			<div className='banner banner-info' role='status'>
				<Throbber size='x12' inheritColor /> {status.message}
			</div>
		);
	}
	if (status.phase === 'failed' || status.phase === 'crashed') {
		return (
			<div className='banner banner-danger' role='alert' data-testid='engine-failure'>
				<strong>{status.message}</strong>
				{status.details && <pre className='banner-details'>{status.details}</pre>}
			</div>
		);
	}
	if (status.referenceServer && !status.referenceServer.reachable) {
		return (
			<div className='banner banner-danger' role='alert'>
				<strong>The reference server at {status.referenceServer.url} stopped answering.</strong> The
				app will report it as unreachable; restart <code>npm start</code>.
			</div>
		);
	}
	return null;
}
