import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUIActionButton } from '@rocket.chat/apps-engine/definition/ui';

/** Who looks at the buttons: their roles, and which permissions those roles hold on the server. */
export interface ButtonViewer {
	roles: string[];
	hasPermission(permission: string): boolean;
}

/**
 * The web client's `when` filters (apps/meteor/app/ui-message/client/actionButtons/lib/applyButtonFilters.ts):
 * `hasOneRole`/`hasAllRoles` against the user's roles, `hasOnePermission`/`hasAllPermissions` against their
 * permissions, `roomTypes` against the room when there is one. The host knows no subscription (room-scoped)
 * roles, which Rocket.Chat adds for a button in a room; the user dropdown ignores them anyway.
 */
export function showsButton(button: IUIActionButton, viewer: ButtonViewer, room?: IRoom): boolean {
	const when = button.when ?? {};
	const holds = (role: string) => viewer.roles.includes(role);
	const auth =
		(!when.hasAllPermissions || when.hasAllPermissions.every((p) => viewer.hasPermission(p))) &&
		(!when.hasOnePermission || when.hasOnePermission.some((p) => viewer.hasPermission(p))) &&
		(!when.hasAllRoles || when.hasAllRoles.every(holds)) &&
		(!when.hasOneRole || when.hasOneRole.some(holds));
	return auth && (!room || !when.roomTypes || when.roomTypes.some((type) => roomIs(type, room)));
}

/** `RoomTypeFilter` as Rocket.Chat's client tells room types apart (its `enumToFilter`). */
function roomIs(filter: string, room: IRoom): boolean {
	const { type } = room as { type: string };
	const discussion = Boolean((room as { parentRoom?: unknown }).parentRoom);
	const team = Boolean((room as { teamMain?: boolean }).teamMain);
	switch (filter) {
		case 'public_channel':
			return type === 'c';
		case 'private_channel':
			return type === 'p';
		case 'public_team':
			return team && type === 'c';
		case 'private_team':
			return team && type === 'p';
		case 'public_discussion':
			return discussion && type === 'c';
		case 'private_discussion':
			return discussion && type === 'p';
		case 'direct':
			return type === 'd';
		case 'direct_multiple':
			return type === 'd' && (room.userIds?.length ?? 0) > 2;
		case 'livechat':
			return type === 'l';
		default:
			return false;
	}
}
