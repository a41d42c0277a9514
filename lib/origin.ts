/** The origin (scheme, host, port) a URL points at: what a credential is bound to. Plain function, unit-tested. */

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/**
 * `HTTPS://Chat.Example.com:443/api` → `https://chat.example.com`. Anything that is not an http(s) URL gives ''
 * (no origin: nothing can be bound to it). Written without `URL`, which the engine's sandbox may lack.
 */
export function originOf(url: string): string {
	const match = /^(https?):\/\/([^/?#@\s]+)(?=[/?#]|$)/i.exec(url.trim());
	if (!match) {
		return '';
	}
	const scheme = match[1].toLowerCase();
	const [, host, port] = /^(.*?)(?::(\d+))?$/.exec(match[2].toLowerCase()) ?? [];
	return port && port !== DEFAULT_PORTS[scheme]
		? `${scheme}://${host}:${port}`
		: `${scheme}://${host}`;
}

/** The host a user's password goes to, as shown in the link modal (`chat.example.com:3000`). */
export function hostOf(url: string): string {
	return originOf(url).replace(/^https?:\/\//, '');
}
