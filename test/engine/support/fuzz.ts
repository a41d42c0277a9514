/**
 * Helpers for the fuzz, fault and load scenarios: a tap on the reference server's answers (to catch requests that
 * failed its validators), a cheap reset between batches, linking by id, and a checker that runs one command and
 * lists everything wrong with what came back.
 */
import { ServerResponse } from 'node:http';

import { parseProfileCommand } from '../../../lib/args';
import type { CustomFieldDefinitions } from '../../../lib/fields';
import { splitChanges } from '../../../lib/userBridge';
import { parseParameters } from '../../../tools/host';
import type { CapturedInteraction, CapturedMessage } from '../../../tools/host';
import type { Scenario } from './scenario';
import { drainQueue, PASSWORDS, ROOM } from './scenario';
import { SecretSweep } from './secrets';

// ------------------------------------------------------------------ invalid-params tap

export interface InvalidParamsAnswer {
	method: string;
	url: string;
	userId: string;
	body: string;
}

/**
 * The request log keeps requests, not answers; this records every `400 invalid-params` the reference server
 * writes (it runs in this process), i.e. every request the app built that failed the server's validators.
 */
export class ResponseTap {
	readonly invalid: InvalidParamsAnswer[] = [];
	private original?: ServerResponse['end'];

	install(): void {
		if (this.original) {
			return;
		}
		const original = ServerResponse.prototype.end;
		this.original = original;
		const invalid = this.invalid;
		const end = function (this: ServerResponse, ...args: unknown[]) {
			const chunk = args[0];
			if (this.statusCode === 400 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
				const body = chunk.toString();
				if (/"errorType":"(error-)?invalid-params"/.test(body)) {
					const req = (this as ServerResponse & { req?: import('node:http').IncomingMessage }).req;
					invalid.push({
						method: req?.method ?? '?',
						url: req?.url ?? '?',
						userId: String(req?.headers['x-user-id'] ?? ''),
						body,
					});
				}
			}
			return (original as (...a: unknown[]) => ServerResponse).apply(this, args);
		};
		ServerResponse.prototype.end = end as ServerResponse['end'];
	}

	uninstall(): void {
		if (this.original) {
			ServerResponse.prototype.end = this.original;
			this.original = undefined;
		}
	}
}

// ------------------------------------------------------------------ world

/** What `useScenario` does before each test, for a new batch inside one test. */
/**
 * The longest request timeout the app accepts. Fuzzing injects no fault, so a reply saying the server did not
 * answer is a bug; with the default 4 s a busy machine (the server shares this process) could cause one.
 */
export const GENEROUS_TIMEOUT_MS = 60_000;

export async function resetWorld(s: Scenario): Promise<void> {
	s.server.reset();
	// Production limits, as every scenario: what the budget cannot pay now is queued and must land later.
	s.server.setRateLimit('v7');
	await s.server.seedDefaults();
	await s.host.reset();
	await s.host.setAppSetting('request_timeout_ms', GENEROUS_TIMEOUT_MS);
}

export function idOf(s: Scenario, username: string): string {
	const user = s.server.getUser(username);
	if (!user) {
		throw new Error(`no user ${username} on the reference server`);
	}
	return user._id;
}

function lastNotification(s: Scenario, id: string): CapturedMessage | undefined {
	return s.host
		.messages(id)
		.filter((message) => message.delivery === 'notifyUser')
		.at(-1);
}

/** Links through the real modal with the user's password (users without a second factor at login). */
export async function linkByPassword(
	s: Scenario,
	username: string,
	password?: string,
): Promise<void> {
	const id = idOf(s, username);
	await s.host.runCommand(id, 'profile', 'login', ROOM);
	const view = s.host.openView(id);
	if (!view) {
		throw new Error(`no link modal for ${username}`);
	}
	await s.host.submitView(id, view.viewId, {
		password: { password: password ?? PASSWORDS[username] ?? `${username}-pass` },
	});
	if (!/linked/.test(lastNotification(s, id)?.text ?? '')) {
		throw new Error(`linking ${username} failed: ${lastNotification(s, id)?.text}`);
	}
}

/** Links through the real modal with a new personal access token (optionally one that bypasses 2FA). */
export async function linkByToken(
	s: Scenario,
	username: string,
	bypassTwoFactor = false,
): Promise<string> {
	const id = idOf(s, username);
	const token = s.server.createPersonalAccessToken(id, `fuzz-${username}`, bypassTwoFactor);
	s.secrets.add(token);
	await s.host.runCommand(id, 'profile', 'login', ROOM);
	const view = s.host.openView(id);
	if (!view) {
		throw new Error(`no link modal for ${username}`);
	}
	await s.host.submitView(id, view.viewId, { token: { token } });
	if (!/linked/.test(lastNotification(s, id)?.text ?? '')) {
		throw new Error(`linking ${username} failed: ${lastNotification(s, id)?.text}`);
	}
	return token;
}

/** Whether the app holds a credential for the user (the record only the credential store writes). */
export function hasCredential(s: Scenario, userId: string): boolean {
	const association = `profile-app:credential:${userId}`;
	return s.host.persistence
		.records()
		.some((record) => (record.associations ?? []).some((item) => item.id === association));
}

// ------------------------------------------------------------------ one command, checked

export interface CommandExpectation {
	/** Replies + opened modals, inclusive bounds. */
	min: number;
	max: number;
	/** The reply must match (when there is one). */
	text?: RegExp;
	/** No request may carry the actor's id. */
	noRequests?: boolean;
}

export interface CheckedCommand {
	actorId: string;
	command: 'profile' | 'admin-user';
	line: string;
	roomId: string;
	secrets: string[];
	expect: CommandExpectation;
	tap: ResponseTap;
	/** Everything typed in this batch: a reply may show a value an earlier line set. */
	typed?: string;
}

export interface CommandResult {
	violations: string[];
	replies: CapturedMessage[];
	modals: CapturedInteraction[];
}

const SUSPICIOUS = ['undefined', '[object Object]', 'NaN'];

/** Wording only a failing server (or network) should cause: wrong when no fault was injected. */
export const FAULT_WORDING =
	/could not reach the server|not Rocket\.Chat’s API|The server failed \(HTTP|did not answer within/;

/** Whether the secret appears as a whole word (as the secret sweep matches: `admin-pass` ≠ `admin-password`). */
export function containsSecret(text: string, secret: string): boolean {
	if (!text.includes(secret)) {
		return false;
	}
	const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(text);
}

/** Texts a reply must not contain: a raw JS value or an unfilled `{placeholder}` the user did not type. */
export function suspiciousText(text: string, typed: string): string | undefined {
	for (const word of SUSPICIOUS) {
		if (text.includes(word) && !typed.includes(word)) {
			return word;
		}
	}
	for (const [placeholder] of text.matchAll(/\{\w+\}/g)) {
		if (!typed.includes(placeholder)) {
			return placeholder;
		}
	}
	return undefined;
}

/** The suspicious words and `{placeholders}` in a text (to remember what a batch typed, cheaply). */
export function suspiciousTokens(text: string): string {
	const found = new Set<string>();
	for (const word of SUSPICIOUS) {
		if (text.includes(word)) {
			found.add(word);
		}
	}
	for (const [placeholder] of text.matchAll(/\{\w+\}/g)) {
		found.add(placeholder);
	}
	return [...found].join(' ');
}

/**
 * Runs `/<command> <line>` for the actor in the room and lists what is wrong: the number of private replies and
 * opened modals, replies to someone else or in another room, dropped interactions, engine errors, requests that
 * failed the server's validators, echoed secrets, suspicious texts.
 */
export async function runChecked(s: Scenario, check: CheckedCommand): Promise<CommandResult> {
	const { actorId, line, roomId } = check;
	const violations: string[] = [];
	const say = (problem: string) =>
		violations.push(`${problem} — /${check.command} ${JSON.stringify(line)}`);
	const messagesBefore = s.host.messages(actorId).length;
	const viewsBefore = s.host.views(actorId).length;
	const errorsBefore = s.host.errors().length;
	const invalidBefore = check.tap.invalid.length;
	const requestsBefore = s.server.requestLog.length;
	let triggerId: string | undefined;
	try {
		({ triggerId } = await s.host.runCommand(actorId, check.command, line, roomId));
	} catch (error) {
		say(`runCommand threw: ${error instanceof Error ? error.message : String(error)}`);
	}
	const replies = s.host.messages(actorId).slice(messagesBefore);
	const views = s.host.views(actorId).slice(viewsBefore);
	const modals = views.filter(
		(view) => view.type === 'modal.open' && !view.ignoredBecause && view.triggerId === triggerId,
	);
	for (const view of views) {
		if (view.ignoredBecause) {
			say(`the client dropped a ${view.type} (${view.ignoredBecause})`);
		} else if (view.type !== 'modal.open') {
			say(`unexpected ${view.type} after a command`);
		}
	}
	for (const reply of replies) {
		if (reply.delivery !== 'notifyUser' || reply.userId !== actorId) {
			say(`a ${reply.delivery} message reached the actor, not a private reply`);
		}
		if (reply.roomId !== roomId) {
			say(`reply in room ${reply.roomId}, command typed in ${roomId}`);
		}
		if (!reply.text?.trim()) {
			say('empty reply');
		}
		const odd = suspiciousText(reply.text ?? '', `${line}\n${check.typed ?? ''}`);
		if (odd) {
			say(`reply contains ${odd}: ${JSON.stringify(reply.text?.slice(0, 200))}`);
		}
		if (FAULT_WORDING.test(reply.text ?? '')) {
			say(`a server-failure message although the server is fine: ${JSON.stringify(reply.text)}`);
		}
		if (check.expect.text && !check.expect.text.test(reply.text ?? '')) {
			say(
				`reply does not match ${check.expect.text}: ${JSON.stringify(reply.text?.slice(0, 200))}`,
			);
		}
	}
	const total = replies.length + modals.length;
	if (total < check.expect.min || total > check.expect.max) {
		say(
			`${replies.length} replies + ${modals.length} modals (expected ${check.expect.min}..${
				check.expect.max
			}): ${JSON.stringify(replies.map((reply) => reply.text?.slice(0, 120)))}`,
		);
	}
	if (modals.length > 1) {
		say(`${modals.length} modals opened`);
	}
	const shown = JSON.stringify([replies.map((r) => [r.text, r.blocks]), modals.map((m) => m.view)]);
	for (const secret of check.secrets) {
		if (containsSecret(shown, secret)) {
			say(`a typed password was repeated back`);
		}
	}
	for (const error of s.host.errors().slice(errorsBefore)) {
		say(
			`engine error [${error.source}${error.method ? ` ${error.method}` : ''}]: ${error.message}`,
		);
	}
	for (const answer of check.tap.invalid.slice(invalidBefore)) {
		say(`400 invalid-params for ${answer.method} ${answer.url}: ${answer.body.slice(0, 200)}`);
	}
	if (check.expect.noRequests) {
		const own = s.server.requestLog
			.slice(requestsBefore)
			.filter((entry) => entry.headers['x-user-id'] === actorId);
		if (own.length) {
			say(`${own.length} request(s) made for a refused user`);
		}
	}
	return { violations, replies, modals };
}

/**
 * `/profile set` mixing fields the user bridge writes (status, status text, bio) with fields sent through REST
 * answers twice: the bridge receipt, then the REST part's own reply or modal. Anything else answers once.
 */
export function profileExpectation(
	line: string,
	customFields: CustomFieldDefinitions,
): CommandExpectation {
	const parsed = parseProfileCommand(parseParameters(line), customFields);
	if (parsed.ok && parsed.value.kind === 'set') {
		const { bridge, rest } = splitChanges(parsed.value.changes);
		if (bridge.length && rest.length) {
			return { min: 1, max: 2 };
		}
	}
	return { min: 1, max: 1 };
}

/** `/admin-user activate|deactivate a b c` reports each user: up to one reply per named user. */
export function adminExpectation(line: string): CommandExpectation {
	const [sub = '', ...rest] = parseParameters(line);
	if (['activate', 'deactivate'].includes(sub.toLowerCase())) {
		return { min: 1, max: Math.max(1, rest.length) };
	}
	return { min: 1, max: 1 };
}

/**
 * After a batch: the secret sweep over everything the app produced (with this batch's secrets), nothing said to
 * users who typed nothing, and posted messages only in the audit room.
 */
export function checkBatch(
	s: Scenario,
	secrets: string[],
	actorIds: string[],
	roomIds: string[],
	auditRoomId?: string,
): string[] {
	const violations: string[] = [];
	const sweep = new SecretSweep();
	for (const secret of [...secrets, ...Object.values(PASSWORDS)]) {
		sweep.add(secret);
	}
	try {
		sweep.assertNotLeaked(s.host, s.server);
	} catch (error) {
		violations.push(error instanceof Error ? error.message : String(error));
	}
	for (const username of ['alice', 'bea', 'tom', 'erin', 'sso', 'admin']) {
		const user = s.server.getUser(username);
		if (!user || actorIds.includes(user._id)) {
			continue;
		}
		const received = s.host.messages(user._id).filter((m) => m.delivery === 'notifyUser');
		if (received.length) {
			violations.push(`@${username} typed nothing but got ${received.length} private message(s)`);
		}
		if (s.host.views(user._id).length) {
			violations.push(`@${username} typed nothing but got a modal`);
		}
	}
	for (const roomId of new Set([ROOM, ...roomIds, ...(auditRoomId ? [auditRoomId] : [])])) {
		for (const message of s.host.roomMessages(roomId)) {
			if (message.delivery === 'posted' && roomId !== auditRoomId) {
				violations.push(`a message was posted in ${roomId}: ${message.text}`);
			}
			const text = JSON.stringify(message.message);
			for (const secret of secrets) {
				if (containsSecret(text, secret)) {
					violations.push(`a typed password reached room ${roomId}`);
				}
			}
		}
	}
	return violations;
}

/** Runs lines on several actors at once: each actor's lines in order, actors concurrently. */
export async function runStreams<T>(
	streams: Array<{ items: T[]; run: (item: T, index: number) => Promise<void> }>,
): Promise<void> {
	await Promise.all(
		streams.map(async (stream) => {
			for (const [index, item] of stream.items.entries()) {
				await stream.run(item, index);
			}
		}),
	);
}

/** A reply saying a change was queued for the server's rate limit (a new place, or replacing a queued change). */
export const QUEUED_WORDING = /queued, place \d+|replaces your queued change/;
/** What the queue job tells a user when their queued change's turn came. */
const LANDED_WORDING =
	/queued change was applied|queued change could not be applied|queued change was dropped|Nothing to change|[Nn]othing changed/;

/**
 * After a batch under production limits: the windows pass (the server's clock), the queue job applies what was
 * queued, and every actor told "queued" hears how it ended; nothing stays queued, no engine error, no failure
 * wording although the server is fine.
 */
export async function drainAndCheck(s: Scenario, actorIds: string[]): Promise<string[]> {
	const violations: string[] = [];
	const before = new Map(actorIds.map((id) => [id, s.host.messages(id).length]));
	const errorsBefore = s.host.errors().length;
	const queued = actorIds.filter((id) =>
		s.host.messages(id).some((message) => QUEUED_WORDING.test(message.text ?? '')),
	);
	try {
		await drainQueue(s);
	} catch (error) {
		violations.push(error instanceof Error ? error.message : String(error));
	}
	for (const id of actorIds) {
		const later = s.host.messages(id).slice(before.get(id));
		if (queued.includes(id) && !later.some((m) => LANDED_WORDING.test(m.text ?? ''))) {
			violations.push(
				`${id} had queued changes but heard nothing of them: ${JSON.stringify(
					later.map((m) => m.text?.slice(0, 120)),
				)}`,
			);
		}
		for (const message of later) {
			if (FAULT_WORDING.test(message.text ?? '')) {
				violations.push(`a queued change ended in a server-failure message: ${message.text}`);
			}
		}
	}
	const left = s.host.persistence
		.records()
		.filter((record) =>
			(record.associations ?? []).some((item) => item.id === 'profile-app:queue'),
		);
	if (left.length) {
		violations.push(`${left.length} change(s) still queued after the windows passed`);
	}
	for (const error of s.host.errors().slice(errorsBefore)) {
		violations.push(`engine error while the queue drained: ${error.message}`);
	}
	return violations;
}
