import { kitContext, UiKitMessage } from '@rocket.chat/fuselage-ui-kit';
import { useMemo } from 'react';

import type { BlockActionRequest, PageMessage } from '../../shared/api';
import { clockTime } from '../format';
import { Markdown } from '../uikit/Markdown';
import { prepareBlocks } from '../uikit/renderers';

interface Props {
	message: PageMessage;
	disabled: boolean;
	onAction: (action: Omit<BlockActionRequest, 'userId'>) => Promise<void>;
}

/**
 * One message as Rocket.Chat shows it: with blocks, the blocks (rendered by fuselage-ui-kit, buttons
 * sending block actions); without, the text.
 */
export function MessageItem({ message, disabled, onAction }: Props) {
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
			<img className='message-avatar' src='/app-icon.png' alt='' />
			<div className='message-body'>
				<header className='message-header'>
					<strong>{message.senderName}</strong>
					<span className='message-tag'>App</span>
					<time>{clockTime(message.at)}</time>
					{message.delivery !== 'posted' && (
						<span className='message-private'>
							{message.delivery === 'notifyUser' ? 'Only you can see this message' : 'Not stored'}
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
