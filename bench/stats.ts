/** Small statistics helpers for the benchmark (nearest-rank percentiles). */

export function percentile(values: number[], p: number): number {
	if (!values.length) {
		return Number.NaN;
	}
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
	return percentile(values, 50);
}

export function mean(values: number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` value), as a float. */
export function msSince(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

export function ms(value: number, digits = 2): string {
	return `${value.toFixed(digits)} ms`;
}

export function mb(bytes: number, digits = 0): string {
	return `${(bytes / 1024 / 1024).toFixed(digits)} MB`;
}
