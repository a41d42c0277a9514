import type { ReactNode } from 'react';

interface Props {
	title: string;
	/** Small print next to the title. */
	note?: ReactNode;
	actions?: ReactNode;
	tone?: 'danger';
	testId?: string;
	children: ReactNode;
}

export function Panel({ title, note, actions, tone, testId, children }: Props) {
	return (
		<section
			className={`panel ${tone ? `panel-${tone}` : ''}`}
			aria-label={title}
			data-testid={testId}
		>
			<header className='panel-header'>
				<h2>{title}</h2>
				{note && <span className='panel-note'>{note}</span>}
				{actions && <span className='panel-actions'>{actions}</span>}
			</header>
			<div className='panel-body'>{children}</div>
		</section>
	);
}
