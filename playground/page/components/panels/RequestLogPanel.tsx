import type { PageRequest } from '../../../shared/api';
import { clockTime } from '../../format';
import { Panel } from './Panel';

/** The REST requests the app made to the reference server, newest first; secrets arrive masked. */
export function RequestLogPanel({ requests }: { requests: PageRequest[] }) {
	return (
		<Panel title='REST requests by the app' note='secrets masked' testId='requests'>
			{requests.length === 0 ? (
				<p className='muted'>None yet.</p>
			) : (
				<ul className='requests'>
					{[...requests].reverse().map((request, index) => (
						<li key={`${request.at}-${index}`} className='request' data-route={request.route}>
							<details>
								<summary>
									<span className={`status status-${Math.floor(request.status / 100)}xx`}>
										{request.status}
									</span>
									<span className='method'>{request.method}</span>
									<span className='route'>{request.route}</span>
									{request.twoFactorMethod && (
										<span className='tag'>2FA: {request.twoFactorMethod}</span>
									)}
									{request.fault && <span className='tag tag-danger'>{request.fault}</span>}
									<span className='request-meta'>
										{request.actor ? `@${request.actor} · ` : ''}
										{clockTime(request.at)}
									</span>
								</summary>
								<pre>
									{JSON.stringify(
										{ path: request.path, query: request.query, body: request.body },
										null,
										2,
									)}
								</pre>
							</details>
						</li>
					))}
				</ul>
			)}
		</Panel>
	);
}
