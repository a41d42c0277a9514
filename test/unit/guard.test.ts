import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

import { guard } from '../../handlers/kernel/guard';

function fakeLogger() {
	const errors: unknown[][] = [];
	return {
		logger: { error: (...items: unknown[]) => errors.push(items) } as unknown as ILogger,
		errors,
	};
}

describe('guard (every entry point)', () => {
	it('returns what the work returns and logs nothing', async () => {
		const { logger, errors } = fakeLogger();
		await expect(
			guard(
				logger,
				'view submit',
				async () => 'done',
				() => 'answer',
			),
		).resolves.toBe('done');
		expect(errors).toEqual([]);
	});

	it('answers a bug and logs the entry point and the message only', async () => {
		const { logger, errors } = fakeLogger();
		const bug = Object.assign(new Error('boom'), { request: { password: 'Hunter2' } });
		const answer = await guard(
			logger,
			'queued job',
			async () => {
				throw bug;
			},
			() => 'answered',
		);
		expect(answer).toBe('answered');
		expect(errors).toEqual([['unexpected failure in a queued job', 'Error: boom']]);
		expect(JSON.stringify(errors)).not.toContain('Hunter2');
	});

	it('masks what an error message quotes (V8 quotes the input of JSON.parse)', async () => {
		const { logger, errors } = fakeLogger();
		await guard(
			logger,
			'queued job',
			async () => JSON.parse('Hunter2'),
			() => undefined,
		);
		expect(errors[0][1]).toMatch(/^SyntaxError: /);
		expect(JSON.stringify(errors)).not.toContain('Hunter2');
	});

	it('answers something thrown that is not an Error, without printing it (it could be a secret)', async () => {
		const { logger, errors } = fakeLogger();
		await guard(
			logger,
			'slash command',
			() => Promise.reject('odd'),
			async () => undefined,
		);
		expect(errors).toEqual([['unexpected failure in a slash command', 'a thrown string']]);
	});
});
