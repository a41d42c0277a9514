import type { IUIKitSurfaceViewParam } from '@rocket.chat/apps-engine/definition/accessors';
import { UIKitSurfaceType } from '@rocket.chat/apps-engine/definition/uikit';

import { Blocks, option, plain } from './blocks';
import { LIMITS, STATUS_VALUES } from '../lib/fields';
import { Input, ModalButton, viewId, ViewKind } from '../lib/ids';
import type { ProfileSnapshot } from '../lib/profile';
import type { ViewContext } from './ViewContext';

/**
 * The inputs both edit forms share: every editable text field, prefilled, labelled with Rocket.Chat's own words
 * (AccountProfileForm.tsx, AdminUserForm.tsx: Name, Username, Nickname, Bio, Status Message and its placeholder).
 */
export function profileFieldBlocks(
	ui: ViewContext,
	snapshot: ProfileSnapshot,
	customFieldNames: string[],
): Blocks {
	const blocks: Blocks = [
		ui.textInput(Input.Name, {
			label: ui.t('label_name'),
			initialValue: snapshot.name,
			optional: true,
		}),
		ui.textInput(Input.Username, {
			label: ui.t('label_username'),
			initialValue: snapshot.username,
		}),
		ui.textInput(Input.Nickname, {
			label: ui.t('label_nickname'),
			initialValue: snapshot.nickname,
			optional: true,
			maxLength: LIMITS.nickname,
		}),
		ui.textInput(Input.Bio, {
			label: ui.t('label_bio'),
			initialValue: snapshot.bio,
			optional: true,
			multiline: true,
			maxLength: LIMITS.bio,
		}),
		ui.textInput(Input.StatusText, {
			label: ui.t('label_statusText'),
			placeholder: ui.t('placeholder_statusText'),
			initialValue: snapshot.statusText,
			optional: true,
			maxLength: LIMITS.statusText,
		}),
		ui.textInput(Input.Email, { label: ui.t('label_email'), initialValue: snapshot.email }),
	];
	blocks.push(
		...customFieldInputs(
			ui,
			customFieldNames.map((name) => ({ name })),
			snapshot.customFields,
		),
	);
	return blocks;
}

/** A workspace custom field as a form shows it: its name; for a new user, whether it is required and its options. */
export interface CustomFieldInput {
	name: string;
	required?: boolean;
	options?: string[];
}

/** One text input per custom field (Accounts_CustomFields), labelled with its name as Rocket.Chat's forms do. */
export function customFieldInputs(
	ui: ViewContext,
	fields: CustomFieldInput[],
	values: Record<string, string>,
): Blocks {
	return fields.map((field) =>
		ui.textInput(`${Input.CustomFieldPrefix}${field.name}`, {
			label: field.name,
			initialValue: values[field.name] ?? '',
			optional: !field.required,
			...(field.options?.length
				? { hint: ui.t('custom_field_options', { options: field.options.join(', ') }) }
				: {}),
		}),
	);
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
	const status = ui.selectInput(
		Input.Status,
		ui.t('label_status'),
		statusOptions,
		snapshot.status || undefined,
		true,
	);
	return {
		id: viewId(ViewKind.OwnEdit, nonce),
		type: UIKitSurfaceType.MODAL,
		title: plain(ui.t('edit_modal_title')),
		blocks: [name, username, nickname, bio, status, statusText, ...rest],
		submit: ui.submitButton(ModalButton.EditSubmit, ui.t('save')),
		close: ui.closeButton(ModalButton.EditClose, ui.t('cancel')),
	};
}
