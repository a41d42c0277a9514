import { kitContext, UiKitMessage } from '@rocket.chat/fuselage-ui-kit';
import { useMemo } from 'react';

import type { BlockActionRequest, PageActionButton, PageMessage } from '../../shared/api';
import { clockTime } from '../format';
import { ActionMenu } from './ActionMenu';
import { Avatar } from './Avatar';
import { Markdown } from '../uikit/Markdown';
import { prepareBlocks } from '../uikit/renderers';

interface Props {
	message: PageMessage;
	disabled: boolean;
	onAction: (action: Omit<BlockActionRequest, 'userId'>) => Promise<void>;
	/** The app's buttons for a message's actions menu (`messageAction`): stored messages only have one. */
	messageActions: PageActionButton[];
	onActionButton: (button: PageActionButton, messageId: string) => Promise<void>;
}

/**
 * One message as Rocket.Chat shows it: with blocks, the blocks (rendered by fuselage-ui-kit, buttons
 * sending block actions); without, the text. A stored message has an actions menu with the app's buttons.
 */
export function MessageItem({
	message,
	disabled,
	onAction,
	messageActions,
	onActionButton,
}: Props) {
	const context = useMemo(
		() => ({
			appId: '',
			values: {},
			errors: {},
			state: () => undefined,
			action: async ({
				actionId,
				blockId,
				value,
			}: {
				actionId: string;
				blockId: string;
				value: unknown;
			}) => {
				if (!disabled) {
					await onAction({
						actionId,
						blockId,
						value: value as string | undefined,
						messageId: message.id,
					});
				}
			},
		}),
		[disabled, onAction, message.id],
	);
	return (
		<article className='message' data-testid='message' data-message-id={message.id}>
			{message.fromApp ? (
				<img className='message-avatar' src='/app-icon.png' alt='' />
			) : (
				<Avatar name={message.senderName} size={36} />
			)}
			<div className='message-body'>
				<header className='message-header'>
					<strong>{message.senderName}</strong>
					{message.fromApp && <span className='message-tag'>App</span>}
					<time>{clockTime(message.at)}</time>
					{message.direct && (
						<span className='message-private'>in your direct messages with the app</span>
					)}
					{message.delivery !== 'posted' && (
						<span className='message-private'>
							{message.delivery === 'notifyUser' ? 'Only you can see this message' : 'Not stored'}
						</span>
					)}
					{message.delivery === 'posted' && (
						<span className='message-actions'>
							<ActionMenu
								buttons={messageActions}
								label='Message actions'
								disabled={disabled}
								testId='message-actions'
								onClick={(button) => onActionButton(button, message.id)}
							/>
						</span>
					)}
				</header>
				{message.blocks?.length ? (
					<div className='message-blocks'>
						<kitContext.Provider value={context}>
							{UiKitMessage(prepareBlocks(message.blocks))}
						</kitContext.Provider>
					</div>
				) : (
					<div className='message-text'>
						<Markdown text={message.text} />
					</div>
				)}
			</div>
		</article>
	);
}
