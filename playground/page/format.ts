/** 14:03:27, in the browser's time zone. */
export function clockTime(at: number): string {
	return new Date(at).toLocaleTimeString([], {
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hour12: false,
	});
}

/** 123456 → "123 456", the way authenticator apps show codes. */
export function groupedCode(code: string): string {
	return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
