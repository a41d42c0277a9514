/** What the request log keeps: secrets masked, so logs can be printed or asserted on safely. */
const MASKED_BODY_KEYS = new Set([
	'password',
	'newPassword',
	'currentPassword',
	'code',
	'digest',
	'resume',
]);
const MASKED_HEADERS = new Set(['x-auth-token', 'x-2fa-code']);
export const MASK = '***';

export function maskBody(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(maskBody);
	}
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [
				key,
				MASKED_BODY_KEYS.has(key) ? MASK : maskBody(inner),
			]),
		);
	}
	return value;
}

export function maskHeaders(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers).map(([name, value]) => [name, MASKED_HEADERS.has(name) ? MASK : value]),
	);
}
