import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';

import { AppSettingsMemory, readAppSettings } from '../../handlers/kernel/settingsReader';

/** An IRead whose app settings are `values`; counts the engine reads and can hold them until released. */
function fakeRead(values: Record<string, unknown>) {
	const reads: string[] = [];
	let hold: Promise<void> | undefined;
	const read = {
		getEnvironmentReader: () => ({
			getSettings: () => ({
				getValueById: async (id: string) => {
					reads.push(id);
					await hold;
					return values[id];
				},
			}),
		}),
	} as unknown as IRead;
	return {
		read,
		reads,
		holdReads(): () => void {
			let release = (): void => undefined;
			hold = new Promise<void>((resolve) => {
				release = resolve;
			});
			return () => {
				hold = undefined;
				release();
			};
		},
	};
}

describe('AppSettingsMemory: app settings kept between invocations until the engine announces a change', () => {
	test('a second invocation reads nothing through the engine', async () => {
		const fake = fakeRead({ server_url: 'https://chat.example', request_timeout_ms: 8000 });
		const memory = new AppSettingsMemory();
		const first = await readAppSettings(fake.read, memory);
		const second = await readAppSettings(fake.read, memory);
		expect(second).toEqual(first);
		expect(first).toEqual({ serverUrl: 'https://chat.example', timeoutMs: 8000 });
		expect(fake.reads).toEqual(['server_url', 'request_timeout_ms']);
	});

	test('after forget() the new value is read', async () => {
		const values: Record<string, unknown> = { server_url: 'https://a.example' };
		const fake = fakeRead(values);
		const memory = new AppSettingsMemory();
		expect((await readAppSettings(fake.read, memory)).serverUrl).toBe('https://a.example');
		values.server_url = 'https://b.example';
		memory.forget();
		expect((await readAppSettings(fake.read, memory)).serverUrl).toBe('https://b.example');
	});

	test('a read that began before a change is used once and not kept', async () => {
		const values: Record<string, unknown> = { server_url: 'https://old.example' };
		const fake = fakeRead(values);
		const memory = new AppSettingsMemory();
		const release = fake.holdReads();
		const before = readAppSettings(fake.read, memory);
		// The change lands while the read is under way (the engine stores it, then tells the app).
		values.server_url = 'https://new.example';
		memory.forget();
		release();
		expect((await before).serverUrl).toBe('https://new.example');
		values.server_url = 'https://newer.example';
		// Nothing was kept from the read that raced the change: the next invocation reads again.
		expect((await readAppSettings(fake.read, memory)).serverUrl).toBe('https://newer.example');
	});

	test('without a memory every invocation reads through the engine', async () => {
		const fake = fakeRead({ server_url: '' });
		await readAppSettings(fake.read);
		await readAppSettings(fake.read);
		expect(fake.reads).toHaveLength(4);
	});
});
