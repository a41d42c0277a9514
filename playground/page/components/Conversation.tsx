import { useEffect, useRef } from 'react';

import type { BlockActionRequest, PageMessage } from '../../shared/api';
import { ErrorBoundary } from './ErrorBoundary';
import { MessageItem } from './MessageItem';

interface Props {
	messages: PageMessage[];
	disabled: boolean;
	onAction: (action: Omit<BlockActionRequest, 'userId'>) => Promise<void>;
}

/** The app's messages to this user, oldest first, scrolled to the newest as they arrive. */
export function Conversation({ messages, disabled, onAction }: Props) {
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
					<MessageItem message={message} disabled={disabled} onAction={onAction} />
				</ErrorBoundary>
			))}
			<div ref={end} />
		</div>
	);
}
