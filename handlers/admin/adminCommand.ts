import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';

import { ADMIN_FIELDS } from '../../lib/fields';
import type { AdminHandlers } from '../adminTypes';
import type { Invocation } from '../Invocation';
import { reply } from '../replies';
import { readFieldRules } from '../serverRules';

/** Whether the invoker holds a role from the app setting; checked before any request. */
export function mayUseAdminCommand(userRoles: string[], allowedRoles: string[]): boolean {
	return userRoles.some((role) => allowedRoles.includes(role));
}

export function adminFieldList(customFieldNames: string[]): string {
	const standard = ADMIN_FIELDS.map((field) =>
		field === 'statusText' ? 'text' : field === 'requirePasswordChange' ? 'require-password-change' : field,
	);
	return [...standard, ...customFieldNames].join(', ');
}

export async function runAdminCommand(inv: Invocation, room: IRoom, args: string[], _triggerId: string | undefined): Promise<void> {
	if (!mayUseAdminCommand(inv.user.roles ?? [], inv.config.adminRoles)) {
		await reply(inv, room, { key: 'admin_not_allowed', params: { roles: inv.config.adminRoles.join(', ') } });
		return;
	}
	const rules = await readFieldRules(inv);
	const fields = adminFieldList(Object.keys(rules.customFields));
	const [sub = 'help'] = args;
	if (sub.toLowerCase() === 'help') {
		await reply(inv, room, { key: 'help_admin', params: { fields } });
		return;
	}
	await reply(inv, room, { key: 'error_unknown_subcommand', params: { command: '/admin-user', sub } });
}

export const adminHandlers: AdminHandlers = {
	async submit(_inv, _record, _credential, _state, _viewId, responder) {
		return responder.successResponse();
	},
	async replayQueued() {
		return undefined;
	},
};
