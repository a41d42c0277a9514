import { useEffect, useState } from 'react';

/** The server's clock, ticking locally between updates. */
export function useServerClock(serverTime?: number): number {
	const [offset, setOffset] = useState(0);
	const [now, setNow] = useState(Date.now());
	useEffect(() => {
		if (serverTime !== undefined) {
			setOffset(serverTime - Date.now());
		}
	}, [serverTime]);
	useEffect(() => {
		const timer = window.setInterval(() => setNow(Date.now()), 250);
		return () => window.clearInterval(timer);
	}, []);
	return now + offset;
}
