/** Minimal Mongo-like field projections (top-level fields plus `customFields.<name>`). */
type Doc = Record<string, unknown>;

export function pickFields(doc: Doc, fields: readonly string[]): Doc {
	const out: Doc = {};
	for (const field of fields) {
		if (doc[field] !== undefined) {
			out[field] = doc[field];
		}
	}
	return out;
}

export function omitFields(doc: Doc, fields: readonly string[]): Doc {
	const out: Doc = { ...doc };
	for (const field of fields) {
		const [top, sub] = field.split('.', 2);
		if (sub === undefined) {
			delete out[top];
		} else if (out[top] && typeof out[top] === 'object') {
			const nested = { ...(out[top] as Doc) };
			delete nested[sub];
			out[top] = nested;
		}
	}
	return out;
}
