import type { TotpCode } from '../../../shared/api';
import { groupedCode } from '../../format';
import { useServerClock } from '../../state/useServerClock';
import { Panel } from './Panel';

interface Props {
	codes: TotpCode[];
	serverTime?: number;
}

const STEP_MS = 30_000;

/** What the TOTP users' authenticator apps show right now, with the time left on each code. */
export function TotpPanel({ codes, serverTime }: Props) {
	const now = useServerClock(serverTime);
	if (!codes.length) {
		return null;
	}
	return (
		<Panel title='Authenticator app' note='test server' testId='totp'>
			{codes.map((code) => {
				const left = Math.max(0, code.validUntil - now);
				return (
					<div key={code.username} className='totp' data-totp-user={code.username}>
						<span className='totp-user'>@{code.username}</span>
						<span className='totp-code' data-testid='totp-code'>
							{groupedCode(code.code)}
						</span>
						<span className='totp-left'>{Math.ceil(left / 1000)} s</span>
						<span className='totp-bar'>
							<span style={{ width: `${(left / STEP_MS) * 100}%` }} />
						</span>
					</div>
				);
			})}
		</Panel>
	);
}
