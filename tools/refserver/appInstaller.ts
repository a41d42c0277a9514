/**
 * The seam between the reference server's app routes (routes/apps.ts) and an Apps-Engine: Rocket.Chat hands an
 * uploaded zip to its AppManager; here the engine host (tools/host, `host.uploads`) plays that part.
 */
import type { StoredUser } from './types';

export interface AppInstallRequest {
	zip: Buffer;
	user: StoredUser;
	/** The `permissions` form field, parsed; undefined when missing, invalid or empty (rest.ts). */
	permissionsGranted?: Array<{ name: string; required?: boolean }>;
	/** Install only: enable after installing (Rocket.Chat's canEnableApp passed). */
	enable?: boolean;
}

/** What the AppManager's fulfillment gives the route: the answer's fields, or its failure fields. */
export type AppInstallOutcome =
	| { app: Record<string, unknown>; implemented: unknown; licenseValidation: unknown }
	| { failure: Record<string, unknown> };

export interface AppInstaller {
	install(request: AppInstallRequest): Promise<AppInstallOutcome>;
	update(request: AppInstallRequest): Promise<AppInstallOutcome>;
	/** The installed app's info and status, or undefined. */
	find(id: string): Promise<Record<string, unknown> | undefined>;
}

/** One upload the server received (for tests: who sent which bytes where, and what it answered). */
export interface AppUpload {
	route: 'install' | 'update';
	userId: string;
	username?: string;
	sha256: string;
	bytes: number;
	statusCode: number;
}
