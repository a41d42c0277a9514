/**
 * Deep copies a value that came out of the app's sandbox into plain host objects, the way a trip
 * through MongoDB would: Dates stay Dates (checked by tag, so Dates from the sandbox's realm count too),
 * functions and `undefined` properties disappear, class instances become plain objects.
 */
export function toPlain<T>(value: T, maxNodes = Infinity): T {
	return copy(value, new WeakSet(), { left: maxNodes }) as T;
}

function copy(value: unknown, seen: WeakSet<object>, budget: { left: number }): unknown {
	if (value === null || typeof value !== 'object') {
		return typeof value === 'function' ? undefined : value;
	}
	const tag = Object.prototype.toString.call(value);
	if (tag === '[object Date]') {
		return new Date((value as Date).getTime());
	}
	if (Buffer.isBuffer(value)) {
		return Buffer.from(value);
	}
	if (seen.has(value)) {
		throw new TypeError('Cannot copy a circular structure');
	}
	if (--budget.left < 0) {
		throw new RangeError('Object graph too large to copy');
	}
	seen.add(value);
	try {
		if (Array.isArray(value)) {
			return value.map((item) => {
				const copied = copy(item, seen, budget);
				return copied === undefined ? null : copied;
			});
		}
		const result: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			const copied = copy(item, seen, budget);
			if (copied !== undefined) {
				result[key] = copied;
			}
		}
		return result;
	} finally {
		seen.delete(value);
	}
}
