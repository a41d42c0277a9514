import { Icon } from '@rocket.chat/fuselage';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { CommandHint, PageActionButton } from '../../shared/api';
import { ActionMenu } from './ActionMenu';

interface Props {
	commands: CommandHint[];
	/** The app's buttons for the composer's actions menu (`messageBoxAction`). */
	actions: PageActionButton[];
	onActionButton: (button: PageActionButton, text: string) => Promise<void>;
	disabled: boolean;
	placeholder: string;
	onSend: (text: string) => Promise<boolean>;
}

/** Things worth trying first; a click puts one in the composer. */
const EXAMPLES = [
	'/profile help',
	'/profile login',
	'/profile show',
	'/profile set bio I build rockets',
	'/profile set email me@example.org',
	'/profile edit',
	'/admin-user deactivate bea',
];

/**
 * The message box: slash commands, or a plain message to #general (what the app's message actions act on); the
 * "+" menu holds the app's composer actions. With Rocket.Chat's popup of matching commands and their usage
 * (Tab or a click completes), ↑ for the previous command, Enter to send.
 */
export function Composer({
	commands,
	actions,
	onActionButton,
	disabled,
	placeholder,
	onSend,
}: Props) {
	const [text, setText] = useState('');
	const [sending, setSending] = useState(false);
	const [history, setHistory] = useState<string[]>([]);
	const input = useRef<HTMLInputElement>(null);
	const typedCommand = /^\/(\S*)$/.exec(text)?.[1];
	const matches =
		typedCommand === undefined
			? []
			: commands.filter((hint) => hint.command.startsWith(typedCommand.toLowerCase()));
	// Once the command is typed, its usage stays in view while the arguments are written.
	const usage = commands.find((hint) => text.toLowerCase().startsWith(`/${hint.command} `));

	const fill = (value: string) => {
		setText(value);
		input.current?.focus();
	};
	const send = async () => {
		const line = text.trim();
		if (!line || sending) {
			return;
		}
		setSending(true);
		const sent = await onSend(line);
		setSending(false);
		setHistory((current) => [...current.filter((entry) => entry !== line), line]);
		if (sent) {
			setText('');
		}
		input.current?.focus();
	};
	const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
		if (event.key === 'Enter') {
			event.preventDefault();
			void send();
		} else if (event.key === 'Tab' && matches.length) {
			event.preventDefault();
			fill(`/${matches[0].command} `);
		} else if (event.key === 'ArrowUp' && !text && history.length) {
			event.preventDefault();
			fill(history[history.length - 1]);
		}
	};

	return (
		<div className='composer'>
			{matches.length > 0 && !disabled && (
				<ul className='command-popup' role='listbox' aria-label='Commands'>
					{matches.map((hint) => (
						<li key={hint.command} role='option' aria-selected={false}>
							<button type='button' onClick={() => fill(`/${hint.command} `)}>
								<span className='command-name'>/{hint.command}</span>
								<span className='command-params'>{hint.params}</span>
								<span className='command-description'>{hint.description}</span>
							</button>
						</li>
					))}
				</ul>
			)}
			{usage && !disabled && (
				<div className='usage-hint' data-testid='usage-hint'>
					<span className='command-name'>/{usage.command}</span> {usage.params}
				</div>
			)}
			<div className='examples' aria-label='Examples'>
				{EXAMPLES.map((example) => (
					<button
						key={example}
						type='button'
						className='example'
						disabled={disabled}
						onClick={() => fill(example)}
					>
						{example}
					</button>
				))}
			</div>
			<div className={`composer-box ${disabled ? 'composer-box-disabled' : ''}`}>
				<ActionMenu
					buttons={actions}
					label='More actions'
					icon='plus'
					disabled={disabled}
					testId='composer-actions'
					onClick={(button) => onActionButton(button, text)}
				/>
				<input
					ref={input}
					className='composer-input'
					data-testid='composer'
					value={text}
					disabled={disabled}
					placeholder={placeholder}
					aria-label='Message or slash command'
					autoComplete='off'
					spellCheck={false}
					onChange={(event) => setText(event.target.value)}
					onKeyDown={onKeyDown}
				/>
				<button
					type='button'
					className='composer-send'
					aria-label='Send'
					disabled={disabled || sending || !text.trim()}
					onClick={() => void send()}
				>
					<Icon name='send' size='x20' />
				</button>
			</div>
		</div>
	);
}
