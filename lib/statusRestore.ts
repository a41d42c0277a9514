/**
 * When a timed status ends, the status and text from before come back (lib/statusEnd.ts says when). The record
 * of what to restore is kept per user; these plain functions decide what it holds and whether the restore may
 * still write: a status the user changed meanwhile outside the app is left alone.
 */

/** A status and its text, as the engine's user reader has them. */
export interface StatusPair {
	status: string;
	statusText: string;
}

/** What is restored, for whom and when; `token` ties the record to its one scheduler job. */
export interface StatusRestore {
	userId: string;
	roomId: string;
	token: string;
	/** The status and text to bring back. */
	previous: StatusPair;
	/** What the app set: if the user's status is no longer this, they changed it and the restore stands down. */
	set: StatusPair;
	endsAt: string;
}

/** The reader's user, reduced to what is compared. */
export interface PresenceNow {
	status?: string;
	statusText?: string;
	/** `offline` when no client is connected: the status then reads offline whatever the user chose. */
	statusConnection?: string;
}

export function pairOf(user: PresenceNow): StatusPair {
	return { status: user.status ?? 'online', statusText: (user.statusText ?? '').trim() };
}

/**
 * Whether the user's status is still what the app set. A user with no client connected reads `offline`
 * (Rocket.Chat's presence: ee/packages/presence/src/lib/processConnectionStatus.ts, processPresenceAndStatus), so then
 * only the text is compared.
 */
export function stillAsSet(set: StatusPair, now: PresenceNow): boolean {
	const current = pairOf(now);
	if (current.statusText !== set.statusText.trim()) {
		return false;
	}
	const disconnected = now.statusConnection === 'offline' && current.status === 'offline';
	return disconnected || current.status === set.status;
}

/**
 * What a new timed status restores: when an earlier timed status is still in place, what was there before it
 * (the user gets back what they had before the app's timed statuses), else the status now.
 */
export function previousFor(existing: StatusRestore | undefined, now: PresenceNow): StatusPair {
	return existing && stillAsSet(existing.set, now) ? existing.previous : pairOf(now);
}
