import { randomBytes } from 'node:crypto';

const ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';

/** A Meteor-style random id (17 characters), what Rocket.Chat uses for users, rooms, messages and trigger ids. */
export function randomId(length = 17): string {
	const bytes = randomBytes(length);
	let id = '';
	for (const byte of bytes) {
		id += ID_ALPHABET[byte % ID_ALPHABET.length];
	}
	return id;
}

/** A 24-hex-digit id like a MongoDB ObjectId, what the persistence and scheduler collections use. */
export function objectId(): string {
	return randomBytes(12).toString('hex');
}
