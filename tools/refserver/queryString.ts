/**
 * Query parsing with the `qs` semantics Rocket.Chat uses, limited to what REST clients send: repeated keys become
 * arrays, `a[]=x` appends, `a[b]=c` nests one level.
 */
export type QueryValue = string | string[] | Record<string, string>;

export function parseQuery(search: string): Record<string, QueryValue> {
	const result: Record<string, QueryValue> = {};
	const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	for (const [rawKey, value] of params) {
		const nested = /^([^[\]]+)\[([^[\]]*)\]$/.exec(rawKey);
		if (!nested) {
			const existing = result[rawKey];
			result[rawKey] =
				existing === undefined
					? value
					: ([] as string[]).concat(existing as string | string[], value);
			continue;
		}
		const [, key, subKey] = nested;
		if (subKey === '') {
			const existing = result[key];
			result[key] = Array.isArray(existing)
				? [...existing, value]
				: existing === undefined
				? [value]
				: [String(existing), value];
		} else {
			const existing = result[key];
			const object =
				existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {};
			result[key] = { ...object, [subKey]: value };
		}
	}
	return result;
}
