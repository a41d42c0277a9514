import { Box, Button, ButtonGroup, Modal } from '@rocket.chat/fuselage';
import { kitContext, UiKitModal } from '@rocket.chat/fuselage-ui-kit';
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';

import type { BlockActionRequest, PageModal, ViewStatePayload } from '../../shared/api';
import { prepareBlocks } from '../uikit/renderers';
import type { ViewValues } from '../uikit/viewValues';
import { groupByBlock, initialValues, mergeNewFields } from '../uikit/viewValues';

interface Props {
	modal: PageModal;
	disabled: boolean;
	onSubmit: (viewId: string, state: ViewStatePayload) => Promise<void>;
	onClose: (viewId: string, state: ViewStatePayload) => Promise<void>;
	onAction: (action: Omit<BlockActionRequest, 'userId'>) => Promise<void>;
}

interface ActionParams {
	actionId: string;
	blockId: string;
	value: unknown;
}

/**
 * The app's modal, drawn like Rocket.Chat's client does (apps/meteor ModalBlock): a fuselage Modal
 * whose content is fuselage-ui-kit's UiKitModal. Typed values stay in the page until submit; field errors
 * come from the server's last `errors` interaction.
 */
export function AppModal({ modal, disabled, onSubmit, onClose, onAction }: Props) {
	const { view, viewId } = modal;
	const [values, setValues] = useState<ViewValues>(() => initialValues(view.blocks));
	const [busy, setBusy] = useState(false);

	// An update of the same view (e.g. the code step) keeps what was typed and adds the new fields.
	useEffect(() => setValues((current) => mergeNewFields(current, view.blocks)), [view.blocks]);

	const run = async (work: () => Promise<void>) => {
		setBusy(true);
		try {
			await work();
		} finally {
			setBusy(false);
		}
	};
	const submit = (event?: FormEvent) => {
		event?.preventDefault();
		if (!busy && !disabled) {
			void run(() => onSubmit(viewId, groupByBlock(values)));
		}
	};
	const close = () => {
		if (!busy) {
			void run(() => onClose(viewId, groupByBlock(values)));
		}
	};

	const context = useMemo(
		() => ({
			appId: view.appId,
			viewId,
			errors: modal.errors,
			values: values as never,
			state: ({ actionId, blockId, value }: ActionParams) => {
				setValues((current) => ({ ...current, [actionId]: { blockId, value } }));
			},
			action: async ({ actionId, blockId, value }: ActionParams) => {
				await onAction({ actionId, blockId, value: value as string | undefined, viewId });
			},
		}),
		[view.appId, viewId, modal.errors, values, onAction],
	);
	const blocks = useMemo(() => prepareBlocks(view.blocks), [view.blocks]);

	return (
		<Modal.Backdrop>
			<Modal open data-testid='modal' data-view-id={viewId} aria-label={view.title?.text}>
				<Modal.Header>
					{view.showIcon && <Modal.Thumb url='/app-icon.png' />}
					<Modal.Title>{view.title?.text}</Modal.Title>
					<Modal.Close tabIndex={-1} onClick={close} aria-label='Close' />
				</Modal.Header>
				<Modal.Content>
					<Box is='form' method='post' action='#' onSubmit={submit}>
						<kitContext.Provider value={context}>{UiKitModal(blocks)}</kitContext.Provider>
						{/* Enter in a text field submits, as in Rocket.Chat's modal form. */}
						<input type='submit' hidden />
					</Box>
				</Modal.Content>
				<Modal.Footer>
					<ButtonGroup align='end'>
						{view.close && (
							<Button secondary disabled={busy} onClick={close}>
								{view.close.text?.text ?? 'Cancel'}
							</Button>
						)}
						{view.submit && (
							<Button
								primary={view.submit.style !== 'danger'}
								danger={view.submit.style === 'danger'}
								disabled={busy || disabled}
								onClick={() => submit()}
							>
								{view.submit.text?.text ?? 'Submit'}
							</Button>
						)}
					</ButtonGroup>
				</Modal.Footer>
			</Modal>
		</Modal.Backdrop>
	);
}
