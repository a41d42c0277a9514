import { Icon } from '@rocket.chat/fuselage';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import type { PageActionButton } from '../../shared/api';

interface Props {
	/** The app's buttons for this menu (already filtered as the web client does); none: no menu at all. */
	buttons: PageActionButton[];
	/** What the menu's toggle says to assistive technology and in its tooltip. */
	label: string;
	/** The toggle's face (an icon by default). */
	toggle?: ReactNode;
	icon?: 'plus' | 'kebab';
	disabled: boolean;
	onClick: (button: PageActionButton) => Promise<void>;
	testId: string;
}

/**
 * A menu of the app's action buttons, as Rocket.Chat draws them: the composer's "+" actions, the user menu, a
 * message's "⋮" actions. A click sends the button's action id (the app answers, e.g. by opening a modal).
 */
export function ActionMenu({
	buttons,
	label,
	toggle,
	icon = 'kebab',
	disabled,
	onClick,
	testId,
}: Props) {
	const [open, setOpen] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (!open) {
			return undefined;
		}
		const close = (event: MouseEvent) => {
			if (!root.current?.contains(event.target as Node)) {
				setOpen(false);
			}
		};
		document.addEventListener('mousedown', close);
		return () => document.removeEventListener('mousedown', close);
	}, [open]);
	if (!buttons.length) {
		return null;
	}
	return (
		<div className='action-menu' ref={root} data-testid={testId}>
			<button
				type='button'
				className='action-menu-toggle'
				aria-label={label}
				title={label}
				aria-haspopup='menu'
				aria-expanded={open}
				disabled={disabled}
				onClick={() => setOpen((current) => !current)}
			>
				{toggle ?? <Icon name={icon} size='x20' />}
			</button>
			{open && (
				<ul className='action-menu-list' role='menu' aria-label={label}>
					<li className='action-menu-section' role='presentation'>
						Apps
					</li>
					{buttons.map((button) => (
						<li key={button.actionId} role='presentation'>
							<button
								type='button'
								role='menuitem'
								onClick={() => {
									setOpen(false);
									void onClick(button);
								}}
							>
								{button.label}
							</button>
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
