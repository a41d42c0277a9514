/**
 * Bad input in modals (issue #6): generated submissions for every modal the app opens — link, own second factor,
 * own password, own edit, admin password, admin edit, admin second factor — with missing blocks, wrong types,
 * huge values, arrays where strings are expected, unknown blocks, and now and then the right values (so the happy
 * paths, which close the modal, are fuzzed too). Every answer must be an errors, update or success response
 * (never undefined, never the generic error of a crashed handler), errors must sit under a field the user can
 * see, the engine logs no error, the server's validators refuse nothing, replies go to the right user in the room
 * of the command, and nothing typed as a secret is repeated.
 *
 * Seeds are fixed (SEEDS.modals + the modal's index). Steps run in batches of 100 from a fresh state; when a
 * submission closes the modal, the command that opens it runs again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import fc from 'fast-check';

import type { IUIKitResponse } from '@rocket.chat/apps-engine/definition/uikit';

import {
	containsSecret,
	FAULT_WORDING,
	idOf,
	drainAndCheck,
	linkByPassword,
	linkByToken,
	ResponseTap,
	resetWorld,
	suspiciousText,
	suspiciousTokens,
} from './support/fuzz';
import {
	FUZZ_CUSTOM_FIELDS,
	ModalKindName,
	ModalStep,
	modalSteps,
	SEEDS,
} from './support/generators';
import { PASSWORDS, RATE_LIMIT_WINDOW_MS, ROOM, useScenario } from './support/scenario';

/** The answer when the shared rate-limit budget cannot pay a read now. */
const LIMITED = /limiting how often this can be done\. Try again in/;
import { SecretSweep } from './support/secrets';

const s = useScenario();
const tap = new ResponseTap();
before(() => tap.install());
after(() => tap.uninstall());

/** FUZZ_STEPS=… runs fewer steps per modal while working on the scenarios. */
const STEPS_PER_MODAL = Number(process.env.FUZZ_STEPS ?? 400);
const BATCH = 100;
const MAX_REPORTED = 40;

/** How each modal is reached, who fills it in, and what its view id starts with. */
interface ModalSetup {
	kind: ModalKindName;
	/** Users who take turns filling it in. */
	actors: string[];
	/** Links the actors and sets the server up (after the per-batch reset). */
	prepare(): Promise<void>;
	/** Runs the command that opens the modal; `n` makes each opening unique. */
	open(actor: string, n: number, roomId: string): Promise<void>;
}

const TOTP_ADMIN = { username: 'tina', password: 'tina-pass' };

async function seedTotpAdmin(): Promise<void> {
	await s.server.seedUser({
		username: TOTP_ADMIN.username,
		name: 'Tina Totp-Admin',
		password: TOTP_ADMIN.password,
		email: 'tina@example.com',
		roles: ['admin', 'user'],
		totp: true,
	});
	s.secrets.add(TOTP_ADMIN.password);
}

/** Admin kinds: the server forgets a second factor at once, so each change asks again. */
async function prepareAdmins(): Promise<void> {
	s.server.settings.set('Accounts_TwoFactorAuthentication_RememberFor', 0);
	s.server.settings.set('Accounts_CustomFields', JSON.stringify(FUZZ_CUSTOM_FIELDS));
	await seedTotpAdmin();
	await linkByPassword(s, 'admin');
	await linkByToken(s, TOTP_ADMIN.username);
}

/**
 * Ids of the cast, taken at the start of each batch: a submission may rename a user (edit forms), so users are
 * named by id afterwards.
 */
const ids: Record<string, string> = {};
const CAST = ['alice', 'bea', 'tom', 'erin', 'sso', 'admin', 'tina'];

function id(username: string): string {
	const found = ids[username];
	assert.ok(found, `no id for ${username}`);
	return found;
}

const run = (actor: string, command: 'profile' | 'admin-user', line: string, roomId: string) =>
	s.host.runCommand(id(actor), command, line, roomId).then(() => undefined);

const MODALS: ModalSetup[] = [
	{
		kind: 'link',
		actors: ['alice', 'tom', 'erin'],
		prepare: async () => undefined,
		open: async (actor, _n, roomId) => {
			await run(actor, 'profile', 'login', roomId);
			// Already linked: the app says so, and its "Link again" button opens the link modal.
			const said = s.host.messages(id(actor)).at(-1);
			if (!s.host.openView(id(actor)) && /already linked/.test(said?.text ?? '')) {
				await s.host.blockAction(id(actor), {
					actionId: 'open-link-modal',
					blockId: 'link',
					messageId: said?.id,
				});
			}
		},
	},
	{
		kind: 'own-2fa',
		actors: ['alice', 'tom', 'erin'],
		prepare: async () => {
			await linkByPassword(s, 'alice');
			await linkByToken(s, 'tom');
			await linkByToken(s, 'erin');
		},
		open: (actor, n, roomId) =>
			run(actor, 'profile', `set email ${actor}.${n}@fuzz.example`, roomId),
	},
	{
		kind: 'own-password',
		actors: ['alice', 'tom', 'erin'],
		prepare: async () => {
			await linkByPassword(s, 'alice');
			await linkByToken(s, 'tom');
			await linkByToken(s, 'erin');
		},
		open: (actor, _n, roomId) => run(actor, 'profile', 'password', roomId),
	},
	{
		kind: 'own-edit',
		actors: ['bea', 'alice', 'tom'],
		prepare: async () => {
			s.server.settings.set('Accounts_CustomFields', JSON.stringify(FUZZ_CUSTOM_FIELDS));
			await linkByToken(s, 'bea');
			await linkByPassword(s, 'alice');
			await linkByToken(s, 'tom');
		},
		open: (actor, _n, roomId) => run(actor, 'profile', 'edit', roomId),
	},
	{
		kind: 'admin-password',
		actors: ['admin', TOTP_ADMIN.username],
		prepare: prepareAdmins,
		// The password form follows one click on the confirmation that names the user.
		open: async (actor, _n, roomId) => {
			await run(actor, 'admin-user', `password ${id(actor === 'admin' ? 'bea' : 'alice')}`, roomId);
			const confirmation = s.host.openView(id(actor));
			if (confirmation && /admin-confirm/.test(confirmation.viewId)) {
				await s.host.submitView(id(actor), confirmation.viewId, {});
			}
		},
	},
	{
		kind: 'admin-edit',
		actors: ['admin', TOTP_ADMIN.username],
		prepare: prepareAdmins,
		open: (actor, _n, roomId) =>
			run(actor, 'admin-user', `edit ${id(actor === 'admin' ? 'bea' : 'alice')}`, roomId),
	},
	{
		kind: 'admin-2fa',
		actors: ['admin', TOTP_ADMIN.username],
		prepare: prepareAdmins,
		open: (actor, n, roomId) =>
			run(
				actor,
				'admin-user',
				`set ${id(actor === 'admin' ? 'bea' : 'alice')} nickname=fuzz-${n}`,
				roomId,
			),
	},
];

/** The view ids of each kind: `profile-app--<kind>--<nonce>`. */
function isKind(viewId: string, kind: ModalKindName): boolean {
	return viewId.startsWith(`profile-app--${kind}--`);
}

/** Input block ids of a view (where an error can be shown). */
function inputIds(view: { blocks?: unknown[] } | undefined): string[] {
	return (view?.blocks ?? [])
		.filter((block) => (block as { type?: string }).type === 'input')
		.map((block) => String((block as { blockId?: string }).blockId));
}

/** Initial values of a view's inputs, as the client would send them untouched. */
function prefilled(
	view: { blocks?: unknown[] } | undefined,
): Record<string, Record<string, unknown>> {
	const state: Record<string, Record<string, unknown>> = {};
	for (const block of view?.blocks ?? []) {
		const input = block as {
			type?: string;
			blockId?: string;
			element?: { actionId?: string; initialValue?: unknown };
		};
		if (input.type === 'input' && input.blockId && input.element?.actionId) {
			state[input.blockId] = { [input.element.actionId]: input.element.initialValue ?? '' };
		}
	}
	return state;
}

/** Whether an answer is one the client understands: success, update, or errors under fields. */
function describeResponse(response: IUIKitResponse | undefined): string | undefined {
	if (!response) {
		return 'undefined response';
	}
	const { success, type } = response as { success?: boolean; type?: string };
	if (
		success === true &&
		(type === undefined || type === 'modal.update' || type === 'modal.open')
	) {
		return undefined;
	}
	if (success === false && type === 'errors') {
		const errors = (response as { errors?: Record<string, unknown> }).errors ?? {};
		const values = Object.values(errors);
		if (!values.length || values.some((value) => typeof value !== 'string' || !value.trim())) {
			return `errors response without readable errors: ${JSON.stringify(errors)}`;
		}
		return undefined;
	}
	return `not an errors/update/success response: ${JSON.stringify(response).slice(0, 200)}`;
}

test(`modals: ${STEPS_PER_MODAL} generated steps for each of the ${MODALS.length} modals (seed ${SEEDS.modals}+i)`, async (t) => {
	const violations: string[] = [];
	for (const [modalIndex, modal] of MODALS.entries()) {
		const steps = fc.sample(modalSteps(modal.kind), {
			seed: SEEDS.modals + modalIndex,
			numRuns: STEPS_PER_MODAL,
		});
		const counts = {
			submits: 0,
			actions: 0,
			opened: 0,
			closed: 0,
			errors: 0,
			updates: 0,
		};
		let counter = 0;
		for (let start = 0; start < steps.length; start += BATCH) {
			const batch = steps.slice(start, start + BATCH);
			await resetWorld(s);
			await modal.prepare();
			for (const username of CAST) {
				const user = s.server.getUser(username);
				if (user) {
					ids[username] = user._id;
				}
			}
			const rooms = [ROOM, s.host.createRoom({ name: 'fuzz-modal' }).id];
			const passwords: Record<string, string> = {
				...PASSWORDS,
				[TOTP_ADMIN.username]: TOTP_ADMIN.password,
			};
			const openedIn: Record<string, string> = {};
			/** Suspicious words typed so far in this batch: a reply may show a value an earlier step set. */
			let typedSoFar = '';
			const batchSecrets = new Set<string>(Object.values(passwords));
			const say = (step: number, problem: string, detail: unknown) =>
				violations.push(
					`[${modal.kind} #${start + step}] ${problem} — ${JSON.stringify(detail)?.slice(0, 300)}`,
				);

			/** Turns the placeholders of a generated state into values for this actor, now. */
			const resolve = (actor: string, raw: unknown, view: { blocks?: unknown[] }): unknown => {
				const secret = (value: string) => {
					batchSecrets.add(value);
					s.secrets.add(value);
					return value;
				};
				const code = (): string => {
					// The method the app picks (lib/twoFactor.ts): TOTP, else e-mail with a verified address, else password.
					const user = s.server.getUser(id(actor));
					if (user?.services.totp?.enabled) {
						return secret(s.server.totpCode(id(actor)));
					}
					if (user?.services.email2fa?.enabled && user.emails?.some((email) => email.verified)) {
						return secret(s.server.lastEmailCode(id(actor)) ?? '000000');
					}
					return passwords[actor];
				};
				let newPassword = '';
				const replace = (value: unknown): unknown => {
					if (typeof value === 'string') {
						switch (value) {
							case '%password%':
								return passwords[actor];
							case '%code%':
								return code();
							case '%token%':
								return secret(s.server.createPersonalAccessToken(id(actor), `fuzz-${counter++}`));
							case '%other-token%':
								return secret(s.server.createPersonalAccessToken(id('sso'), `fuzz-${counter++}`));
							case '%new-password%':
								newPassword = secret(`Fz-${counter++}-New-Passw0rd!`);
								return newPassword;
							case '%same%':
								return newPassword;
							case '%new-email%':
								return `${actor}.edit${counter++}@fuzz.example`;
						}
						if (/^Sx[A-Za-z0-9]{8,12}$/.test(value)) {
							return secret(value);
						}
						return value;
					}
					if (Array.isArray(value)) {
						return value.map(replace);
					}
					if (value && typeof value === 'object') {
						return Object.fromEntries(
							Object.entries(value).map(([key, inner]) => [key, replace(inner)]),
						);
					}
					return value;
				};
				// new-password before confirm-password, so `%same%` finds it.
				let state = replace(raw);
				if (state && typeof state === 'object' && '%prefill%' in state) {
					const { '%prefill%': _prefill, ...chosen } = state as Record<string, unknown>;
					state = { ...prefilled(view), ...chosen };
				}
				return state;
			};

			for (const [position, step] of batch.entries()) {
				const actor = modal.actors[position % modal.actors.length];
				const actorId = id(actor);
				let open = s.host.openView(actorId);
				if (!open || !isKind(open.viewId, modal.kind)) {
					const roomId = rooms[(start + position) % rooms.length];
					await modal.open(actor, start + position, roomId);
					if (LIMITED.test(s.host.messages(actorId).at(-1)?.text ?? '')) {
						// Production limits: the read that opens the modal waits for the next window.
						s.server.clock.advance(RATE_LIMIT_WINDOW_MS);
						await s.host.runDueJobs();
						await modal.open(actor, start + position, roomId);
					}
					openedIn[actor] = roomId;
					counts.opened++;
					open = s.host.openView(actorId);
					if (!open || !isKind(open.viewId, modal.kind)) {
						const last = s.host.messages(actorId).at(-1)?.text;
						say(position, 'the command did not open the modal', last);
						continue;
					}
				}
				const messagesBefore = s.host.messages(actorId).length;
				const errorsBefore = s.host.errors().length;
				const invalidBefore = tap.invalid.length;
				let response: IUIKitResponse | undefined;
				let input: unknown;
				try {
					if (step.type === 'submit') {
						counts.submits++;
						input = resolve(actor, step.state, open.view);
						response = await s.host.submitView(actorId, open.viewId, input as never);
					} else {
						counts.actions++;
						input = {
							...step,
							value: step.value === '%nonce%' ? open.viewId.split('--')[2] : step.value,
						};
						response = await s.host.blockAction(actorId, {
							actionId: (input as ModalStep & { type: 'action' }).actionId,
							blockId: (input as ModalStep & { type: 'action' }).blockId,
							value: (input as ModalStep & { type: 'action' }).value,
							viewId: open.viewId,
						});
					}
				} catch (error) {
					say(
						position,
						`the host threw: ${error instanceof Error ? error.message : String(error)}`,
						input,
					);
					continue;
				}
				typedSoFar += ` ${suspiciousTokens(JSON.stringify(input) ?? '')}`;
				const problem = describeResponse(response);
				if (problem) {
					say(position, problem, input);
				}
				const type = (response as { type?: string } | undefined)?.type;
				const replies = s.host.messages(actorId).slice(messagesBefore);
				const said = [
					...replies.map((reply) => reply.text ?? ''),
					...Object.values(
						(response as { errors?: Record<string, string> } | undefined)?.errors ?? {},
					),
				];
				const failureWording = said.find((text) => FAULT_WORDING.test(text));
				if (failureWording) {
					say(
						position,
						`a server-failure message although the server is fine: ${failureWording}`,
						input,
					);
				}
				if (type === 'errors') {
					counts.errors++;
					const errors = Object.keys((response as { errors?: object }).errors ?? {});
					const visible = new Set([
						...inputIds(open.view),
						...(input && typeof input === 'object' ? Object.keys(input) : []),
					]);
					const hidden = errors.filter((id) => !visible.has(id));
					if (hidden.length) {
						say(
							position,
							`error under a field that is not in the modal (${hidden.join(', ')})`,
							input,
						);
					}
				} else if (type === 'modal.update') {
					counts.updates++;
				} else if (!s.host.openView(actorId)) {
					counts.closed++;
				}
				for (const reply of replies) {
					if (reply.delivery !== 'notifyUser' || reply.userId !== actorId) {
						say(position, `a ${reply.delivery} message instead of a private reply`, reply.text);
					}
					if (reply.roomId !== openedIn[actor] && step.type === 'submit') {
						say(
							position,
							`reply in ${reply.roomId}, the modal was opened in ${openedIn[actor]}`,
							reply.text,
						);
					}
					const odd = suspiciousText(
						reply.text ?? '',
						`${JSON.stringify(input) ?? ''} ${typedSoFar}`,
					);
					if (odd) {
						say(position, `reply contains ${odd}`, reply.text);
					}
					if (/password was changed/.test(reply.text ?? '') && modal.kind === 'own-password') {
						const typed = (input as Record<string, Record<string, unknown>>)['new-password']?.[
							'new-password'
						];
						if (typeof typed === 'string') {
							passwords[actor] = typed;
							batchSecrets.add(typed);
							s.secrets.add(typed);
						}
					}
				}
				if (replies.length > 2) {
					say(
						position,
						`${replies.length} replies to one submission`,
						replies.map((r) => r.text),
					);
				}
				for (const error of s.host.errors().slice(errorsBefore)) {
					say(
						position,
						`engine error [${error.source} ${error.method ?? ''}]: ${error.message}`,
						input,
					);
				}
				for (const answer of tap.invalid.slice(invalidBefore)) {
					say(position, `400 invalid-params for ${answer.method} ${answer.url}`, answer.body);
				}
				const shown = JSON.stringify([replies.map((r) => r.text), response]);
				for (const secret of batchSecrets) {
					if (secret.length >= 6 && containsSecret(shown, secret)) {
						say(position, `a secret (${secret.slice(0, 3)}…) was repeated back`, input);
					}
				}
			}
			for (const problem of await drainAndCheck(
				s,
				modal.actors.map((actor) => id(actor)),
			)) {
				violations.push(`[${modal.kind}, batch ${start / BATCH}] ${problem}`);
			}
			const sweep = new SecretSweep();
			for (const secret of batchSecrets) {
				sweep.add(secret);
			}
			try {
				sweep.assertNotLeaked(s.host, s.server);
			} catch (error) {
				violations.push(
					`[${modal.kind}, batch ${start / BATCH}] ${
						error instanceof Error ? error.message : error
					}`,
				);
			}
		}
		t.diagnostic(
			`${modal.kind}: ${counts.submits} submissions, ${counts.actions} button presses, ${counts.opened} openings, ` +
				`${counts.errors} errors / ${counts.updates} updates / ${counts.closed} closed`,
		);
	}
	assert.equal(
		violations.length,
		0,
		`${violations.length} problem(s):\n${violations.slice(0, MAX_REPORTED).join('\n')}`,
	);
});

/**
 * Reproductions of the one class of bug the modal fuzz found (counted above as "the known header bug"): what the
 * user types as a TOTP code, or pastes as a token, goes unchecked into an HTTP header (X-2fa-Code,
 * X-Auth-Token). A character a header cannot carry makes the request fail before it is sent; a huge value makes
 * the server answer 431 with HTML. Either way the user reads that the server is unreachable or not Rocket.Chat
 * (and is sent to an admin to check the Server URL setting), instead of "that code / token is not valid".
 */
describe('a code or token an HTTP header cannot carry', () => {
	async function secondFactorAnswer(code: string) {
		await linkByToken(s, 'tom');
		const tom = idOf(s, 'tom');
		await s.host.runCommand(tom, 'profile', 'set email tom@header.example', ROOM);
		const view = s.host.openView(tom);
		assert.ok(view);
		return s.host.submitView(tom, view.viewId, { code: { code } });
	}

	async function tokenAnswer(token: string) {
		const sso = idOf(s, 'sso');
		await s.host.runCommand(sso, 'profile', 'login', ROOM);
		const view = s.host.openView(sso);
		assert.ok(view);
		return s.host.submitView(sso, view.viewId, { token: { token } });
	}

	function errorText(response: IUIKitResponse | undefined, field: string): string {
		return (response as { errors?: Record<string, string> } | undefined)?.errors?.[field] ?? '';
	}

	const codes: Array<[string, string]> = [
		['a CJK character', '12345中'],
		['an emoji', '🚀12345'],
		['a control character', '123\u0001456'],
		['40,000 digits', '1'.repeat(40_000)],
	];
	for (const [label, code] of codes) {
		test(`TOTP code with ${label}: “not a valid code”, not a server failure`, async () => {
			const response = await secondFactorAnswer(code);
			const said = [
				errorText(response, 'code'),
				...s.host.messages(idOf(s, 'tom')).map((m) => m.text ?? ''),
			];
			assert.ok(!said.some((text) => FAULT_WORDING.test(text)), JSON.stringify(said));
			assert.match(errorText(response, 'code'), /not valid/);
		});
	}

	const tokens: Array<[string, string]> = [
		['an emoji', `🚀${'a'.repeat(42)}`],
		['a line break', `${'a'.repeat(20)}\n${'b'.repeat(20)}`],
		['40,000 characters', 'a'.repeat(40_000)],
	];
	for (const [label, token] of tokens) {
		test(`pasted token with ${label}: “the server does not accept this token”`, async () => {
			const response = await tokenAnswer(token);
			const text = errorText(response, 'token');
			assert.doesNotMatch(text, FAULT_WORDING);
			assert.match(text, /does not accept this token/);
		});
	}
});
