/**
 * Login tokens and personal access tokens, stored hashed in `services.resume.loginTokens`
 * (apps/meteor/imports/personal-access-tokens/server/api/methods/generateToken.ts).
 */
import { hashLoginToken, randomSecret } from '../crypto';
import { MeteorError } from '../meteorError';
import { hasPermission, now, type ServerState } from '../state';
import type { LoginToken, StoredUser } from '../types';
import { loginTokensOf } from '../users';

/** A resume token as a successful login creates it; returns the plain token (only its hash is stored). */
export function addLoginToken(state: ServerState, user: StoredUser): string {
	const token = randomSecret();
	loginTokensOf(user).push({ hashedToken: hashLoginToken(token), when: now(state) });
	return token;
}

const isPersonalAccessToken = (token: LoginToken): boolean => token.type === 'personalAccessToken';

function findPersonalAccessToken(user: StoredUser, tokenName: string): LoginToken | undefined {
	return user.services.resume?.loginTokens.find(
		(token) => isPersonalAccessToken(token) && token.name === tokenName,
	);
}

function assertCanUsePersonalAccessTokens(
	state: ServerState,
	user: StoredUser,
	method: string,
): void {
	if (!hasPermission(state, user, 'create-personal-access-tokens')) {
		throw new MeteorError('not-authorized', 'Not Authorized', { method });
	}
}

/** Stores the token without checks; used by the test API and by the route after its checks. */
export function addPersonalAccessToken(
	state: ServerState,
	user: StoredUser,
	tokenName: string,
	bypassTwoFactor: unknown,
): string {
	const token = randomSecret();
	loginTokensOf(user).push({
		hashedToken: hashLoginToken(token),
		type: 'personalAccessToken',
		createdAt: now(state),
		lastTokenPart: token.slice(-6),
		name: tokenName,
		bypassTwoFactor,
	});
	return token;
}

/** `generatePersonalAccessTokenOfUser`: V7 stores `bypassTwoFactor` unvalidated. */
export function generatePersonalAccessToken(
	state: ServerState,
	user: StoredUser,
	tokenName: string,
	bypassTwoFactor: unknown = false,
): string {
	assertCanUsePersonalAccessTokens(state, user, 'personalAccessTokens:generateToken');
	if (findPersonalAccessToken(user, tokenName)) {
		throw new MeteorError('error-token-already-exists', 'A token with this name already exists', {
			method: 'personalAccessTokens:generateToken',
		});
	}
	return addPersonalAccessToken(state, user, tokenName, bypassTwoFactor);
}

export function removePersonalAccessToken(
	state: ServerState,
	user: StoredUser,
	tokenName: string,
): void {
	assertCanUsePersonalAccessTokens(state, user, 'personalAccessTokens:removeToken');
	if (!findPersonalAccessToken(user, tokenName)) {
		throw new MeteorError('error-token-does-not-exists', 'Token does not exist', {
			method: 'personalAccessTokens:removeToken',
		});
	}
	const tokens = loginTokensOf(user);
	tokens.splice(
		0,
		tokens.length,
		...tokens.filter((token) => !(isPersonalAccessToken(token) && token.name === tokenName)),
	);
}

/** Keeps the old `bypassTwoFactor` flag. */
export function regeneratePersonalAccessToken(
	state: ServerState,
	user: StoredUser,
	tokenName: string,
): string {
	assertCanUsePersonalAccessTokens(state, user, 'personalAccessTokens:regenerateToken');
	const existing = findPersonalAccessToken(user, tokenName);
	if (!existing) {
		throw new MeteorError('error-token-does-not-exists', 'Token does not exist', {
			method: 'personalAccessTokens:regenerateToken',
		});
	}
	removePersonalAccessToken(state, user, tokenName);
	return generatePersonalAccessToken(state, user, tokenName, existing.bypassTwoFactor || false);
}

export function listPersonalAccessTokens(user: StoredUser): Record<string, unknown>[] {
	return (user.services.resume?.loginTokens ?? []).filter(isPersonalAccessToken).map((token) => ({
		name: token.name,
		createdAt: token.createdAt?.toISOString(),
		lastTokenPart: token.lastTokenPart,
		bypassTwoFactor: Boolean(token.bypassTwoFactor),
	}));
}

/** `Users.removeNonPATLoginTokensExcept`: logs out other sessions but keeps personal access tokens. */
export function removeOtherLoginTokens(
	user: StoredUser,
	keepHashedToken: string | undefined,
): void {
	const tokens = loginTokensOf(user);
	tokens.splice(
		0,
		tokens.length,
		...tokens.filter(
			(token) => isPersonalAccessToken(token) || token.hashedToken === keepHashedToken,
		),
	);
}
