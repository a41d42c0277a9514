import { useEffect, useRef } from 'react';

import type { BlockActionRequest, PageActionButton, PageMessage } from '../../shared/api';
import { ErrorBoundary } from './ErrorBoundary';
import { MessageItem } from './MessageItem';

interface Props {
	messages: PageMessage[];
	disabled: boolean;
	onAction: (action: Omit<BlockActionRequest, 'userId'>) => Promise<void>;
	messageActions: PageActionButton[];
	onActionButton: (button: PageActionButton, messageId: string) => Promise<void>;
}

/** The messages this user sees (the app's, and what users posted in #general), oldest first, scrolled to the newest as they arrive. */
export function Conversation({
	messages,
	disabled,
	onAction,
	messageActions,
	onActionButton,
}: Props) {
	const end = useRef<HTMLDivElement>(null);
	useEffect(() => {
		end.current?.scrollIntoView({ block: 'end' });
	}, [messages.length]);
	return (
		<div className='conversation' aria-live='polite' data-testid='messages'>
			{messages.length === 0 && (
				<div className='empty-room'>
					<p>No messages yet.</p>
					<p>
						Type <code>/profile help</code> below, or <code>/profile login</code> to link this user.
					</p>
				</div>
			)}
			{messages.map((message) => (
				<ErrorBoundary key={message.id} what='this message'>
					<MessageItem
						message={message}
						disabled={disabled}
						onAction={onAction}
						messageActions={messageActions}
						onActionButton={onActionButton}
					/>
				</ErrorBoundary>
			))}
			<div ref={end} />
		</div>
	);
}
