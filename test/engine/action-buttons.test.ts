/**
 * The app's action buttons (Apps-Engine `configuration.ui.registerButton`) inside the real engine: what it
 * registers, whom the web client shows them to (their `when` filters), and what a click does: "Edit my profile"
 * (composer actions menu, user dropdown) opens the form of `/profile edit`, "Manage user" (a message's actions)
 * the form of `/admin-user edit <sender>`. Forged clicks are in attacks.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { REPO_ROOT } from '../../tools/host/appPackage';
import {
	lastText,
	linkWithPassword,
	messages,
	openView,
	ROOM,
	useScenario,
	userId,
} from './support/scenario';

const s = useScenario();

const LANGUAGES = ['en', 'pt-BR', 'de', 'es'];

function blocksOf(view: { view: { blocks: unknown[] } }): string {
	return JSON.stringify(view.view.blocks);
}

describe('registered buttons', () => {
	test('three buttons, in the composer menu, the user dropdown and the message menu; "Manage user" only for the admin roles', async () => {
		const buttons = await s.host.actionButtons();
		const summary = buttons
			.map(({ actionId, context, labelI18n, when }) => ({ actionId, context, labelI18n, when }))
			.sort((a, b) => a.actionId.localeCompare(b.actionId));
		assert.deepEqual(summary, [
			{
				actionId: 'edit-my-profile',
				context: 'messageBoxAction',
				labelI18n: 'action_button_edit_my_profile',
				when: undefined,
			},
			{
				actionId: 'edit-my-profile-user-menu',
				context: 'userDropdownAction',
				labelI18n: 'action_button_edit_my_profile',
				when: undefined,
			},
			{
				actionId: 'manage-user',
				context: 'messageAction',
				labelI18n: 'action_button_manage_user',
				when: { hasOneRole: ['admin'] },
			},
		]);
		// The client translates the labels with the app's i18n files, in the user's language.
		for (const language of LANGUAGES) {
			const strings = JSON.parse(
				readFileSync(join(REPO_ROOT, 'i18n', `${language}.json`), 'utf8'),
			) as Record<string, string>;
			for (const { labelI18n } of buttons) {
				assert.ok(strings[labelI18n]?.trim(), `${language}: ${labelI18n}`);
			}
		}
	});

	test('the web client shows "Edit my profile" to everyone and "Manage user" to admins only', async () => {
		const ids = async (user: string, context: Parameters<typeof s.host.visibleActionButtons>[1]) =>
			(
				await s.host.visibleActionButtons(
					user,
					context,
					context === 'userDropdownAction' ? undefined : ROOM,
				)
			).map((button) => button.actionId);
		assert.deepEqual(await ids('alice', 'messageBoxAction'), ['edit-my-profile']);
		assert.deepEqual(await ids('alice', 'userDropdownAction'), ['edit-my-profile-user-menu']);
		assert.deepEqual(await ids('alice', 'messageAction'), []);
		assert.deepEqual(await ids('admin', 'messageAction'), ['manage-user']);
		assert.deepEqual(await ids('admin', 'messageBoxAction'), ['edit-my-profile']);
	});
});

describe('"Edit my profile"', () => {
	test('in the composer menu: the same form as /profile edit, and its submission changes the profile', async () => {
		await linkWithPassword(s, 'alice');
		await s.host.runCommand('alice', 'profile', 'edit', ROOM);
		const typed = openView(s, 'alice');
		await s.host.closeView('alice', typed.viewId);

		await s.host.actionButton('alice', {
			actionId: 'edit-my-profile',
			context: 'messageBoxAction',
			room: ROOM,
			text: 'half a message',
		});
		const clicked = openView(s, 'alice');
		assert.match(clicked.viewId, /--own-edit--/);
		assert.notEqual(clicked.viewId, typed.viewId);
		const nonce = (view: { viewId: string }) => view.viewId.split('--')[2];
		assert.equal(blocksOf(clicked), blocksOf(typed).split(nonce(typed)).join(nonce(clicked)));

		await s.host.submitView('alice', clicked.viewId, { nickname: { nickname: 'Ally' } });
		assert.equal(s.server.getUser('alice')?.nickname, 'Ally');
		const reply = messages(s, 'alice').at(-1);
		assert.equal(reply?.roomId, ROOM);
		assert.match(reply?.text ?? '', /Ally/);
	});

	test('unlinked: the reply of /profile edit, in the room, and the click is kept for after the link', async () => {
		await s.host.actionButton('alice', {
			actionId: 'edit-my-profile',
			context: 'messageBoxAction',
			room: ROOM,
		});
		assert.equal(s.host.openView(userId(s, 'alice')), undefined);
		const reply = messages(s, 'alice').at(-1);
		assert.equal(reply?.roomId, ROOM);
		assert.match(reply?.text ?? '', /not linked/);
		assert.match(reply?.text ?? '', /I will run `\/profile edit` for you/);
		assert.equal(s.server.requestLog.length, 0);
	});

	test("in the user dropdown (no room): the form opens; answers go to the app's direct conversation, started once", async () => {
		await linkWithPassword(s, 'alice');
		const before = messages(s, 'alice').length;
		await s.host.actionButton('alice', {
			actionId: 'edit-my-profile-user-menu',
			context: 'userDropdownAction',
		});
		const view = openView(s, 'alice');
		assert.match(view.viewId, /--own-edit--/);
		await s.host.submitView('alice', view.viewId, { nickname: { nickname: 'Menu Ally' } });
		assert.equal(s.server.getUser('alice')?.nickname, 'Menu Ally');
		const reply = messages(s, 'alice').at(-1);
		assert.equal(messages(s, 'alice').length, before + 1);
		assert.notEqual(reply?.roomId, ROOM);
		const direct = s.host.room(reply?.roomId ?? '');
		assert.equal(direct?.type, 'd');
		const botId = s.host.appUser()?.id ?? '';
		assert.deepEqual([...(direct?.userIds ?? [])].sort(), [botId, userId(s, 'alice')].sort());

		// Unlinked, the reply goes to the same conversation: it is found, not started again.
		await s.host.runCommand('alice', 'profile', 'logout', ROOM);
		await s.host.actionButton('alice', {
			actionId: 'edit-my-profile-user-menu',
			context: 'userDropdownAction',
		});
		const notLinked = messages(s, 'alice').at(-1);
		assert.equal(notLinked?.roomId, direct?.id);
		assert.match(notLinked?.text ?? '', /not linked/);
		const started = s.host.bridgeCalls({ bridge: 'RoomBridge', method: 'create' });
		assert.equal(started.length, 1);
	});
});

describe('"Manage user"', () => {
	test("an admin's click on a message opens the admin form for its sender, as /admin-user edit would", async () => {
		await linkWithPassword(s, 'admin');
		const posted = s.host.postMessage('bea', 'hello from bea', ROOM);
		await s.host.actionButton('admin', {
			actionId: 'manage-user',
			context: 'messageAction',
			messageId: posted,
		});
		const view = openView(s, 'admin');
		assert.match(view.viewId, /--admin-edit--/);
		assert.match(blocksOf(view), /I build rockets/);
		await s.host.submitView('admin', view.viewId, { name: { name: 'Bea From Menu' } });
		// The server wants the admin's second factor: the same step as the typed command.
		await s.host.submitView('admin', view.viewId, { code: { code: 'admin-pass' } });
		assert.equal(s.server.getUser('bea')?.name, 'Bea From Menu');
		assert.match(lastText(s, 'admin'), /Updated @bea:/);
	});

	test('on a message the server does not store (an ephemeral reply): nothing runs, nothing is sent', async () => {
		await linkWithPassword(s, 'admin');
		const ephemeral = messages(s, 'admin').at(-1);
		const before = s.server.requestLog.length;
		const said = messages(s, 'admin').length;
		await s.host.actionButton('admin', {
			actionId: 'manage-user',
			context: 'messageAction',
			messageId: ephemeral?.id,
		});
		assert.equal(s.server.requestLog.length, before);
		assert.equal(messages(s, 'admin').length, said);
		assert.equal(s.host.openView(userId(s, 'admin')), undefined);
	});

	test('for an admin who is not linked: the reply of /admin-user edit, kept for after the link', async () => {
		const posted = s.host.postMessage('bea', 'hello', ROOM);
		await s.host.actionButton('admin', {
			actionId: 'manage-user',
			context: 'messageAction',
			messageId: posted,
		});
		assert.match(lastText(s, 'admin'), /not linked/);
		assert.match(lastText(s, 'admin'), /`\/admin-user edit /);
		assert.equal(s.server.requestLog.length, 0);
	});
});
