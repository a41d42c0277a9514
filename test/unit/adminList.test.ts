import {
	decodeListPage,
	encodeListPage,
	LIST_PAGE_SIZE,
	listRequestParams,
	pageWindow,
	parseListWords,
} from '../../lib/adminList';
import { parseAdminCommand } from '../../lib/adminArgs';

describe('parseListWords', () => {
	test('search words, one role, one state', () => {
		expect(parseListWords(['Bea', 'Bio', 'role:admin', 'INACTIVE'])).toEqual({
			ok: true,
			value: { search: 'Bea Bio', role: 'admin', status: 'inactive' },
		});
		expect(parseListWords([])).toEqual({ ok: true, value: { search: '' } });
		expect(parseListWords(['roles=livechat-agent', 'active'])).toEqual({
			ok: true,
			value: { search: '', role: 'livechat-agent', status: 'active' },
		});
	});

	test.each([[['role:a', 'role:b']], [['role:']], [['active', 'inactive']], [['role:$where']]])(
		'%j is refused with the usage',
		(words) => {
			expect(parseListWords(words)).toEqual({ ok: false, error: { key: 'admin_list_usage' } });
		},
	);

	test('a search longer than 100 characters is refused', () => {
		expect(parseListWords(['x'.repeat(101)])).toEqual({
			ok: false,
			error: { key: 'admin_list_search_too_long', params: { max: 100 } },
		});
	});

	test('reachable from /admin-user', () => {
		expect(parseAdminCommand(['list', 'bea'], {})).toEqual({
			ok: true,
			value: { kind: 'list', query: { search: 'bea' } },
		});
	});
});

describe('listRequestParams', () => {
	test('users.listByStatus parameters of a page', () => {
		expect(listRequestParams({ search: 'a.*', role: 'admin', status: 'inactive' }, 2)).toEqual({
			count: String(LIST_PAGE_SIZE),
			offset: String(2 * LIST_PAGE_SIZE),
			searchTerm: 'a.*',
			roles: 'admin',
			status: 'deactivated',
		});
		expect(listRequestParams({ search: '' }, 0)).toEqual({ count: '10', offset: '0' });
	});
});

describe('page state', () => {
	test('round trip', () => {
		const query = { search: 'bea', role: 'user', status: 'active' as const };
		expect(decodeListPage(encodeListPage(query, 3))).toEqual({ query, page: 3 });
		expect(decodeListPage(encodeListPage({ search: '' }, 0))).toEqual({
			query: { search: '' },
			page: 0,
		});
	});

	test.each([
		undefined,
		'',
		'null',
		'[]',
		'{"s":"","r":null,"a":null,"p":-1}',
		'{"s":"","r":null,"a":null,"p":10001}',
		'{"s":"","r":null,"a":null,"p":"1"}',
		'{"s":1,"r":null,"a":null,"p":1}',
		'{"s":"","r":"a b","a":null,"p":1}',
		'{"s":"","r":null,"a":"all","p":1}',
		`{"s":"${'y'.repeat(101)}","r":null,"a":null,"p":1}`,
		'x'.repeat(1001),
	])('%j is not a state the app made', (value) => {
		expect(decodeListPage(value)).toBeUndefined();
	});
});

describe('pageWindow', () => {
	test('first, middle and last pages', () => {
		expect(pageWindow(0, 10, 25)).toEqual({ from: 1, to: 10, hasPrevious: false, hasNext: true });
		expect(pageWindow(1, 10, 25)).toEqual({ from: 11, to: 20, hasPrevious: true, hasNext: true });
		expect(pageWindow(2, 5, 25)).toEqual({ from: 21, to: 25, hasPrevious: true, hasNext: false });
	});
});
