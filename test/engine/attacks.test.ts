/**
 * Attacks that once worked (issue "Security"), each kept as a scenario that must fail: nothing sent, nothing
 * changed on the server, no secret anywhere, the user told why.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { linkWithPassword, messages, ROOM, useScenario } from './support/scenario';

const s = useScenario();

const SECRET = 'Hunter2';

/** `/profile set password:Hunter2` once repeated the word in "There is no field …". */
const SECRET_WORDS = [
	`password:${SECRET}`,
	`senha＝${SECRET}`,
	`contraseña:${SECRET}`,
	`раssword=${SECRET}`, // Cyrillic р and а
	`pwd꞉${SECRET}`,
];

describe('a secret typed on the command line is never repeated', () => {
	for (const word of SECRET_WORDS) {
		test(`/profile set ${word}: refused, nothing sent, not repeated`, async () => {
			s.secrets.add(SECRET);
			await linkWithPassword(s, 'alice');
			const before = s.server.requestLog.length;
			for (const line of [`set ${word}`, `set bio hello ${word}`, word]) {
				await s.host.runCommand('alice', 'profile', line, ROOM);
			}
			assert.equal(s.server.requestLog.length, before, 'no request');
			const replies = messages(s, 'alice').slice(-3);
			assert.equal(replies.length, 3);
			for (const reply of replies) {
				assert.ok(!JSON.stringify(reply).includes(SECRET), 'the secret is not repeated');
				assert.match(reply.text ?? '', /\/profile password/);
			}
		});

		test(`/admin-user set bea ${word}: refused, nothing sent, not repeated`, async () => {
			s.secrets.add(SECRET);
			await linkWithPassword(s, 'admin');
			const before = s.server.requestLog.length;
			for (const line of [`set bea ${word}`, `roles bea add ${word}`]) {
				await s.host.runCommand('admin', 'admin-user', line, ROOM);
			}
			assert.equal(s.server.requestLog.length, before, 'no request');
			for (const reply of messages(s, 'admin').slice(-2)) {
				assert.ok(!JSON.stringify(reply).includes(SECRET), 'the secret is not repeated');
			}
		});
	}
});
