/**
 * `/admin-user delete|reset-2fa|logout <user>`: Rocket.Chat's admin actions on an account beyond users.update
 * (lib/adminAccount.ts; docs/server-rules.md#admin-account-actions). Every check that needs no write comes first:
 * oneself (by id too), the 2FA setting for a TOTP reset, the admin's permission, the last admin for a delete; then
 * the confirmation (destructive, like deactivating); then one request (handlers/admin/adminUpdate.ts), which asks
 * for the admin's own second factor in the one second-factor modal when the server wants it (both resets, always).
 */
import { ACCOUNT_ACTIONS, AccountAction, erasureTypeOf } from '../../lib/adminAccount';
import type { AdminRequest } from '../../lib/adminArgs';
import { planAccountAction } from '../../lib/adminPlan';
import { selfAccountAction } from '../../lib/lastAdmin';
import type { ProfileSnapshot } from '../../lib/profile';
import type { ConfirmItem } from '../../modals/AdminConfirmModal';
import type { Invocation } from '../kernel/Invocation';
import { reply } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { serverSetting } from '../kernel/settingsReader';
import { askConfirmation, needsConfirmation } from './adminConfirm';
import { refusedWithoutPermission } from './adminPermissions';
import type { AdminChange } from './adminUpdate';
import { refusedAsLastAdmin } from './lastAdmin';

type AccountRequest = Extract<AdminRequest, { kind: 'delete' | 'reset-2fa' | 'logout' }>;

interface ActionRun {
	inv: Invocation;
	roomId: string;
	triggerId: string | undefined;
	credential: Credential;
	confirmed: boolean;
}

function actionOf(request: AccountRequest): AccountAction {
	if (request.kind === 'reset-2fa') {
		return request.factor === 'e2e' ? 'reset-e2e' : 'reset-totp';
	}
	return request.kind;
}

/** The words a confirmation runs again: the user by id, so that the click acts on the user it named. */
function confirmedWords(request: AccountRequest, userId: string): string[] {
	switch (request.kind) {
		case 'delete':
			return ['delete', userId, ...(request.relinquish ? ['relinquish'] : [])];
		case 'reset-2fa':
			return ['reset-2fa', userId, request.factor];
		case 'logout':
			return ['logout', userId];
	}
}

async function confirmItem(
	inv: Invocation,
	request: AccountRequest,
	action: AccountAction,
	username: string,
): Promise<ConfirmItem> {
	if (request.kind === 'delete') {
		const erasure = erasureTypeOf(await serverSetting(inv.read, 'Message_ErasureType', 'Delete'));
		return { username, what: 'delete', relinquish: request.relinquish, erasure };
	}
	return { username, what: action as Exclude<AccountAction, 'delete'> };
}

/**
 * The change to send for an account action on the user read as `snapshot`, or undefined when it was refused or
 * now waits for the confirmation (the admin was told, nothing was sent).
 */
export async function prepareAccountAction(
	run: ActionRun,
	request: AccountRequest,
	snapshot: ProfileSnapshot,
	words: string[],
): Promise<AdminChange | undefined> {
	const { inv, roomId, credential } = run;
	if (snapshot.id === inv.user.id) {
		// Named by id or another spelling: the words alone did not show it was the admin.
		await reply(inv, roomId, selfAccountAction(request.kind));
		return undefined;
	}
	const action = actionOf(request);
	if (
		action === 'reset-totp' &&
		(await serverSetting<boolean>(inv.read, 'Accounts_TwoFactorAuthentication_Enabled', true)) ===
			false
	) {
		await reply(inv, roomId, { key: 'admin_totp_reset_off' });
		return undefined;
	}
	const { permission } = ACCOUNT_ACTIONS[action];
	if (
		await refusedWithoutPermission(
			inv,
			roomId,
			credential,
			permission,
			'admin_action_not_permitted',
		)
	) {
		return undefined;
	}
	const update = planAccountAction(
		snapshot,
		action,
		request.kind === 'delete' && request.relinquish,
	);
	if (
		action === 'delete' &&
		(await refusedAsLastAdmin(inv, roomId, credential, snapshot, update))
	) {
		return undefined;
	}
	if (await needsConfirmation(inv, run.confirmed)) {
		await askConfirmation(inv, roomId, run.triggerId, {
			words: confirmedWords(request, snapshot.id),
			items: [await confirmItem(inv, request, action, snapshot.username)],
		});
		return undefined;
	}
	return { kind: action, targetUsername: snapshot.username, update, replayWords: words };
}
