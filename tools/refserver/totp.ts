/**
 * RFC 6238 TOTP with the speakeasy defaults Rocket.Chat uses: base32 secret, HMAC-SHA1, 6 digits, 30 s steps.
 * Exported so tests and the playground can compute the same codes the server accepts.
 */
import { createHmac, randomBytes } from 'crypto';

import { randomId, sha256Hex } from './crypto';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;

export function base32Encode(bytes: Uint8Array): string {
	let bits = 0;
	let value = 0;
	let out = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) {
		out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
	}
	return out;
}

export function base32Decode(text: string): Buffer {
	const clean = text.toUpperCase().replace(/[\s=]/g, '');
	const bytes: number[] = [];
	let bits = 0;
	let value = 0;
	for (const char of clean) {
		const index = BASE32_ALPHABET.indexOf(char);
		if (index < 0) {
			throw new Error(`Invalid base32 character '${char}'`);
		}
		value = (value << 5) | index;
		bits += 5;
		if (bits >= 8) {
			bytes.push((value >>> (bits - 8)) & 255);
			bits -= 8;
		}
	}
	return Buffer.from(bytes);
}

export function generateTotpSecret(): string {
	return base32Encode(randomBytes(20));
}

export function hotp(secretBase32: string, counter: number): string {
	const counterBytes = Buffer.alloc(8);
	counterBytes.writeUInt32BE(Math.floor(counter / 2 ** 32), 0);
	counterBytes.writeUInt32BE(counter % 2 ** 32, 4);
	const digest = createHmac('sha1', base32Decode(secretBase32)).update(counterBytes).digest();
	const offset = digest[digest.length - 1] & 0xf;
	const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
	return String(binary).padStart(6, '0');
}

/** The code valid at `timeMs`, shifted by `stepOffset` 30-second steps. */
export function totpCode(secretBase32: string, timeMs: number, stepOffset = 0): string {
	return hotp(secretBase32, Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS) + stepOffset);
}

/**
 * speakeasy `totp.verifyDelta`: accepts a numeric token matching any step within ±window.
 * speakeasy compares with parseInt, so a token missing its leading zeros still matches.
 */
export function verifyTotp(
	secretBase32: string,
	token: string,
	timeMs: number,
	window: number,
): boolean {
	if (!/^\d+$/.test(token)) {
		return false;
	}
	const expected = parseInt(token, 10);
	const counter = Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS);
	for (let delta = -window; delta <= window; delta++) {
		if (parseInt(hotp(secretBase32, counter + delta), 10) === expected) {
			return true;
		}
	}
	return false;
}

/** Rocket.Chat `TOTP.generateCodes()`: 12 codes of 8 `Random.id` chars, stored as SHA-256 hex. */
export function generateBackupCodes(): { codes: string[]; hashedCodes: string[] } {
	const codes = Array.from({ length: 12 }, () => randomId(8));
	return { codes, hashedCodes: codes.map(sha256Hex) };
}
