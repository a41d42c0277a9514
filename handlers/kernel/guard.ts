import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { mayUseAdminCommand } from '../../lib/settings';
import type { Invocation } from './Invocation';
import { reply, replyNotLinked } from './replies';
import type { Credential } from './restClient';

/** The ways into the app: each one runs behind `guard`, so none can end in silence. */
export type EntryPoint =
	| 'slash command'
	| 'view submit'
	| 'block action'
	| 'action button'
	| 'view close'
	| 'queued job'
	| 'status restore';

/**
 * Runs an entry point so that a bug still ends in an answer: the error goes to the app's log at error level with
 * the entry point and the error's message only (never request data or what the user typed, so no secret), and
 * `answer` says something to the user or the client instead of nothing.
 */
export async function guard<T>(
	logger: ILogger,
	entry: EntryPoint,
	work: () => Promise<T>,
	answer: () => T | Promise<T>,
): Promise<T> {
	try {
		return await work();
	} catch (error) {
		logger.error(`unexpected failure in a ${entry}`, describeError(error));
		return answer();
	}
}

/**
 * What the log says about an error: its name and message, with every quoted part masked, since error texts quote
 * values (V8's JSON.parse quotes its input, a property read names the key); a thrown non-error is not printed.
 */
export function describeError(error: unknown): string {
	const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
	if (typeof message !== 'string') {
		return `a thrown ${typeof error}`;
	}
	const masked = message.replace(/(["'`“‘«])[\s\S]*?(["'`”’»])/g, '$1…$2');
	return `${typeof name === 'string' ? name : 'Error'}: ${masked}`.slice(0, 300);
}

/** The answer of a command or a queued job to a bug: a private "something went wrong" in its room. */
export async function tellUnexpected(
	inv: Invocation | undefined,
	room: IRoom | string | undefined,
): Promise<void> {
	if (inv && room) {
		await inv.notify(room, inv.t('error_unexpected')).catch(() => undefined);
	}
}

/**
 * What an interaction needs from its user, checked again every time it is used (a view submission, a button, a
 * queued job), never trusted from the command that started it: settings and roles change in between.
 * - `any`: nothing (the link modal);
 * - `linked`: a credential bound to the server the app calls now (handlers/kernel/credentials.ts);
 * - `admin`: a role that "Roles allowed to use /admin-user" admits now, and a credential as for `linked`.
 */
export type Requirement = 'any' | 'linked' | 'admin';

export type Admission =
	| { ok: true; credential: Credential | undefined }
	| {
			ok: false;
			reason: 'not-allowed' | 'not-linked';
			/** Tells the user why, in `room`. */
			tell(room: IRoom | string): Promise<void>;
	  };

/**
 * The /admin-user role gate as it stands now: the setting read in this invocation, the user's roles read through
 * the engine's user reader (not the copy a command or an interaction payload carried).
 */
export async function adminGate(inv: Invocation): Promise<{ allowed: boolean; roles: string[] }> {
	const [{ adminRoles }, current] = await Promise.all([inv.adminSettings(), inv.currentUser()]);
	return { allowed: mayUseAdminCommand(current?.roles ?? [], adminRoles), roles: adminRoles };
}

/** Checks `requires` now; the credential of a linked user comes with the admission. */
export async function admit(inv: Invocation, requires: Requirement): Promise<Admission> {
	if (requires === 'admin') {
		const gate = await adminGate(inv);
		if (!gate.allowed) {
			return {
				ok: false,
				reason: 'not-allowed',
				tell: (room) =>
					reply(inv, room, {
						key: 'admin_no_longer_allowed',
						params: { roles: gate.roles.join(', ') },
					}),
			};
		}
	}
	if (requires === 'any') {
		return { ok: true, credential: undefined };
	}
	const credential = await inv.credentials().get(inv.user.id);
	if (!credential) {
		return { ok: false, reason: 'not-linked', tell: (room) => replyNotLinked(inv, room) };
	}
	return { ok: true, credential };
}
