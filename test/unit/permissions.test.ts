import { isFreshFor, PERMISSIONS_CACHE_MS, rolesHold } from '../../lib/permissions';

describe('rolesHold', () => {
	const table = { 'edit-other-user-password': ['admin', 'user-manager'] };

	it('is true when one of the roles is listed for the permission', () => {
		expect(rolesHold(table, ['user', 'user-manager'], 'edit-other-user-password')).toBe(true);
	});

	it('is false without a listed role, and for a permission the table does not name', () => {
		expect(rolesHold(table, ['user'], 'edit-other-user-password')).toBe(false);
		expect(rolesHold(table, ['admin'], 'assign-roles')).toBe(false);
	});
});

describe('isFreshFor', () => {
	const cached = { origin: 'https://chat.example.com', fetchedAt: 1_000_000 };

	it('trusts a read of the same server for a minute', () => {
		expect(isFreshFor(cached, cached.origin, cached.fetchedAt + PERMISSIONS_CACHE_MS - 1)).toBe(
			true,
		);
		expect(isFreshFor(cached, cached.origin, cached.fetchedAt + PERMISSIONS_CACHE_MS)).toBe(false);
	});

	it('never uses a read of another server, one from the future, or none', () => {
		expect(isFreshFor(cached, 'https://other.example.com', cached.fetchedAt)).toBe(false);
		expect(isFreshFor(cached, cached.origin, cached.fetchedAt - 1)).toBe(false);
		expect(isFreshFor(undefined, cached.origin, cached.fetchedAt)).toBe(false);
	});
});
