import { createHash } from 'crypto';

/** Lower-case hex SHA-256 of a UTF-8 string: how Rocket.Chat clients send passwords. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
