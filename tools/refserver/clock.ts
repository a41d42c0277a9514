/** Time source of the reference server: real time by default, advanceable so tests can expire codes and windows. */
export interface Clock {
	now(): number;
	advance(ms: number): void;
}

export function createClock(start?: number): Clock {
	let offset = start === undefined ? 0 : start - Date.now();
	return {
		now: () => Date.now() + offset,
		advance: (ms: number) => {
			offset += ms;
		},
	};
}
