import type { PageEngineError } from '../../../shared/api';
import { clockTime } from '../../format';
import { Panel } from './Panel';

/** Errors the engine logged for the app, engine console errors, and calls the host does not implement. */
export function EngineErrorsPanel({ errors }: { errors: PageEngineError[] }) {
	if (!errors.length) {
		return null;
	}
	return (
		<Panel title='Engine errors' note={`${errors.length}`} tone='danger' testId='engine-errors'>
			<ul className='engine-errors'>
				{errors.map((error, index) => (
					<li key={`${error.at}-${index}`}>
						<span className='muted'>
							{clockTime(error.at)} · {error.source}
						</span>
						<pre>{error.message}</pre>
					</li>
				))}
			</ul>
		</Panel>
	);
}
