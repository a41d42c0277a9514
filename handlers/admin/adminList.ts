/**
 * `/admin-user list …`: one private page of users from `users.listByStatus` (the list Administration → Users shows,
 * apps/meteor/app/api/server/v1/users.ts; docs/server-rules.md#get-apiv1userslistbystatus), each with its quick
 * actions, and "Previous"/"Next" buttons. Every click goes through the role gate again (handlers/kernel/guard.ts).
 */
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { ButtonElement, LayoutBlock } from '@rocket.chat/ui-kit';

import {
	decodeListPage,
	encodeListPage,
	listedUserOf,
	ListedUser,
	listRequestParams,
	pageWindow,
	UserListQuery,
} from '../../lib/adminList';
import { Action, Block } from '../../lib/ids';
import { actions, section } from '../../modals/blocks';
import { viewContext } from '../../modals/ViewContext';
import { admit } from '../kernel/guard';
import type { Invocation } from '../kernel/Invocation';
import { reply, replyFailure } from '../kernel/replies';
import type { Credential } from '../kernel/restClient';
import { ADMIN_CHECK } from './adminUpdate';

function filtersText(inv: Invocation, query: UserListQuery): string {
	const parts: string[] = [];
	if (query.search) {
		parts.push(inv.t('admin_list_filter_search', { search: query.search }));
	}
	if (query.role) {
		parts.push(inv.t('admin_list_filter_role', { role: query.role }));
	}
	if (query.status) {
		parts.push(
			inv.t(query.status === 'active' ? 'admin_list_filter_active' : 'admin_list_filter_inactive'),
		);
	}
	return parts.length ? ` (${parts.join('; ')})` : '';
}

function rowText(inv: Invocation, user: ListedUser): string {
	const empty = { text: inv.t('empty') };
	return inv.t('admin_list_row', {
		name: user.name || empty,
		username: `@${user.username}`,
		email: user.email || empty,
		roles: user.roles.join(', ') || empty,
		state: { text: inv.t(user.active ? 'admin_list_active' : 'admin_list_inactive') },
	});
}

/** One page: the request, then a message with a section and the quick actions of each user. */
export async function listUsers(
	inv: Invocation,
	room: IRoom | string,
	credential: Credential,
	query: UserListQuery,
	page: number,
): Promise<void> {
	const outcome = await inv
		.rest()
		.call<{ users?: unknown; total?: unknown }>('get', 'users.listByStatus', {
			credential,
			params: listRequestParams(query, page),
		});
	if (!outcome.ok) {
		await replyFailure(inv, room, outcome.failure, ADMIN_CHECK);
		return;
	}
	const raw = Array.isArray(outcome.body.users) ? outcome.body.users : [];
	const users = raw
		.filter((user): user is Record<string, unknown> => Boolean(user) && typeof user === 'object')
		.map(listedUserOf)
		.filter((user) => user.id);
	const total = typeof outcome.body.total === 'number' ? outcome.body.total : users.length;
	const filters = { text: filtersText(inv, query) };
	if (!users.length) {
		await reply(inv, room, {
			key: page > 0 ? 'admin_list_past_end' : 'admin_list_empty',
			params: { filters },
		});
		return;
	}
	const ui = viewContext(inv);
	const window = pageWindow(page, users.length, total);
	const title = inv.t('admin_list_title', {
		from: window.from,
		to: window.to,
		total,
		filters,
	});
	const blocks: LayoutBlock[] = [section(title)];
	const lines = [title];
	users.forEach((user, index) => {
		const text = rowText(inv, user);
		lines.push(text);
		blocks.push(section(text));
		const blockId = `${Block.AdminListRow}${index}`;
		blocks.push(
			actions(blockId, [
				ui.button(blockId, Action.AdminListEdit, inv.t('admin_list_edit'), user.id, 'secondary'),
				user.active
					? ui.button(
							blockId,
							Action.AdminListDeactivate,
							inv.t('admin_list_deactivate'),
							user.id,
							'danger',
					  )
					: ui.button(
							blockId,
							Action.AdminListActivate,
							inv.t('admin_list_activate'),
							user.id,
							'secondary',
					  ),
			]),
		);
	});
	const nav: ButtonElement[] = [];
	if (window.hasPrevious) {
		nav.push(
			ui.button(
				Block.AdminListNav,
				Action.AdminListPage,
				inv.t('admin_list_previous'),
				encodeListPage(query, page - 1),
				'secondary',
			),
		);
	}
	if (window.hasNext) {
		nav.push(
			ui.button(
				Block.AdminListNav,
				Action.AdminListPage,
				inv.t('admin_list_next'),
				encodeListPage(query, page + 1),
			),
		);
	}
	if (nav.length) {
		blocks.push(actions(Block.AdminListNav, nav));
	}
	await inv.notify(room, lines.join('\n'), blocks);
}

/**
 * "Previous"/"Next": the role gate and the link are checked now, and the button's state is read as typed words are
 * (lib/adminList.ts `decodeListPage`); a state the app could not have made is refused without a request.
 */
export async function turnListPage(
	inv: Invocation,
	room: IRoom,
	value: string | undefined,
): Promise<void> {
	const admission = await admit(inv, 'admin');
	if (!admission.ok) {
		await admission.tell(room);
		return;
	}
	const state = decodeListPage(value);
	if (!state || !admission.credential) {
		await reply(inv, room, { key: 'admin_list_usage' });
		return;
	}
	await listUsers(inv, room, admission.credential, state.query, state.page);
}
