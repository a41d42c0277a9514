/** Hashing and random helpers with the exact encodings Rocket.Chat/Meteor use. */
import { createHash, randomBytes } from 'crypto';

import * as bcrypt from 'bcryptjs';

/** Lower-case hex SHA-256, what Meteor's client sends as `{digest, algorithm: 'sha-256'}`. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** `Accounts._hashLoginToken`: base64 SHA-256 of the plain token. */
export function hashLoginToken(token: string): string {
	return createHash('sha256').update(token).digest('base64');
}

export function md5Hex(text: string): string {
	return createHash('md5').update(text).digest('hex');
}

const UNMISTAKABLE_CHARS = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
const BASE64_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';

export function randomString(length: number, alphabet: string): string {
	const bytes = randomBytes(length);
	let out = '';
	for (let i = 0; i < length; i++) {
		out += alphabet[bytes[i] % alphabet.length];
	}
	return out;
}

/** Meteor `Random.id()`: 17 chars by default, used for `_id`s and backup codes (8 chars). */
export function randomId(length = 17): string {
	return randomString(length, UNMISTAKABLE_CHARS);
}

/** Meteor `Random.secret()`: 43 URL-safe chars, used for login tokens and personal access tokens. */
export function randomSecret(): string {
	return randomString(43, BASE64_CHARS);
}

/** Passwords are stored as bcrypt over the SHA-256 hex digest of the plaintext (Meteor accounts-password). */
export function hashPasswordDigest(digest: string, rounds: number): Promise<string> {
	return bcrypt.hash(digest, rounds);
}

export function hashPlainPassword(plain: string, rounds: number): Promise<string> {
	return hashPasswordDigest(sha256Hex(plain), rounds);
}

/** Whether a plaintext password signs in against a stored hash (the login check, for tools that show passwords). */
export function plainPasswordMatches(plain: string, hash: string): Promise<boolean> {
	return bcrypt.compare(sha256Hex(plain), hash);
}

export function bcryptCompare(data: string, hash: string): Promise<boolean> {
	return bcrypt.compare(data, hash);
}

export function bcryptHash(data: string, rounds: number): Promise<string> {
	return bcrypt.hash(data, rounds);
}
