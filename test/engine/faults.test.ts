/**
 * Faults (issue #6, PRODUCT §1, §7): for each endpoint the app calls and each way it can fail — server down, slower
 * than the request timeout, HTTP 500, a body that is not JSON, 429, 401 — and each kind of command or form that
 * uses it: a clear message (in the room of the command, or under a field of the modal), no engine error, nothing
 * half-applied, the credential kept (or forgotten on a 401, and only then), and a rate-limited non-secret change
 * queued and applied exactly once when the job runs.
 *
 * The app's request timeout is set to 500 ms and "slow" answers take 1 s; the test waits for the slow request to
 * finish before it checks the server, because the server does apply a change it answered late.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import type { Fault } from '../../tools/refserver';
import { hasCredential, idOf, linkByPassword, linkByToken, ResponseTap } from './support/fuzz';
import { pressLinkAgain, ROOM, useScenario } from './support/scenario';

const s = useScenario();
const tap = new ResponseTap();
before(() => tap.install());
after(() => tap.uninstall());

/**
 * Only the slow-server fault tests the app's timeout: it gets a short one, and the server answers long after it.
 * Every other fault keeps the longest timeout the app accepts, so that a busy machine never turns a fault test
 * into a timeout test (the reference server shares this process). Timers keep their order under load: the
 * app's timeout is armed before the server's delay, and is shorter, so it always fires first.
 */
const TIMEOUT_MS = 1000;
const SLOW_MS = 2000;
const GENEROUS_TIMEOUT_MS = 60_000;
const RETRY_SECONDS = 30;

type FaultName = 'down' | 'slow' | '500' | 'not-json' | '429' | '401';
const FAULT_NAMES: FaultName[] = ['down', 'slow', '500', 'not-json', '429', '401'];

function faultOf(name: FaultName): Fault {
	switch (name) {
		case 'down':
			return { kind: 'down', times: 1 };
		case 'slow':
			return { kind: 'delay', ms: SLOW_MS, times: 1 };
		case '500':
			return { kind: 'status', status: 500, times: 1 };
		case 'not-json':
			return { kind: 'not-json', times: 1 };
		case '429':
			return { kind: 'rate-limit', retryAfterSeconds: RETRY_SECONDS, times: 1 };
		case '401':
			return { kind: 'unauthorized', times: 1 };
	}
}

/** What the user must read for each fault (the 429 wording depends on whether the change is queued). */
const WORDING: Record<Exclude<FaultName, '429'>, RegExp> = {
	'down': /could not reach the server/,
	'slow': /did not answer within 1 s/,
	'500': /server failed \(HTTP 500\)/,
	'not-json': /not Rocket\.Chat’s API/,
	'401': /no longer accepts your link/,
};
const QUEUED = /queued, place 1: it will be applied in about 30 s/;
const RETRY_LATER = /Try again in 30 s/;

type Endpoint =
	| 'login'
	| 'logout'
	| 'me'
	| 'users.info'
	| 'users.updateOwnBasicInfo'
	| 'users.update'
	| 'users.2fa.sendEmailCode'
	| AdminEndpoint
	| 'custom-user-status.list'
	| AccountEndpoint;

/** The endpoints of `/admin-user` beyond users.info and users.update. */
type AdminEndpoint =
	| 'users.listByStatus'
	| 'users.delete'
	| 'users.logout'
	| 'users.resetTOTP'
	| 'users.resetE2EKey'
	| 'users.create'
	| 'sendInvitationEmail';
const ADMIN_ENDPOINTS: AdminEndpoint[] = [
	'users.listByStatus',
	'users.delete',
	'users.logout',
	'users.resetTOTP',
	'users.resetE2EKey',
	'users.create',
	'sendInvitationEmail',
];

/** The own-account endpoints of `/profile` (handlers/own/account.ts). */
type AccountEndpoint =
	| 'users.setAvatar'
	| 'users.resetAvatar'
	| 'users.sendConfirmationEmail'
	| 'users.logoutOtherClients'
	| 'users.setPreferences'
	| 'users.2fa.enableEmail'
	| 'users.2fa.disableEmail';
const ACCOUNT_ENDPOINTS: AccountEndpoint[] = [
	'users.setAvatar',
	'users.resetAvatar',
	'users.sendConfirmationEmail',
	'users.logoutOtherClients',
	'users.setPreferences',
	'users.2fa.enableEmail',
	'users.2fa.disableEmail',
];

/** How a flow deviates from the rules for one fault. */
interface Special {
	text?: RegExp;
	/** Where the user reads about it, when it differs from the flow's usual place. */
	where?: 'message' | 'field';
	/** Whether the credential is gone afterwards (default: only on 401). */
	forgets?: boolean;
	/** The behaviour PRODUCT.md asks for and the app does not have yet. */
	todo?: string;
}

interface Flow {
	endpoint: Endpoint;
	/** The command or form, as the user sees it. */
	name: string;
	actor: string;
	/** Where the user reads about the failure. */
	where: 'message' | 'field';
	/**
	 * On 429: `queue` — a non-secret change (or an admin command), queued and applied once by the job;
	 * `retry` — a read or a change carrying a secret, which the user repeats later.
	 */
	on429: 'queue' | 'retry';
	/** Links users and opens the modal the flow submits; the fault is set after this. */
	setup(): Promise<void>;
	act(): Promise<IUIKitResponse | undefined>;
	/** The server state the flow could change. */
	probe(): unknown;
	/** Whether the flow's change (or, for reads, its answer) arrived. */
	landed(): boolean;
	/** What the user still has to do once the queued change runs (e.g. confirm a second factor again). */
	afterQueue?(): Promise<void>;
	special?: Partial<Record<FaultName, Special>>;
}

// ------------------------------------------------------------------ helpers

function profile(username: string) {
	const user = s.server.getUser(username);
	return (
		user && {
			name: user.name,
			username: user.username,
			nickname: user.nickname,
			bio: user.bio,
			statusText: user.statusText,
			emails: user.emails,
			roles: user.roles,
			active: user.active,
			customFields: user.customFields,
			requirePasswordChange: user.requirePasswordChange,
			password: user.services.password?.bcrypt,
		}
	);
}

function notifications(username: string) {
	return s.host.messages(idOf(s, username)).filter((message) => message.delivery === 'notifyUser');
}

function command(actor: string, name: 'profile' | 'admin-user', args: string) {
	return async () => {
		await s.host.runCommand(idOf(s, actor), name, args, ROOM);
		return undefined;
	};
}

function openViewId(actor: string, kind: string): string {
	const view = s.host.openView(idOf(s, actor));
	assert.ok(view, `no modal open for ${actor}`);
	assert.match(view.viewId, new RegExp(`^profile-app--${kind}--`));
	return view.viewId;
}

function submit(actor: string, kind: string, state: Record<string, Record<string, unknown>>) {
	return () => s.host.submitView(idOf(s, actor), openViewId(actor, kind), state);
}

function pressSendAgain(actor: string, kind: string, blockId: string) {
	return () => {
		const viewId = openViewId(actor, kind);
		return s.host.blockAction(idOf(s, actor), {
			actionId: 'send-code-again',
			blockId,
			value: viewId.split('--')[2],
			viewId,
		});
	};
}

/** An admin whose token bypasses 2FA: admin changes land at once (and queued ones replay without a prompt). */
/**
 * Faults are about requests, so admin flows run with the confirmation modal of destructive changes turned off
 * (app setting; every admin test name says so): the confirmation itself is tested in attacks.test.ts.
 */
async function linkAdmin(): Promise<void> {
	await s.host.setAppSetting('confirm_admin_changes', false);
	await linkByToken(s, 'admin', true);
}

/** bea signed in once, the admin linked; the flow lands when bea's login tokens are gone (logout, E2E key reset). */
function beaSignedOut(): Pick<Flow, 'setup' | 'probe' | 'landed'> {
	const tokens = () => s.server.getUser('bea')?.services.resume?.loginTokens.length;
	return {
		setup: async () => {
			await linkAdmin();
			s.server.createLoginToken(idOf(s, 'bea'));
		},
		probe: tokens,
		landed: () => tokens() === 0,
	};
}

const PASSWORD = 'Fault-Passw0rd!';

async function seedVera(): Promise<void> {
	await s.server.seedUser({
		username: 'vera',
		name: 'Vera Unverified',
		password: 'vera-pass',
		email: 'vera@example.com',
		emailVerified: false,
	});
	s.secrets.add('vera-pass');
}

/** Password hashes right after the reset, to tell whether a password change landed. */
const initialPassword: Record<string, string | undefined> = {};

// ------------------------------------------------------------------ flows

const FLOWS: Flow[] = [
	// ---------------- login
	{
		endpoint: 'login',
		name: 'link modal, password (already linked with a token)',
		actor: 'alice',
		where: 'field',
		on429: 'retry',
		setup: async () => {
			await linkByToken(s, 'alice');
			await s.host.runCommand(idOf(s, 'alice'), 'profile', 'login', ROOM);
			await pressLinkAgain(s, 'alice');
		},
		act: submit('alice', 'link', { password: { password: 'alice-pass' } }),
		probe: () => profile('alice'),
		landed: () => false,
		special: { '401': { text: /Wrong password/, forgets: false } },
	},
	{
		endpoint: 'login',
		name: 'link modal, code step (TOTP user)',
		actor: 'tom',
		where: 'field',
		on429: 'retry',
		setup: async () => {
			await s.host.runCommand(idOf(s, 'tom'), 'profile', 'login', ROOM);
			await submit('tom', 'link', { password: { password: 'tom-pass' } })();
		},
		act: () => {
			const code = s.server.totpCode('tom');
			s.secrets.add(code);
			return submit('tom', 'link', { code: { code } })();
		},
		probe: () => profile('tom'),
		landed: () => false,
		special: { '401': { text: /Wrong password/, forgets: false } },
	},
	// ---------------- logout
	{
		endpoint: 'logout',
		name: '/profile logout',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: () => linkByPassword(s, 'alice'),
		act: command('alice', 'profile', 'logout'),
		probe: () => s.server.getUser('alice')?.services.resume?.loginTokens.length,
		landed: () => (s.server.getUser('alice')?.services.resume?.loginTokens.length ?? 0) === 0,
		special: { '401': { text: /Unlinked/, forgets: true } },
	},
	// ---------------- me
	{
		endpoint: 'me',
		name: '/profile show',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: () => linkByPassword(s, 'alice'),
		act: command('alice', 'profile', 'show'),
		probe: () => profile('alice'),
		landed: () => notifications('alice').some((m) => /Your profile/.test(m.text ?? '')),
	},
	{
		endpoint: 'me',
		name: '/profile set nickname (the old nickname: the user reader has none)',
		actor: 'bea',
		where: 'message',
		on429: 'queue',
		setup: () => linkByToken(s, 'bea').then(() => undefined),
		act: command('bea', 'profile', 'set nickname Fault nick'),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.nickname === 'Fault nick',
	},
	{
		endpoint: 'me',
		name: '/profile clear nickname',
		actor: 'bea',
		where: 'message',
		on429: 'queue',
		setup: () => linkByToken(s, 'bea').then(() => undefined),
		act: command('bea', 'profile', 'clear nickname'),
		probe: () => profile('bea'),
		landed: () => !s.server.getUser('bea')?.nickname,
	},
	{
		endpoint: 'me',
		name: '/profile set email (before the second-factor modal)',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: () => linkByPassword(s, 'alice'),
		act: command('alice', 'profile', 'set email alice@fault.example'),
		probe: () => profile('alice'),
		landed: () => false,
	},
	{
		endpoint: 'me',
		name: '/profile password',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: () => linkByPassword(s, 'alice'),
		act: command('alice', 'profile', 'password'),
		probe: () => profile('alice'),
		landed: () => Boolean(s.host.openView(idOf(s, 'alice'))),
	},
	{
		endpoint: 'me',
		name: '/profile edit',
		actor: 'bea',
		where: 'message',
		on429: 'retry',
		setup: () => linkByToken(s, 'bea').then(() => undefined),
		act: command('bea', 'profile', 'edit'),
		probe: () => profile('bea'),
		landed: () => Boolean(s.host.openView(idOf(s, 'bea'))),
	},
	{
		endpoint: 'me',
		name: 'link modal, personal access token',
		actor: 'sso',
		where: 'field',
		on429: 'retry',
		setup: () => s.host.runCommand(idOf(s, 'sso'), 'profile', 'login', ROOM).then(() => undefined),
		act: () => {
			const token = s.server.createPersonalAccessToken(idOf(s, 'sso'), 'fault');
			s.secrets.add(token);
			return submit('sso', 'link', { token: { token } })();
		},
		probe: () => profile('sso'),
		landed: () => false,
		special: {
			'401': {
				text: /does not accept this token/,
				forgets: false,
			},
		},
	},
	{
		endpoint: 'me',
		name: 'edit form with an e-mail change (reads /me for the method)',
		actor: 'bea',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkByToken(s, 'bea');
			await s.host.runCommand(idOf(s, 'bea'), 'profile', 'edit', ROOM);
		},
		act: submit('bea', 'own-edit', {
			bio: { bio: 'Fault bio' },
			email: { email: 'bea@fault.example' },
		}),
		probe: () => profile('bea'),
		landed: () => false,
	},
	// ---------------- users.info
	...adminInfoFlows(),
	{
		endpoint: 'users.info',
		name: 'admin password form (reads the user again before writing)',
		actor: 'admin',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkAdmin();
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'password bea', ROOM);
			s.secrets.add(PASSWORD);
		},
		act: submit('admin', 'admin-password', { 'new-password': { 'new-password': PASSWORD } }),
		probe: () => profile('bea'),
		landed: () => false,
	},
	{
		endpoint: 'users.info',
		name: 'admin edit form (reads the user again before writing)',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: async () => {
			await linkAdmin();
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'edit bea', ROOM);
		},
		act: submit('admin', 'admin-edit', { nickname: { nickname: 'Fault nick' } }),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.nickname === 'Fault nick',
	},
	// ---------------- users.listByStatus
	{
		endpoint: 'users.listByStatus',
		name: '/admin-user list',
		actor: 'admin',
		where: 'message',
		on429: 'retry',
		setup: linkAdmin,
		act: command('admin', 'admin-user', 'list bea'),
		probe: () => profile('bea'),
		landed: () => notifications('admin').some((m) => /\*Users\*/.test(m.text ?? '')),
	},
	// ---------------- users.delete, users.logout (handlers/admin/adminAccount.ts; the resets ask the admin's
	// factor first, so a fault meets the same first request and the same replies as these)
	{
		endpoint: 'users.delete',
		name: '/admin-user delete bea',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: linkAdmin,
		act: command('admin', 'admin-user', 'delete bea'),
		probe: () => profile('bea') ?? null,
		landed: () => s.server.getUser('bea') === undefined,
	},
	{
		endpoint: 'users.logout',
		name: '/admin-user logout bea',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		...beaSignedOut(),
		act: command('admin', 'admin-user', 'logout bea'),
	},
	// The admin's link is a personal access token that skips the second factor: these routes ask for it every
	// time (disableRememberMe), which admin-account.test.ts covers; here the request itself fails.
	{
		endpoint: 'users.resetTOTP',
		name: '/admin-user reset-2fa tom',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: linkAdmin,
		act: command('admin', 'admin-user', 'reset-2fa tom'),
		probe: () => s.server.getUser('tom')?.services.totp ?? null,
		landed: () => s.server.getUser('tom')?.services.totp === undefined,
	},
	{
		endpoint: 'users.resetE2EKey',
		name: '/admin-user reset-2fa bea e2e',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		...beaSignedOut(),
		act: command('admin', 'admin-user', 'reset-2fa bea e2e'),
	},
	// ---------------- users.create
	{
		endpoint: 'users.create',
		name: '/admin-user create form',
		actor: 'admin',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkAdmin();
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'create', ROOM);
			s.secrets.add(PASSWORD);
		},
		act: submit('admin', 'admin-create', {
			'name': { name: 'Fault Newbie' },
			'username': { username: 'faultnewbie' },
			'email': { email: 'faultnewbie@example.org' },
			'password-mode': { 'password-mode': 'manual' },
			'new-password': { 'new-password': PASSWORD },
			'roles': { roles: 'user' },
		}),
		probe: () => profile('faultnewbie') ?? null,
		landed: () => Boolean(s.server.getUser('faultnewbie')),
	},
	// ---------------- sendInvitationEmail
	{
		endpoint: 'sendInvitationEmail',
		name: '/admin-user invite',
		actor: 'admin',
		where: 'message',
		on429: 'retry',
		setup: linkAdmin,
		act: command('admin', 'admin-user', 'invite fault@example.org'),
		probe: () => s.server.outbox.filter((mail) => mail.to === 'fault@example.org').length,
		landed: () => s.server.outbox.some((mail) => mail.to === 'fault@example.org'),
	},
	// ---------------- users.updateOwnBasicInfo
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: '/profile set name',
		actor: 'bea',
		where: 'message',
		on429: 'queue',
		setup: () => linkByToken(s, 'bea').then(() => undefined),
		act: command('bea', 'profile', 'set name Fault Bea'),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.name === 'Fault Bea',
	},
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: '/profile clear nickname',
		actor: 'bea',
		where: 'message',
		on429: 'queue',
		setup: () => linkByToken(s, 'bea').then(() => undefined),
		act: command('bea', 'profile', 'clear nickname'),
		probe: () => profile('bea'),
		landed: () => !s.server.getUser('bea')?.nickname,
	},
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: '/profile set with several fields (one request)',
		actor: 'alice',
		where: 'message',
		on429: 'queue',
		setup: () => linkByPassword(s, 'alice'),
		// REST fields only: a status text would be applied through the user bridge whatever the REST answer.
		act: command('alice', 'profile', 'set name="Alice Fault" nickname=af'),
		probe: () => profile('alice'),
		landed: () => {
			const alice = s.server.getUser('alice');
			return alice?.name === 'Alice Fault' && alice.nickname === 'af';
		},
	},
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: 'own second-factor modal (e-mail change, current password)',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkByPassword(s, 'alice');
			await s.host.runCommand(idOf(s, 'alice'), 'profile', 'set email alice@fault.example', ROOM);
		},
		act: submit('alice', 'own-2fa', { code: { code: 'alice-pass' } }),
		probe: () => profile('alice'),
		landed: () => s.server.getUser('alice')?.emails?.[0].address === 'alice@fault.example',
	},
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: 'password modal',
		actor: 'alice',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkByPassword(s, 'alice');
			await s.host.runCommand(idOf(s, 'alice'), 'profile', 'password', ROOM);
			s.secrets.add(PASSWORD);
		},
		act: submit('alice', 'own-password', {
			'new-password': { 'new-password': PASSWORD },
			'confirm-password': { 'confirm-password': PASSWORD },
			'code': { code: 'alice-pass' },
		}),
		probe: () => profile('alice'),
		landed: () => profile('alice')?.password !== initialPassword.alice,
	},
	{
		endpoint: 'users.updateOwnBasicInfo',
		name: 'edit form (nickname only)',
		actor: 'bea',
		where: 'message',
		on429: 'queue',
		setup: async () => {
			await linkByToken(s, 'bea');
			await s.host.runCommand(idOf(s, 'bea'), 'profile', 'edit', ROOM);
		},
		act: submit('bea', 'own-edit', { nickname: { nickname: 'Fault nick' } }),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.nickname === 'Fault nick',
	},
	// ---------------- users.update
	...adminUpdateFlows(),
	{
		endpoint: 'users.update',
		name: 'admin second-factor modal (retry with the proof)',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: async () => {
			await linkByPassword(s, 'admin');
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'set bea nickname Fault nick', ROOM);
		},
		act: submit('admin', 'admin-2fa', { code: { code: 'admin-pass' } }),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.nickname === 'Fault nick',
		// The 429 came before the server checked the proof, so it remembers no second factor: when the queued change
		// runs, the server asks again and the admin confirms through the button the app posts.
		afterQueue: async () => {
			const message = notifications('admin').at(-1);
			const nonce = /"value":"([0-9a-f]+)"/.exec(JSON.stringify(message?.blocks))?.[1];
			assert.ok(nonce, `no button to confirm the queued change: ${message?.text}`);
			await s.host.blockAction(idOf(s, 'admin'), {
				actionId: 'open-pending-view',
				blockId: 'pending',
				value: nonce,
				messageId: message?.id,
			});
			await submit('admin', 'admin-2fa', { code: { code: 'admin-pass' } })();
		},
	},
	{
		endpoint: 'users.update',
		name: 'admin password form',
		actor: 'admin',
		where: 'message',
		on429: 'retry',
		setup: async () => {
			await linkAdmin();
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'password bea', ROOM);
			s.secrets.add(PASSWORD);
		},
		act: submit('admin', 'admin-password', { 'new-password': { 'new-password': PASSWORD } }),
		probe: () => profile('bea'),
		landed: () => profile('bea')?.password !== initialPassword.bea,
	},
	{
		endpoint: 'users.update',
		name: 'admin edit form',
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: async () => {
			await linkAdmin();
			await s.host.runCommand(idOf(s, 'admin'), 'admin-user', 'edit bea', ROOM);
		},
		act: submit('admin', 'admin-edit', { nickname: { nickname: 'Fault nick' } }),
		probe: () => profile('bea'),
		landed: () => s.server.getUser('bea')?.nickname === 'Fault nick',
	},
	// ---------------- users.2fa.sendEmailCode
	...emailCodeFlows(),
	...accountFlows(),
	...customStatusFlows(),
];

/** A custom status is read with custom-user-status.list before the bridge writes it: a read, never queued. */
function customStatusFlows(): Flow[] {
	const status = () => {
		const user = s.server.getUser('alice');
		return [user?.status, user?.statusText];
	};
	const linkAlice = () => linkByToken(s, 'alice').then(() => undefined);
	return [
		{
			endpoint: 'custom-user-status.list',
			name: '/profile set status "On holiday"',
			actor: 'alice',
			where: 'message',
			on429: 'retry',
			setup: linkAlice,
			act: command('alice', 'profile', 'set status "On holiday"'),
			probe: status,
			landed: () => s.server.getUser('alice')?.statusText === 'On holiday',
		},
		{
			endpoint: 'custom-user-status.list',
			name: '/profile statuses',
			actor: 'alice',
			where: 'message',
			on429: 'retry',
			setup: linkAlice,
			act: command('alice', 'profile', 'statuses'),
			probe: status,
			landed: () => notifications('alice').some((m) => /Custom statuses/.test(m.text ?? '')),
		},
	];
}

/** Every /admin-user command reads the user first. */
function adminInfoFlows(): Flow[] {
	const flows: Array<[string, string, Flow['on429'], () => boolean]> = [
		[
			'show bea',
			'bea',
			'queue',
			() => notifications('admin').some((m) => /Profile of\* @bea/.test(m.text ?? '')),
		],
		[
			'set bea nickname Fault nick',
			'bea',
			'queue',
			() => s.server.getUser('bea')?.nickname === 'Fault nick',
		],
		[
			'roles bea add moderator',
			'bea',
			'queue',
			() => Boolean(s.server.getUser('bea')?.roles.includes('moderator')),
		],
		['verify vera', 'vera', 'queue', () => s.server.getUser('vera')?.emails?.[0].verified === true],
		['deactivate bea', 'bea', 'queue', () => s.server.getUser('bea')?.active === false],
		[
			'password bea',
			'bea',
			'queue',
			() => notifications('admin').some((m) => /open-pending-view/.test(JSON.stringify(m.blocks))),
		],
		[
			'edit bea',
			'bea',
			'queue',
			() => notifications('admin').some((m) => /open-pending-view/.test(JSON.stringify(m.blocks))),
		],
	];
	return flows.map(([args, target, on429, landed]) => ({
		endpoint: 'users.info',
		name: `/admin-user ${args}`,
		actor: 'admin',
		where: 'message',
		on429,
		setup: async () => {
			await seedVera();
			await linkAdmin();
		},
		act: command('admin', 'admin-user', args),
		probe: () => profile(target),
		landed,
	}));
}

/** /admin-user commands that write with users.update (read first with users.info). */
function adminUpdateFlows(): Flow[] {
	const flows: Array<[string, string, () => boolean]> = [
		[
			'set bea nickname Fault nick',
			'bea',
			() => s.server.getUser('bea')?.nickname === 'Fault nick',
		],
		[
			'set bea bio="Fault bio" text=away',
			'bea',
			() => s.server.getUser('bea')?.bio === 'Fault bio',
		],
		[
			'roles bea add moderator',
			'bea',
			() => Boolean(s.server.getUser('bea')?.roles.includes('moderator')),
		],
		['verify vera', 'vera', () => s.server.getUser('vera')?.emails?.[0].verified === true],
		['deactivate bea', 'bea', () => s.server.getUser('bea')?.active === false],
	];
	return flows.map(([args, target, landed]) => ({
		endpoint: 'users.update',
		name: `/admin-user ${args}`,
		actor: 'admin',
		where: 'message',
		on429: 'queue',
		setup: async () => {
			await seedVera();
			await linkAdmin();
		},
		act: command('admin', 'admin-user', args),
		probe: () => profile(target),
		landed,
	}));
}

/** `/profile` beyond the fields: one request each, never queued (none is a field change). */
function accountFlows(): Flow[] {
	const AVATAR = 'https://images.example/fault.png';
	const user = (username: string) => s.server.getUser(username);
	const linkAlice = async () => {
		await linkByToken(s, 'alice');
		s.server.web.set(AVATAR, { status: 200, contentType: 'image/png' });
	};
	const verifyMails = () =>
		s.server.outbox.filter((mail) => mail.to === 'vera@example.com' && /Verify/.test(mail.subject))
			.length;
	const flow = (
		endpoint: AccountEndpoint,
		actor: string,
		args: string,
		setup: () => Promise<void>,
		probe: () => unknown,
		landed: () => boolean,
	): Flow => ({
		endpoint,
		name: `/profile ${args}`,
		actor,
		where: 'message',
		on429: 'retry',
		setup,
		act: command(actor, 'profile', args),
		probe,
		landed,
	});
	return [
		flow(
			'users.setAvatar',
			'alice',
			`set avatar ${AVATAR}`,
			linkAlice,
			() => user('alice')?.avatarOrigin,
			() => user('alice')?.avatarOrigin === 'url',
		),
		flow(
			'users.resetAvatar',
			'alice',
			'reset avatar',
			async () => {
				await linkAlice();
				await command('alice', 'profile', `set avatar ${AVATAR}`)();
			},
			() => user('alice')?.avatarOrigin,
			() => user('alice')?.avatarOrigin === undefined,
		),
		flow(
			'users.sendConfirmationEmail',
			'vera',
			'verify-email',
			async () => {
				await seedVera();
				await linkByToken(s, 'vera');
			},
			verifyMails,
			() => verifyMails() > 0,
		),
		flow(
			'users.logoutOtherClients',
			'alice',
			'logout-others',
			async () => {
				await linkAlice();
				s.secrets.add(s.server.createLoginToken(idOf(s, 'alice')));
			},
			() => user('alice')?.services.resume?.loginTokens.length,
			() => user('alice')?.services.resume?.loginTokens.length === 1,
		),
		flow(
			'users.setPreferences',
			'alice',
			'set language es',
			linkAlice,
			() => user('alice')?.language,
			() => user('alice')?.language === 'es',
		),
		flow(
			'users.2fa.enableEmail',
			'alice',
			'2fa email on',
			linkAlice,
			() => user('alice')?.services.email2fa?.enabled,
			() => user('alice')?.services.email2fa?.enabled === true,
		),
		{
			endpoint: 'users.2fa.disableEmail',
			name: '/profile 2fa email off (the modal with the e-mail code)',
			actor: 'erin',
			where: 'message',
			on429: 'retry',
			setup: async () => {
				await linkByToken(s, 'erin');
				await s.host.runCommand(idOf(s, 'erin'), 'profile', '2fa email off', ROOM);
			},
			act: () => {
				const code = s.server.lastEmailCode('erin') ?? '';
				s.secrets.add(code);
				return submit('erin', 'account-2fa', { code: { code } })();
			},
			probe: () => user('erin')?.services.email2fa?.enabled,
			landed: () => user('erin')?.services.email2fa?.enabled === false,
		},
	];
}

/** The e-mail-code user: the app asks the server to mail a code before the one write. */
function emailCodeFlows(): Flow[] {
	const linkErin = () => linkByToken(s, 'erin').then(() => undefined);
	const special401 = { '401': {} };
	return [
		{
			endpoint: 'users.2fa.sendEmailCode',
			name: '/profile set email (modal open, code not sent)',
			actor: 'erin',
			where: 'message',
			on429: 'retry',
			setup: linkErin,
			act: command('erin', 'profile', 'set email erin@fault.example'),
			probe: () => profile('erin'),
			landed: () => Boolean(s.server.lastEmailCode('erin')),
			special: special401,
		},
		{
			endpoint: 'users.2fa.sendEmailCode',
			name: '/profile password (modal open, code not sent)',
			actor: 'erin',
			where: 'message',
			on429: 'retry',
			setup: linkErin,
			act: command('erin', 'profile', 'password'),
			probe: () => profile('erin'),
			landed: () => Boolean(s.server.lastEmailCode('erin')),
			special: special401,
		},
		{
			endpoint: 'users.2fa.sendEmailCode',
			name: 'edit form with an e-mail change',
			actor: 'erin',
			where: 'message',
			on429: 'retry',
			setup: async () => {
				await linkErin();
				await s.host.runCommand(idOf(s, 'erin'), 'profile', 'edit', ROOM);
			},
			act: submit('erin', 'own-edit', { email: { email: 'erin@fault.example' } }),
			probe: () => profile('erin'),
			landed: () => Boolean(s.server.lastEmailCode('erin')),
			special: special401,
		},
		{
			endpoint: 'users.2fa.sendEmailCode',
			name: '“Send the code again” in the second-factor modal',
			actor: 'erin',
			where: 'field',
			on429: 'retry',
			setup: async () => {
				await linkErin();
				await s.host.runCommand(idOf(s, 'erin'), 'profile', 'set email erin@fault.example', ROOM);
			},
			act: pressSendAgain('erin', 'own-2fa', 'code-actions'),
			probe: () => profile('erin'),
			landed: () => false,
			// A lost link closes the modal and says so in a message, with the button to link again.
			special: { '401': { where: 'message' } },
		},
		{
			endpoint: 'users.2fa.sendEmailCode',
			name: '“Send the code again” in the link modal (not linked yet)',
			actor: 'erin',
			where: 'field',
			on429: 'retry',
			setup: async () => {
				await s.host.runCommand(idOf(s, 'erin'), 'profile', 'login', ROOM);
				await submit('erin', 'link', { password: { password: 'erin-pass' } })();
			},
			act: pressSendAgain('erin', 'link', 'link-actions'),
			probe: () => profile('erin'),
			landed: () => false,
			special: {
				'401': {
					text: /^(?![\s\S]*forgot it)[\s\S]*\S/,
					forgets: false,
				},
			},
		},
	];
}

/**
 * Waits until the slow request the app gave up on has been answered (the server applies it anyway). The bound
 * only keeps a broken run from hanging; on a busy machine the answer may come well after SLOW_MS.
 */
async function settleSlowRequests(): Promise<void> {
	const deadline = Date.now() + SLOW_MS + 60_000;
	while (
		s.server.requestLog.some((entry) => entry.fault === 'delay' && entry.status === 0) &&
		Date.now() < deadline
	) {
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** The write that applies a flow's change (to count writes of queued changes). */
function writeRoute(flow: Flow): string {
	if (
		flow.endpoint === 'users.delete' ||
		flow.endpoint === 'users.logout' ||
		flow.endpoint === 'users.resetTOTP' ||
		flow.endpoint === 'users.resetE2EKey'
	) {
		return flow.endpoint;
	}
	return flow.endpoint === 'users.updateOwnBasicInfo' || flow.endpoint === 'me'
		? 'users.updateOwnBasicInfo'
		: 'users.update';
}

function successfulWrites(route: string): number {
	return s.server.requestLog.filter((entry) => entry.route === route && entry.status === 200)
		.length;
}

function textsFor(
	actor: string,
	where: 'message' | 'field',
	response: IUIKitResponse | undefined,
	messagesBefore: number,
): string[] {
	const messages = notifications(actor)
		.slice(messagesBefore)
		.map((message) => message.text ?? '');
	const errors = Object.values(
		(response as { errors?: Record<string, string> } | undefined)?.errors ?? {},
	);
	return where === 'field' ? errors : messages;
}

for (const endpoint of [
	'login',
	'logout',
	'me',
	'users.info',
	'users.updateOwnBasicInfo',
	'users.update',
	'users.2fa.sendEmailCode',
	...ADMIN_ENDPOINTS,
	...ACCOUNT_ENDPOINTS,
	'custom-user-status.list',
] as Endpoint[]) {
	describe(`${endpoint} fails`, () => {
		for (const flow of FLOWS.filter((candidate) => candidate.endpoint === endpoint)) {
			for (const faultName of FAULT_NAMES) {
				const special = flow.special?.[faultName] ?? {};
				const queue = faultName === '429' && flow.on429 === 'queue';
				const expectedText =
					special.text ??
					(faultName === '429' ? (queue ? QUEUED : RETRY_LATER) : WORDING[faultName]);
				const forgets = special.forgets ?? faultName === '401';
				const where = special.where ?? flow.where;
				test(
					`${faultName}: ${flow.name}${flow.actor === 'admin' ? ' (admin confirmation off)' : ''}`,
					special.todo ? { todo: special.todo } : {},
					async () => {
						await s.host.setAppSetting('request_timeout_ms', GENEROUS_TIMEOUT_MS);
						initialPassword.alice = profile('alice')?.password;
						initialPassword.bea = profile('bea')?.password;
						await flow.setup();
						if (faultName === 'slow') {
							await s.host.setAppSetting('request_timeout_ms', TIMEOUT_MS);
						}
						const actorId = idOf(s, flow.actor);
						const linkedBefore = hasCredential(s, actorId);
						const before = JSON.stringify(flow.probe());
						const messagesBefore = notifications(flow.actor).length;
						const requestsBefore = s.server.requestLog.length;
						s.server.faults.set(endpoint, faultOf(faultName));
						const response = await flow.act();
						await settleSlowRequests();
						s.server.faults.clear();

						const hit = s.server.requestLog
							.slice(requestsBefore)
							.some((entry) => entry.route === endpoint && entry.fault);
						assert.ok(hit, `the flow never called ${endpoint}`);
						if (where === 'field') {
							assert.equal(
								(response as { type?: string } | undefined)?.type,
								'errors',
								`expected an error under a field, got ${JSON.stringify(response)}`,
							);
						}
						const texts = textsFor(flow.actor, where, response, messagesBefore);
						assert.ok(
							texts.some((text) => expectedText.test(text)),
							`expected ${expectedText}, got ${JSON.stringify(texts)}`,
						);
						for (const message of notifications(flow.actor).slice(messagesBefore)) {
							assert.equal(message.roomId, ROOM, 'a reply in another room');
						}
						assert.equal(
							hasCredential(s, actorId),
							forgets ? false : linkedBefore,
							forgets ? 'the credential was kept after a 401' : 'the credential was lost',
						);
						if (forgets && !special.text && where === 'message') {
							const last = notifications(flow.actor).at(-1);
							assert.match(
								JSON.stringify(last?.blocks),
								/open-link-modal/,
								'no button to link again',
							);
						}
						const after = JSON.stringify(flow.probe());
						if (faultName === 'slow') {
							assert.ok(after === before || flow.landed(), 'a change half-applied after a timeout');
						} else {
							assert.equal(after, before, 'the server state changed');
						}
						assert.equal(tap.invalid.length, 0, JSON.stringify(tap.invalid));

						if (!queue) {
							assert.equal(s.host.scheduledJobs().length, 0, 'something was queued');
							return;
						}
						assert.equal(s.host.scheduledJobs().length, 1, 'nothing was queued');
						const route = writeRoute(flow);
						const writes = successfulWrites(route);
						await s.host.runDueJobs(Date.now() + (RETRY_SECONDS + 1) * 1000);
						await flow.afterQueue?.();
						assert.ok(flow.landed(), 'the queued change was not applied');
						assert.ok(successfulWrites(route) <= writes + 1, 'applied more than once');
						const settled = successfulWrites(route);
						await s.host.runDueJobs(Date.now() + 10 * 60 * 1000);
						assert.equal(successfulWrites(route), settled, 'applied again by a later run');
						assert.equal(s.host.scheduledJobs().length, 0);
					},
				);
			}
		}
	});
}

test('every endpoint the app calls is covered', () => {
	const covered = new Set(FLOWS.map((flow) => flow.endpoint));
	assert.deepEqual([...covered].sort(), [
		'custom-user-status.list',
		'login',
		'logout',
		'me',
		'sendInvitationEmail',
		'users.2fa.disableEmail',
		'users.2fa.enableEmail',
		'users.2fa.sendEmailCode',
		'users.create',
		'users.delete',
		'users.info',
		'users.listByStatus',
		'users.logout',
		'users.logoutOtherClients',
		'users.resetAvatar',
		'users.resetE2EKey',
		'users.resetTOTP',
		'users.sendConfirmationEmail',
		'users.setAvatar',
		'users.setPreferences',
		'users.update',
		'users.updateOwnBasicInfo',
	]);
});
