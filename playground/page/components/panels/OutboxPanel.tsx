import type { OutboxMail } from '../../../shared/api';
import { clockTime, groupedCode } from '../../format';
import { Panel } from './Panel';

/** Mails the reference server sent (2FA codes), newest first. */
export function OutboxPanel({ mails }: { mails: OutboxMail[] }) {
	return (
		<Panel title='Outbox' note='test server · mailed codes' testId='outbox'>
			{mails.length === 0 ? (
				<p className='muted'>No mail yet. E-mail 2FA users (@erin) get their codes here.</p>
			) : (
				<ul className='mails'>
					{[...mails].reverse().map((mail, index) => (
						<li key={`${mail.at}-${index}`} className='mail'>
							<div className='mail-header'>
								<strong>{mail.subject}</strong>
								<time>{clockTime(mail.at)}</time>
							</div>
							<div className='mail-to'>to {mail.to}</div>
							{mail.code && (
								<div className='mail-code' data-testid='mail-code'>
									{groupedCode(mail.code)}
								</div>
							)}
							<details>
								<summary>text</summary>
								<pre>{mail.text}</pre>
							</details>
						</li>
					))}
				</ul>
			)}
		</Panel>
	);
}
