import { actionButtons, commandOfButton } from '../../lib/actionButtons';
import { ActionButton } from '../../lib/ids';

describe('actionButtons', () => {
	test('one action id per button (the engine keeps one button per id); "Manage user" for the given roles', () => {
		const buttons = actionButtons(['admin', 'user-manager']);
		expect(new Set(buttons.map((button) => button.actionId)).size).toBe(buttons.length);
		expect(buttons.find((button) => button.actionId === ActionButton.ManageUser)?.when).toEqual({
			hasOneRole: ['admin', 'user-manager'],
		});
		expect(
			buttons.filter((button) => button.actionId !== ActionButton.ManageUser).map((b) => b.when),
		).toEqual([undefined, undefined]);
	});
});

describe('commandOfButton', () => {
	test('"Edit my profile" from either place is /profile edit', () => {
		for (const id of [ActionButton.EditMyProfile, ActionButton.EditMyProfileFromUserMenu]) {
			expect(commandOfButton(id, 'someone')).toEqual({ command: 'profile', args: ['edit'] });
		}
	});

	test('"Manage user" is /admin-user edit <sender id>, and nothing without a message', () => {
		expect(commandOfButton(ActionButton.ManageUser, 'u1')).toEqual({
			command: 'admin-user',
			args: ['edit', 'u1'],
		});
		expect(commandOfButton(ActionButton.ManageUser, undefined)).toBeUndefined();
		expect(commandOfButton(ActionButton.ManageUser, '')).toBeUndefined();
	});

	test('any other id runs nothing', () => {
		for (const id of ['', 'MANAGE-USER', 'manage-user ', 'open-link-modal', 'edit']) {
			expect(commandOfButton(id, 'u1')).toBeUndefined();
		}
	});
});
