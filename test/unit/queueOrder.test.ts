import type { FieldChange } from '../../lib/args';
import {
	inArrivalOrder,
	placeOf,
	planOwnChange,
	QueueEntry,
	waitingFor,
} from '../../lib/queueOrder';

const ROUTE = 'users.updateOwnBasicInfo';
const nickname = (value: string): FieldChange => ({
	ref: { kind: 'standard', field: 'nickname' },
	value,
});
const name = (value: string): FieldChange => ({ ref: { kind: 'standard', field: 'name' }, value });
const team = (value: string): FieldChange => ({ ref: { kind: 'custom', field: 'team' }, value });

function entry(id: string, userId: string, second: number, changes: FieldChange[]): QueueEntry {
	return {
		id,
		userId,
		route: ROUTE,
		createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(),
		operation: { type: 'own', changes },
	};
}

test('first in, first out across users', () => {
	const queue = [entry('c', 'carol', 3, []), entry('a', 'alice', 1, []), entry('b', 'bob', 2, [])];
	expect(inArrivalOrder(queue).map((e) => e.id)).toEqual(['a', 'b', 'c']);
	expect(placeOf(queue, 'c')).toBe(3);
	expect(placeOf(queue, 'x')).toBe(0);
});

test('each endpoint has its own line', () => {
	const admin: QueueEntry = {
		...entry('z', 'admin', 0, []),
		route: 'users.update',
		operation: { type: 'admin', words: ['verify', 'bob'] },
	};
	const queue = [admin, entry('a', 'alice', 1, []), entry('b', 'bob', 2, [])];
	expect(placeOf(queue, 'a')).toBe(1);
	expect(placeOf(queue, 'z')).toBe(1);
	expect(waitingFor(queue, ROUTE)).toBe(2);
	expect(waitingFor(queue, 'me')).toBe(0);
});

describe('planOwnChange', () => {
	test('a user with nothing queued gets a new entry at the end of the line', () => {
		const queue = [entry('a', 'alice', 1, [nickname('x')]), entry('b', 'bob', 2, [name('B')])];
		// Another user's queued change of the same field is theirs.
		expect(planOwnChange(queue, 'carol', [nickname('c')])).toEqual({
			replacedField: false,
			removed: [],
		});
	});

	test('a change of another field joins the queued one, which keeps its place', () => {
		const queue = [entry('a', 'alice', 1, [nickname('x')]), entry('b', 'bob', 2, [name('B')])];
		const plan = planOwnChange(queue, 'alice', [name('Alice')]);
		expect(plan).toEqual({
			joined: entry('a', 'alice', 1, [nickname('x'), name('Alice')]),
			replacedField: false,
			removed: [],
		});
	});

	test('a newer value of the same field replaces the queued one, which keeps its place', () => {
		const queue = [entry('a', 'alice', 1, [nickname('x'), team('t')]), entry('b', 'bob', 2, [])];
		const plan = planOwnChange(queue, 'alice', [nickname('y')]);
		expect(plan.joined).toEqual(entry('a', 'alice', 1, [team('t'), nickname('y')]));
		expect(plan.replacedField).toBe(true);
		expect(plan.removed).toEqual([]);
	});

	test('several entries of one user (queued before the rule) are joined into the earliest', () => {
		const queue = [
			entry('a', 'alice', 1, [nickname('x')]),
			entry('b', 'alice', 2, [nickname('y'), team('t')]),
			entry('c', 'alice', 3, [name('N'), nickname('z')]),
			entry('d', 'alice', 4, [nickname('w')]),
		];
		const plan = planOwnChange(queue, 'alice', [nickname('new'), name('M')]);
		expect(plan.joined).toEqual(entry('a', 'alice', 1, [team('t'), nickname('new'), name('M')]));
		expect(plan.replacedField).toBe(true);
		expect(plan.removed.map((e) => e.id)).toEqual(['b', 'c', 'd']);
	});

	test('admin commands are never joined', () => {
		const admin: QueueEntry = {
			...entry('z', 'alice', 0, []),
			operation: { type: 'admin', words: ['set', 'bob', 'nickname', 'x'] },
		};
		expect(planOwnChange([admin], 'alice', [nickname('y')])).toEqual({
			replacedField: false,
			removed: [],
		});
	});
});
