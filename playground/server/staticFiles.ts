import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
};

/** Serves a file of the built page; false when there is no such file (the caller answers 404). */
export function serveStatic(root: string, urlPath: string, response: ServerResponse): boolean {
	const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
	const file = normalize(join(root, relative));
	if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
		return false;
	}
	response.writeHead(200, {
		'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
		// The page is rebuilt by every `npm start`: never let the browser keep an old bundle.
		'Cache-Control': 'no-store',
	});
	response.end(readFileSync(file));
	return true;
}
