/**
 * `/admin-user list [search…] [role:<role>] [active|inactive]`: the words, the request to `users.listByStatus`
 * (Administration → Users' own list, apps/meteor/app/api/server/lib/users.ts `findPaginatedUsersByStatus`) and the
 * state a "Previous"/"Next" button carries. Plain functions.
 */
import type { ParseResult } from './args';
import type { Translatable } from './i18n';

/** What the admin typed: the search term (username, name, and e-mail where the server lets them), a role, a state. */
export interface UserListQuery {
	search: string;
	role?: string;
	status?: 'active' | 'inactive';
}

/** Users on one page of the listing (one message: a section and a row of buttons each). */
export const LIST_PAGE_SIZE = 10;
/** A search term longer than this is refused before any request (no username, name or address needs more). */
export const MAX_LIST_SEARCH_LENGTH = 100;
/** Pages beyond this are refused: a button value asking for more was not made by the app. */
export const MAX_LIST_PAGE = 10_000;

/** Role ids are words (`admin`, `livechat-agent`, custom roles); anything else cannot match one. */
const ROLE_PATTERN = /^[\p{L}\p{N}_.-]{1,64}$/u;

const ACTIVE_WORDS = ['active'];
const INACTIVE_WORDS = ['inactive', 'deactivated'];

function fail(
	key: Translatable['key'],
	params?: Translatable['params'],
): ParseResult<UserListQuery> {
	return { ok: false, error: { key, params } };
}

/** The query as the list shows and re-checks it: the same limits for typed words and for a button's state. */
export function checkListQuery(query: UserListQuery): ParseResult<UserListQuery> {
	if (query.search.length > MAX_LIST_SEARCH_LENGTH) {
		return fail('admin_list_search_too_long', { max: MAX_LIST_SEARCH_LENGTH });
	}
	if (query.role !== undefined && !ROLE_PATTERN.test(query.role)) {
		return fail('admin_list_usage');
	}
	return { ok: true, value: query };
}

/** The words after `list`: `role:x` (or `role=x`), `active`/`inactive`; every other word is the search. */
export function parseListWords(words: string[]): ParseResult<UserListQuery> {
	const search: string[] = [];
	const query: UserListQuery = { search: '' };
	for (const word of words) {
		const lower = word.toLowerCase();
		const role = /^roles?[:=](.*)$/i.exec(word);
		if (role) {
			if (!role[1] || query.role !== undefined) {
				return fail('admin_list_usage');
			}
			query.role = role[1];
		} else if (ACTIVE_WORDS.includes(lower) || INACTIVE_WORDS.includes(lower)) {
			const status = ACTIVE_WORDS.includes(lower) ? 'active' : 'inactive';
			if (query.status !== undefined && query.status !== status) {
				return fail('admin_list_usage');
			}
			query.status = status;
		} else {
			search.push(word);
		}
	}
	query.search = search.join(' ').trim();
	return checkListQuery(query);
}

/** The query parameters of one page (the server escapes the search term; the app sends it as typed). */
export function listRequestParams(query: UserListQuery, page: number): Record<string, string> {
	const params: Record<string, string> = {
		count: String(LIST_PAGE_SIZE),
		offset: String(page * LIST_PAGE_SIZE),
	};
	if (query.search) {
		params.searchTerm = query.search;
	}
	if (query.role) {
		// A query parameter: ajvQuery (coerceTypes: 'array') reads one value as a list of one.
		params.roles = query.role;
	}
	if (query.status) {
		params.status = query.status === 'active' ? 'active' : 'deactivated';
	}
	return params;
}

/**
 * The value of a "Previous"/"Next" button: only the query the admin typed and a page number. A click is re-checked
 * as typed words are (and the role gate read again), so a forged value can ask for nothing the admin could not type.
 */
export function encodeListPage(query: UserListQuery, page: number): string {
	return JSON.stringify({
		s: query.search,
		r: query.role ?? null,
		a: query.status ?? null,
		p: page,
	});
}

export function decodeListPage(value: unknown): { query: UserListQuery; page: number } | undefined {
	if (typeof value !== 'string' || value.length > 1000) {
		return undefined;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(value);
	} catch {
		return undefined;
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		return undefined;
	}
	const { s, r, a, p } = raw as Record<string, unknown>;
	if (
		typeof s !== 'string' ||
		(r !== null && typeof r !== 'string') ||
		(a !== null && a !== 'active' && a !== 'inactive') ||
		typeof p !== 'number' ||
		!Number.isInteger(p) ||
		p < 0 ||
		p > MAX_LIST_PAGE
	) {
		return undefined;
	}
	const checked = checkListQuery({
		search: s.trim(),
		...(r !== null ? { role: r } : {}),
		...(a !== null ? { status: a } : {}),
	});
	return checked.ok ? { query: checked.value, page: p } : undefined;
}

/** One user of a page, as `users.listByStatus` answers it. */
export interface ListedUser {
	id: string;
	name: string;
	username: string;
	email: string;
	roles: string[];
	active: boolean;
}

export function listedUserOf(user: Record<string, unknown>): ListedUser {
	const emails = Array.isArray(user.emails) ? (user.emails as Array<{ address?: unknown }>) : [];
	const address = emails[0]?.address;
	return {
		id: typeof user._id === 'string' ? user._id : '',
		name: typeof user.name === 'string' ? user.name : '',
		username: typeof user.username === 'string' ? user.username : '',
		email: typeof address === 'string' ? address : '',
		roles: Array.isArray(user.roles) ? user.roles.map(String) : [],
		active: user.active !== false,
	};
}

/** The page's place in the whole: `from`–`to` of `total` (1-based), and whether there are pages around it. */
export function pageWindow(
	page: number,
	shown: number,
	total: number,
): { from: number; to: number; hasPrevious: boolean; hasNext: boolean } {
	const from = page * LIST_PAGE_SIZE + 1;
	return {
		from,
		to: from + shown - 1,
		hasPrevious: page > 0,
		hasNext: (page + 1) * LIST_PAGE_SIZE < total,
	};
}
