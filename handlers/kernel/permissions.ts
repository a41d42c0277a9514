/**
 * The server's permissions as role lists, read with `GET /api/v1/permissions.listAll` (any signed-in user may
 * call it: apps/meteor/app/api/server/v1/permissions.ts) and kept in persistence for a minute, so that a series of
 * commands costs one read, on every server instance. The one path for every permission the app decides on: the
 * admin's `edit-other-user-password` (handlers/admin/adminPermissions.ts) and `api-bypass-rate-limit`, which
 * decides whether a user's requests meet the REST rate limiter (below).
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';

import { bypassesRateLimit } from '../../lib/budget';
import { permissionsFact } from '../../lib/doctor';
import { originOf } from '../../lib/origin';
import { isFreshFor } from '../../lib/permissions';
import type { RestFailure } from '../../lib/restOutcome';
import type { Invocation } from './Invocation';
import type { Credential } from './restClient';
import { RecordStore } from './storage';

interface CachedPermissions {
	origin: string;
	fetchedAt: number;
	roles: Record<string, string[]>;
}

const CACHE_KEY = 'server';

function cache(reader: IPersistenceRead, persis?: IPersistence): RecordStore<CachedPermissions> {
	return new RecordStore<CachedPermissions>('permissions', reader, persis);
}

export type PermissionRoles =
	| { ok: true; roles: Record<string, string[]> }
	| { ok: false; failure: RestFailure }
	/** The server answered something that is not a permission list. */
	| { ok: false; unknown: true };

/**
 * The server's permission lists: from the cache while fresh, else one request with `credential`. `fresh` (right
 * before a write that depends on a permission) skips the cache, so a permission revoked a moment ago is seen.
 */
export async function permissionRoles(
	inv: Invocation,
	credential: Credential,
	fresh: boolean,
): Promise<PermissionRoles> {
	const origin = originOf(await inv.baseUrl());
	const now = Date.now();
	const store = cache(inv.read.getPersistenceReader(), inv.persis);
	const cached = fresh ? undefined : await store.get(CACHE_KEY);
	if (cached && isFreshFor(cached, origin, now)) {
		return { ok: true, roles: cached.roles };
	}
	const outcome = await inv.rest().call('get', 'permissions.listAll', { credential });
	if (!outcome.ok) {
		return { ok: false, failure: outcome.failure };
	}
	const fact = permissionsFact(outcome);
	if (fact.kind !== 'listed') {
		return { ok: false, unknown: true };
	}
	await store.put(CACHE_KEY, { origin, fetchedAt: now, roles: fact.roles });
	return { ok: true, roles: fact.roles };
}

/** The last permission lists read from the server at `origin` (any origin when undefined), however old. */
export async function lastPermissionRoles(
	reader: IPersistenceRead,
	origin?: string,
): Promise<Record<string, string[]> | undefined> {
	const cached = await cache(reader).get(CACHE_KEY);
	return cached && (origin === undefined || cached.origin === origin) ? cached.roles : undefined;
}

/** Invocations asking the server for the permission lists just now: their own request decides as before. */
const refreshing = new WeakSet<Invocation>();
/** The decision from the lists already read, once per invocation (each request asks it again). */
const decided = new WeakMap<Invocation, Promise<boolean>>();

/**
 * Whether the server lets this user skip the REST rate limiter: Rocket.Chat checks the permission
 * `api-bypass-rate-limit` (apps/meteor/app/api/server/api.ts `shouldVerifyRateLimit`, ApiClass.ts on later
 * versions), so the user's roles as the server holds them now are checked against the last permission lists the
 * app read (the server's default grant until it has read any). `refresh`: the budget is about to keep a request
 * back, so a stale list (over a minute old) is read again first, one request, with the user's own credential:
 * a grant made since then lets the request go.
 */
export async function skipsRateLimit(inv: Invocation, refresh: boolean): Promise<boolean> {
	if (!refresh || refreshing.has(inv)) {
		const known = decided.get(inv) ?? decideFromLastRead(inv);
		decided.set(inv, known);
		return known;
	}
	const roles = await rolesNow(inv);
	const credential = await inv.credentials().get(inv.user.id);
	if (credential) {
		refreshing.add(inv);
		try {
			const read = await permissionRoles(inv, credential, false);
			if (read.ok) {
				const skips = bypassesRateLimit(roles, read.roles);
				decided.set(inv, Promise.resolve(skips));
				return skips;
			}
		} finally {
			refreshing.delete(inv);
		}
	}
	return skipsRateLimit(inv, false);
}

/** The user's roles as the server holds them now, never the copy a payload carried. */
async function rolesNow(inv: Invocation): Promise<string[]> {
	return (await inv.currentUser())?.roles ?? inv.user.roles ?? [];
}

async function decideFromLastRead(inv: Invocation): Promise<boolean> {
	const [roles, lists] = await Promise.all([
		rolesNow(inv),
		lastPermissionRoles(inv.read.getPersistenceReader(), originOf(await inv.baseUrl())),
	]);
	return bypassesRateLimit(roles, lists);
}
