/**
 * Loads the rest-typings validators bundled by scripts/build-validators.mjs (built on demand when missing) and
 * compiles the VN-only schemas that 8.8.1 does not export, with the same AJV instance (coerceTypes: true).
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

export interface AjvError {
	message?: string;
	instancePath?: string;
	keyword?: string;
	params?: Record<string, unknown>;
}

export interface Validator {
	(data: unknown): boolean;
	errors?: AjvError[] | null;
}

interface AjvInstance {
	compile(schema: object): Validator;
}

interface BundledValidators {
	manifest: Record<string, string>;
	ajv: AjvInstance;
	ajvQuery: AjvInstance;
	[exportName: string]: unknown;
}

export interface Validators {
	usersUpdateOwnBasicInfo: Validator;
	usersUpdate: Validator;
	login: Validator;
	usersInfo: Validator;
	users2faSendEmailCode: Validator;
	/** VN `users.setStatus` body (apps/meteor/server/api/v1/users.ts). */
	usersSetStatus: Validator;
	/** `users.checkUsernameAvailability` query (rest-typings UsersCheckUsernameAvailabilityParamsGET). */
	usersCheckUsernameAvailability: Validator;
	/** VN `users.generatePersonalAccessToken` body (apps/meteor/server/api/v1/users.ts). */
	generatePersonalAccessToken: Validator;
	/** VN regenerate/remove PAT body. */
	personalAccessTokenName: Validator;
	usersSetAvatar: Validator;
	usersSetPreferences: Validator;
	usersLogout: Validator;
	usersSendConfirmationEmail: Validator;
	/** `users.listByStatus` query (rest-typings UsersListStatusParamsGET, ajvQuery: `roles=x` becomes `['x']`). */
	usersListByStatus: Validator;
	/** `users.create` body (rest-typings UserCreateParamsPOST). */
	usersCreate: Validator;
	/** `sendInvitationEmail` body (rest-typings invites.ts SendInvitationEmailParamsSchema). */
	sendInvitationEmail: Validator;
}

/**
 * Next to this file when run from source (ts-jest, tsx); under the repo root when this module was bundled
 * elsewhere (then `__dirname` is the bundle's folder).
 */
const REPO_ROOT = existsSync(join(__dirname, '..', '..', 'scripts', 'build-validators.mjs'))
	? resolve(__dirname, '..', '..')
	: process.cwd();
const GENERATED_FILE = join(REPO_ROOT, 'tools', 'refserver', 'generated', 'validators.cjs');
const BUILD_SCRIPT = join(REPO_ROOT, 'scripts', 'build-validators.mjs');

/** rest-typings `v1/users/UsersCheckUsernameAvailabilityParamsGET.ts`, as its schema reads. */
const CHECK_USERNAME_AVAILABILITY_SCHEMA = {
	type: 'object',
	properties: { username: { type: 'string' } },
	required: ['username'],
	additionalProperties: false,
};

const USERS_SET_STATUS_SCHEMA = {
	type: 'object',
	properties: {
		status: { type: 'string', enum: ['online', 'away', 'offline', 'busy'] },
		message: { type: 'string', nullable: true },
		expiresAt: { type: 'string', nullable: true },
		userId: { type: 'string' },
		username: { type: 'string' },
		user: { type: 'string' },
	},
	additionalProperties: false,
};

const GENERATE_PAT_SCHEMA = {
	type: 'object',
	properties: { tokenName: { type: 'string' }, bypassTwoFactor: { type: 'boolean' } },
	required: ['tokenName'],
	additionalProperties: false,
};

const SEND_EMAIL_CODE_SCHEMA = {
	type: 'object',
	properties: { emailOrUsername: { type: 'string' } },
	required: ['emailOrUsername'],
	additionalProperties: false,
};

const PAT_NAME_SCHEMA = {
	type: 'object',
	properties: { tokenName: { type: 'string' } },
	required: ['tokenName'],
	additionalProperties: false,
};

let cached: Validators | undefined;

function loadBundle(): BundledValidators {
	if (!existsSync(GENERATED_FILE)) {
		execFileSync(process.execPath, [BUILD_SCRIPT], { stdio: 'inherit' });
	}
	// eslint-disable-next-line @typescript-eslint/no-var-requires
	return require(GENERATED_FILE) as BundledValidators;
}

export function loadValidators(): Validators {
	if (cached) {
		return cached;
	}
	const bundle = loadBundle();
	const pick = (logicalName: string, fallbackSchema?: object): Validator => {
		const exportName = bundle.manifest[logicalName];
		if (exportName && typeof bundle[exportName] === 'function') {
			return bundle[exportName] as Validator;
		}
		if (fallbackSchema) {
			return bundle.ajv.compile(fallbackSchema);
		}
		throw new Error(
			`rest-typings validator '${logicalName}' missing; run npm run build:validators`,
		);
	};
	cached = {
		usersUpdateOwnBasicInfo: pick('usersUpdateOwnBasicInfo'),
		usersUpdate: pick('usersUpdate'),
		login: pick('login'),
		usersInfo: pick('usersInfo'),
		users2faSendEmailCode: pick('users2faSendEmailCode', SEND_EMAIL_CODE_SCHEMA),
		usersSetStatus: bundle.ajv.compile(USERS_SET_STATUS_SCHEMA),
		usersCheckUsernameAvailability: bundle.ajv.compile(CHECK_USERNAME_AVAILABILITY_SCHEMA),
		generatePersonalAccessToken: bundle.ajv.compile(GENERATE_PAT_SCHEMA),
		personalAccessTokenName: bundle.ajv.compile(PAT_NAME_SCHEMA),
		usersSetAvatar: pick('usersSetAvatar'),
		usersSetPreferences: pick('usersSetPreferences'),
		usersLogout: pick('usersLogout'),
		usersSendConfirmationEmail: pick('usersSendConfirmationEmail'),
		usersListByStatus: pick('usersListByStatus'),
		usersCreate: pick('usersCreate'),
		sendInvitationEmail: pick('sendInvitationEmail'),
	};
	return cached;
}

/** The wrapper joins AJV messages with "\n " (docs/server-rules.md#validation-errors); anyOf adds one message per branch. */
export function ajvMessages(validator: Validator): string {
	return (validator.errors ?? []).map((error) => error.message).join('\n ');
}
