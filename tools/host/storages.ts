import type { AppStatus } from '@rocket.chat/apps-engine/definition/AppStatus';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ILoggerStorageEntry } from '@rocket.chat/apps-engine/server/logging';
import { AppConsole } from '@rocket.chat/apps-engine/server/logging';
import type { IAppStorageItem } from '@rocket.chat/apps-engine/server/storage';
import {
	AppLogStorage,
	AppMetadataStorage,
	AppSourceStorage,
} from '@rocket.chat/apps-engine/server/storage';

/** Installed apps' descriptors. The engine mutates the items it gets back, as it does with Rocket.Chat's. */
export class MemoryMetadataStorage extends AppMetadataStorage {
	private readonly items = new Map<string, IAppStorageItem>();

	constructor() {
		super('memory');
	}

	async create(item: IAppStorageItem): Promise<IAppStorageItem> {
		if (this.items.has(item.id)) {
			throw new Error(`App already exists: ${item.id}`);
		}
		const created = { ...item, _id: item.id, createdAt: new Date(), updatedAt: new Date() };
		this.items.set(item.id, created);
		return created;
	}

	async retrieveOne(id: string): Promise<IAppStorageItem | null> {
		return this.items.get(id) ?? null;
	}

	async retrieveAll(): Promise<Map<string, IAppStorageItem>> {
		return new Map(this.items);
	}

	async update(item: IAppStorageItem): Promise<IAppStorageItem> {
		const updated = { ...item, updatedAt: new Date() };
		this.items.set(item.id, updated);
		return updated;
	}

	async remove(id: string): Promise<{ success: boolean }> {
		return { success: this.items.delete(id) };
	}

	// 1.62 writes through these finer-grained updates instead of update().

	async retrieveAllPrivate(): Promise<Map<string, IAppStorageItem>> {
		return this.retrieveAll();
	}

	async updatePartialAndReturnDocument(
		item: Partial<IAppStorageItem>,
		options: { unsetPermissionsGranted?: boolean } = {},
	): Promise<IAppStorageItem> {
		const id = item._id ?? item.id;
		const current = id === undefined ? undefined : this.items.get(id);
		if (!current) {
			throw new Error(`No app stored with id ${id}`);
		}
		const updated = { ...current, ...item, updatedAt: new Date() };
		if (options.unsetPermissionsGranted) {
			delete updated.permissionsGranted;
		}
		this.items.set(current.id, updated);
		return updated;
	}

	async updateStatus(id: string, status: AppStatus): Promise<boolean> {
		return this.patch(id, { status });
	}

	async updateSetting(id: string, setting: ISetting): Promise<boolean> {
		const current = this.items.get(id);
		return this.patch(id, { settings: { ...current?.settings, [setting.id]: setting } });
	}

	async updateAppInfo(id: string, info: IAppInfo): Promise<boolean> {
		return this.patch(id, { info });
	}

	async updateMarketplaceInfo(id: string, marketplaceInfo: unknown): Promise<boolean> {
		return this.patch(id, { marketplaceInfo } as Partial<IAppStorageItem>);
	}

	private patch(id: string, fields: Partial<IAppStorageItem>): boolean {
		const current = this.items.get(id);
		if (current) {
			this.items.set(id, { ...current, ...fields, updatedAt: new Date() });
		}
		return Boolean(current);
	}
}

/** App packages (zip files). */
export class MemorySourceStorage extends AppSourceStorage {
	private readonly packages = new Map<string, Buffer>();

	async store(item: IAppStorageItem, zip: Buffer): Promise<string> {
		this.packages.set(item.id, zip);
		return `memory:${item.id}`;
	}

	async fetch(item: IAppStorageItem): Promise<Buffer> {
		const zip = this.packages.get(item.id);
		if (!zip) {
			throw new Error(`No package stored for app ${item.id}`);
		}
		return zip;
	}

	async update(item: IAppStorageItem, zip: Buffer): Promise<string> {
		return this.store(item, zip);
	}

	async remove(item: IAppStorageItem): Promise<void> {
		this.packages.delete(item.id);
	}
}

/** The app's log (what Rocket.Chat shows in the app's Logs tab); the engine writes one entry per app method call. */
export class MemoryLogStorage extends AppLogStorage {
	private entries: ILoggerStorageEntry[] = [];

	constructor() {
		super('memory');
	}

	async find(query: { [field: string]: unknown }): Promise<ILoggerStorageEntry[]> {
		return this.entries.filter((entry) =>
			Object.entries(query).every(
				([field, value]) => (entry as unknown as Record<string, unknown>)[field] === value,
			),
		);
	}

	/** 1.42.1 passes (appId, logger); 1.62 passes the finished entry. */
	async storeEntries(
		appIdOrEntry: string | ILoggerStorageEntry,
		logger?: AppConsole,
	): Promise<ILoggerStorageEntry> {
		const entry =
			typeof appIdOrEntry === 'string'
				? AppConsole.toStorageEntry(appIdOrEntry, logger as AppConsole)
				: appIdOrEntry;
		this.entries.push(entry);
		return entry;
	}

	async getEntriesFor(appId: string): Promise<ILoggerStorageEntry[]> {
		return this.entries.filter((entry) => entry.appId === appId);
	}

	async removeEntriesFor(appId: string): Promise<void> {
		this.entries = this.entries.filter((entry) => entry.appId !== appId);
	}

	all(): ILoggerStorageEntry[] {
		return [...this.entries];
	}

	clear(): void {
		this.entries = [];
	}
}
