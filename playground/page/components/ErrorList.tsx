import { Icon } from '@rocket.chat/fuselage';

import { clockTime } from '../format';
import type { PageError } from '../state/usePlayground';

interface Props {
	errors: PageError[];
	onDismiss: (id: number) => void;
}

/** Every failed action and page error stays here until dismissed. */
export function ErrorList({ errors, onDismiss }: Props) {
	if (!errors.length) {
		return null;
	}
	return (
		<ul className='error-list' aria-label='Errors'>
			{errors.map((error) => (
				<li key={error.id} className='error-item' role='alert'>
					<Icon name='warning' size='x16' />
					<span className='error-time'>{clockTime(error.at)}</span>
					<span className='error-message'>{error.message}</span>
					<button
						type='button'
						className='icon-button'
						aria-label='Dismiss'
						onClick={() => onDismiss(error.id)}
					>
						<Icon name='cross' size='x16' />
					</button>
				</li>
			))}
		</ul>
	);
}
