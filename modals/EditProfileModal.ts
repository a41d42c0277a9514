import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { Blocks, button, option, plain, selectInput, textInput } from '../lib/blocks';
import { LIMITS, STATUS_VALUES } from '../lib/fields';
import { Input, viewId, ViewKind } from '../lib/ids';
import type { ProfileSnapshot } from '../lib/profile';
import type { ViewContext } from './ViewContext';

/** The inputs both edit forms share: every editable text field, prefilled. */
export function profileFieldBlocks(
	ui: ViewContext,
	snapshot: ProfileSnapshot,
	customFieldNames: string[],
): Blocks {
	const blocks: Blocks = [
		textInput(ui.appId, Input.Name, {
			label: ui.t('field_name'),
			initialValue: snapshot.name,
			optional: true,
		}),
		textInput(ui.appId, Input.Username, {
			label: ui.t('field_username'),
			initialValue: snapshot.username,
		}),
		textInput(ui.appId, Input.Nickname, {
			label: ui.t('field_nickname'),
			initialValue: snapshot.nickname,
			optional: true,
			maxLength: LIMITS.nickname,
		}),
		textInput(ui.appId, Input.Bio, {
			label: ui.t('field_bio'),
			initialValue: snapshot.bio,
			optional: true,
			multiline: true,
			maxLength: LIMITS.bio,
		}),
		textInput(ui.appId, Input.StatusText, {
			label: ui.t('field_statusText'),
			initialValue: snapshot.statusText,
			optional: true,
			maxLength: LIMITS.statusText,
		}),
		textInput(ui.appId, Input.Email, { label: ui.t('field_email'), initialValue: snapshot.email }),
	];
	for (const name of customFieldNames) {
		blocks.push(
			textInput(ui.appId, `${Input.CustomFieldPrefix}${name}`, {
				label: name,
				initialValue: snapshot.customFields[name] ?? '',
				optional: true,
			}),
		);
	}
	return blocks;
}

/** "Edit your profile": every editable field, prefilled; only changed fields are sent. */
export function editProfileModal(
	ui: ViewContext,
	nonce: string,
	snapshot: ProfileSnapshot,
	customFieldNames: string[],
): IUIKitSurfaceViewParam {
	const statusOptions = STATUS_VALUES.map((value) => option(value, ui.t(`status_${value}`)));
	const [name, username, nickname, bio, statusText, ...rest] = profileFieldBlocks(
		ui,
		snapshot,
		customFieldNames,
	);
	const status = selectInput(
		ui.appId,
		Input.Status,
		ui.t('field_status'),
		statusOptions,
		snapshot.status || undefined,
		true,
	);
	return {
		id: viewId(ViewKind.OwnEdit, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('edit_modal_title')),
		blocks: [name, username, nickname, bio, status, statusText, ...rest],
		submit: button(ui.appId, 'edit-submit', 'edit-submit', ui.t('save')),
		close: button(ui.appId, 'edit-close', 'edit-close', ui.t('cancel'), undefined, 'secondary'),
	};
}
