/**
 * Errors shaped like Meteor's, so the REST wrapper can map them exactly as Rocket.Chat does
 * (docs/server-rules.md#response-envelopes-and-error-mapping).
 * Every route throws through these helpers, never with ad-hoc objects.
 */
export class MeteorError extends Error {
	readonly error: string | number;

	readonly reason?: string;

	readonly details?: unknown;

	constructor(error: string | number, reason?: string, details?: unknown) {
		// Meteor formats the message as "<reason> [<error>]", or "[<error>]" without a reason.
		super(reason ? `${reason} [${error}]` : `[${error}]`);
		this.error = error;
		this.reason = reason;
		this.details = details;
	}
}

/** Meteor `Match.Error` from `check()`: has no `.error`, so REST failures carry no errorType. */
export class MatchError extends Error {
	constructor(reason: string) {
		super(`Match error: ${reason}`);
	}
}

export function isMeteorError(value: unknown): value is MeteorError {
	return value instanceof MeteorError;
}
