/**
 * The reference server's side of the page: its copy of the user (never `services`), the outbox, the TOTP
 * codes, the request log (already masked by the server) and the rate limiter's budgets.
 */
import type {
	OutboxMail,
	PageBudget,
	PageRequest,
	PlaygroundUser,
	ServerUserCopy,
	TotpCode,
} from '../shared/api';
import type { ReferenceServer, StoredUser } from '../../tools/refserver';

const TOTP_STEP_MS = 30_000;
/** The page shows the latest requests; older ones add nothing but scrolling. */
const MAX_REQUESTS = 200;

export function serverUserCopy(
	server: ReferenceServer,
	userId: string,
): ServerUserCopy | undefined {
	const user = server.getUser(userId);
	if (!user) {
		return undefined;
	}
	const email = user.emails?.[0];
	const tokens = user.services.resume?.loginTokens ?? [];
	const personal = tokens.filter((token) => token.type === 'personalAccessToken').length;
	return {
		id: user._id,
		fields: [
			{ name: 'name', value: show(user.name) },
			{ name: 'username', value: show(user.username) },
			{ name: 'e-mail', value: email ? email.address : '—' },
			{ name: 'e-mail verified', value: email ? yesNo(email.verified) : '—' },
			{ name: 'nickname', value: show(user.nickname) },
			{ name: 'bio', value: show(user.bio) },
			{ name: 'status', value: show(user.status) },
			{ name: 'status text', value: show(user.statusText) },
			{ name: 'roles', value: user.roles.join(', ') || '—' },
			{ name: 'active', value: yesNo(user.active) },
			{ name: 'require password change', value: yesNo(Boolean(user.requirePasswordChange)) },
			...customFields(user),
		],
		security: {
			password: Boolean(user.services.password?.bcrypt),
			totp: Boolean(user.services.totp?.enabled),
			emailCode: Boolean(user.services.email2fa?.enabled),
			loginTokens: tokens.length - personal,
			personalAccessTokens: personal,
		},
	};
}

export function outboxMails(server: ReferenceServer): OutboxMail[] {
	return server.outbox.map((mail) => ({
		at: mail.at.getTime(),
		to: mail.to,
		subject: mail.subject,
		text: mail.text,
		code: mail.code,
	}));
}

/** The current code of every user with an authenticator, as their phone would show it. */
export function totpCodes(server: ReferenceServer, users: PlaygroundUser[]): TotpCode[] {
	const now = server.clock.now();
	const validUntil = (Math.floor(now / TOTP_STEP_MS) + 1) * TOTP_STEP_MS;
	return users
		.filter((user) => server.getUser(user.id)?.services.totp?.enabled)
		.map((user) => ({ username: user.username, code: server.totpCode(user.id), validUntil }));
}

export function pageRequests(server: ReferenceServer): PageRequest[] {
	return server.requestLog.slice(-MAX_REQUESTS).map((entry) => ({
		at: entry.at.getTime(),
		method: entry.method,
		route: entry.route,
		path: entry.path,
		status: entry.status,
		actor: entry.userId ? server.getUser(entry.userId)?.username ?? entry.userId : undefined,
		body: entry.body,
		query: Object.keys(entry.query).length ? entry.query : undefined,
		twoFactorMethod: entry.headers['x-2fa-method'],
		fault: entry.fault,
	}));
}

/**
 * The other user the acting user's latest request named (`userId` or `username` in the body or query, as
 * users.update, users.setActiveStatus and users.info take it): whose copy an admin wants to watch.
 */
export function touchedUser(server: ReferenceServer, actingUserId: string): string | undefined {
	for (let index = server.requestLog.length - 1; index >= 0; index--) {
		const entry = server.requestLog[index];
		if (entry.userId !== actingUserId) {
			continue;
		}
		const params = { ...entry.query, ...((entry.body ?? {}) as Record<string, unknown>) };
		const named = [params.userId, params.username].find(
			(value) => typeof value === 'string' && value,
		);
		const target = typeof named === 'string' ? server.getUser(named)?._id : undefined;
		if (target && target !== actingUserId) {
			return target;
		}
	}
	return undefined;
}

/**
 * The limiter's budgets, by endpoint: the server keys them by route + method and client address
 * (tools/refserver/rateLimit.ts), and every request of the app comes from one address, so its users share them.
 */
export function rateLimitBudgets(server: ReferenceServer): PageBudget[] {
	return server
		.rateLimitBudgets()
		.map((budget) => ({
			endpoint: endpointName(budget.rule),
			client: budget.client,
			limit: budget.limit,
			remaining: budget.remaining,
			resetAt: budget.resetAt,
		}))
		.sort((a, b) => a.endpoint.localeCompare(b.endpoint) || a.client.localeCompare(b.client));
}

/** `/api/v1/users.updateOwnBasicInfopost` → `POST users.updateOwnBasicInfo` */
function endpointName(rule: string): string {
	const match = /^\/api\/v1\/(.+?)(get|post|put|delete)$/.exec(rule);
	return match ? `${match[2].toUpperCase()} ${match[1]}` : rule;
}

function customFields(user: StoredUser): Array<{ name: string; value: string }> {
	return Object.entries(user.customFields ?? {}).map(([name, value]) => ({
		name: `custom: ${name}`,
		value: show(value),
	}));
}

function show(value: unknown): string {
	if (value === undefined || value === null || value === '') {
		return '—';
	}
	return typeof value === 'string' ? value : JSON.stringify(value);
}

function yesNo(value: boolean): string {
	return value ? 'yes' : 'no';
}
