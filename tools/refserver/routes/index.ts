/** Every `/api/v1/<route>` the reference server answers, and the apps API (`/api/apps`, `/api/apps/:id`). */
import type { RouteDefinition } from '../route';
import {
	disableEmailTwoFactorRoute,
	enableEmailTwoFactorRoute,
	logoutOtherClientsRoute,
	removeOtherTokensRoute,
	resetAvatarRoute,
	sendConfirmationEmailRoute,
	setAvatarRoute,
	setPreferencesRoute,
} from './account';
import {
	resetE2EKeyRoute,
	resetTotpRoute,
	usersDeleteRoute,
	usersLogoutRoute,
} from './adminAccount';
import { appByIdRoute, appsRoute } from './apps';
import { checkUsernameAvailabilityRoute } from './checkUsernameAvailability';
import { customUserStatusListRoute } from './customUserStatus';
import { loginRoute } from './login';
import {
	generatePersonalAccessTokenRoute,
	getPersonalAccessTokensRoute,
	regeneratePersonalAccessTokenRoute,
	removePersonalAccessTokenRoute,
} from './personalAccessTokens';
import { permissionsListAllRoute } from './permissions';
import { rolesGetUsersInRoleRoute } from './roles';
import { sendEmailCodeRoute } from './sendEmailCode';
import { logoutRoute, meRoute } from './session';
import { setStatusRoute } from './setStatus';
import { updateOwnBasicInfoRoute } from './updateOwnBasicInfo';
import { usersInfoRoute } from './usersInfo';
import { usersListByStatusRoute } from './usersList';
import { usersCreateRoute } from './usersCreate';
import { sendInvitationEmailRoute } from './sendInvitationEmail';
import { usersUpdateRoute } from './usersUpdate';

export const ROUTES: RouteDefinition[] = [
	loginRoute,
	logoutRoute,
	meRoute,
	usersInfoRoute,
	usersListByStatusRoute,
	usersCreateRoute,
	sendInvitationEmailRoute,
	updateOwnBasicInfoRoute,
	usersUpdateRoute,
	setStatusRoute,
	customUserStatusListRoute,
	sendEmailCodeRoute,
	generatePersonalAccessTokenRoute,
	regeneratePersonalAccessTokenRoute,
	removePersonalAccessTokenRoute,
	getPersonalAccessTokensRoute,
	appsRoute,
	appByIdRoute,
	permissionsListAllRoute,
	rolesGetUsersInRoleRoute,
	checkUsernameAvailabilityRoute,
	setAvatarRoute,
	resetAvatarRoute,
	sendConfirmationEmailRoute,
	logoutOtherClientsRoute,
	removeOtherTokensRoute,
	setPreferencesRoute,
	enableEmailTwoFactorRoute,
	disableEmailTwoFactorRoute,
	usersDeleteRoute,
	resetTotpRoute,
	resetE2EKeyRoute,
	usersLogoutRoute,
];

export function findRoute(name: string): RouteDefinition | undefined {
	return ROUTES.find((route) => route.name === name);
}
