/** `POST /api/v1/users.setStatus` (docs/server-rules.md#post-apiv1userssetstatus): V7 Meteor `check` rules, VN AJV schema. */
import { assertInvisibleAllowed, setStatusText, VALID_STATUSES } from '../functions/status';
import { getUserFromParams, isUserFromParams } from '../functions/userFromParams';
import { MatchError, MeteorError } from '../meteorError';
import { forbidden, success, type RouteResult } from '../results';
import { callerOf, type RouteContext, type RouteDefinition } from '../route';
import { hasPermission } from '../state';
import type { StoredUser } from '../types';
import { touch } from '../users';

const isMaybeString = (value: unknown) =>
	value === undefined || value === null || typeof value === 'string';

/** `check(body, Match.OneOf({status?: Maybe(String), message: String}, {status: String, message?: Maybe(String)}))`. */
function checkV7Body(body: Record<string, unknown>): void {
	const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
	const messageForm = isObject && typeof body.message === 'string' && isMaybeString(body.status);
	const statusForm = isObject && typeof body.status === 'string' && isMaybeString(body.message);
	if (!messageForm && !statusForm) {
		throw new MatchError('Failed Match.OneOf, Match.Maybe or Match.Optional validation');
	}
}

function assertStatusChangeAllowed(context: RouteContext): void {
	if (context.state.settings.get('Accounts_AllowUserStatusMessageChange') !== true) {
		throw new MeteorError('error-not-allowed', 'Change status is not allowed', {
			method: 'users.setStatus',
		});
	}
}

function targetUser(context: RouteContext): StoredUser | undefined {
	const caller = callerOf(context);
	if (isUserFromParams(context.body, caller)) {
		return context.state.users.findById(caller._id);
	}
	if (hasPermission(context.state, caller, 'edit-other-user-info')) {
		return getUserFromParams(context.state, context.body);
	}
	return undefined;
}

function applyStatus(context: RouteContext, user: StoredUser, status: string): void {
	if (!VALID_STATUSES.includes(status)) {
		throw new MeteorError(
			'error-invalid-status',
			'Valid status types include online, away, offline, and busy.',
			{ method: 'users.setStatus' },
		);
	}
	assertInvisibleAllowed(context.state, status, 'users.setStatus');
	user.status = status;
	user.statusDefault = status;
	touch(user, context.state.clock.now());
}

/** VN `expiresAt`: must parse to a future date (message wording not verified). */
function applyExpiry(context: RouteContext, user: StoredUser, expiresAt: unknown): void {
	if (!expiresAt) {
		return;
	}
	const date = new Date(String(expiresAt));
	if (Number.isNaN(date.getTime()) || date.getTime() <= context.state.clock.now()) {
		throw new MeteorError(
			'error-invalid-date',
			'The "expiresAt" param must be a valid future date',
			{ method: 'users.setStatus' },
		);
	}
	user.statusExpiresAt = date;
}

async function setStatus(context: RouteContext): Promise<RouteResult> {
	const { body, state } = context;
	const vn = state.profile === 'vn';
	if (vn) {
		if (body.message) {
			assertStatusChangeAllowed(context);
		}
	} else {
		checkV7Body(body);
		// V7 refuses even status-only changes when status messages are locked.
		assertStatusChangeAllowed(context);
	}
	const user = targetUser(context);
	if (!user) {
		return forbidden();
	}
	if (vn) {
		applyExpiry(context, user, body.expiresAt);
	}
	if (typeof body.message === 'string') {
		setStatusText(state, user, body.message);
	}
	if (body.status) {
		applyStatus(context, user, String(body.status));
	}
	return success();
}

export const setStatusRoute: RouteDefinition = {
	name: 'users.setStatus',
	methods: ['POST'],
	authRequired: true,
	vnSchema: { source: 'body', validator: (validators) => validators.usersSetStatus },
	action: setStatus,
};
