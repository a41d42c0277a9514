import { useEffect, useRef, useState } from 'react';

import type { ServerUserCopy } from '../../../shared/api';
import { Panel } from './Panel';

interface Props {
	copy?: ServerUserCopy;
	username?: string;
	disabled: boolean;
	onCreateToken: () => Promise<string | undefined>;
}

/** How long a changed field stays highlighted. */
const HIGHLIGHT_MS = 6000;

/** The reference server's copy of the selected user; fields the last change touched are highlighted. */
export function ServerUserPanel({ copy, username, disabled, onCreateToken }: Props) {
	const changed = useChangedFields(copy);
	const [token, setToken] = useState<{ userId: string; token: string }>();
	const createToken = async () => {
		const created = await onCreateToken();
		if (created && copy) {
			setToken({ userId: copy.id, token: created });
		}
	};
	const security = copy?.security;
	return (
		<Panel
			title={username ? `Server copy of @${username}` : 'Server copy of the user'}
			note='reference server'
			testId='server-user'
		>
			{copy ? (
				<>
					<table className='fields'>
						<tbody>
							{copy.fields.map((field) => (
								<tr
									key={field.name}
									data-field={field.name}
									className={changed.has(field.name) ? 'field-changed' : undefined}
								>
									<th>{field.name}</th>
									<td>{field.value}</td>
								</tr>
							))}
						</tbody>
					</table>
					{security && (
						<p className='security'>
							Sign-in: {security.password ? 'password' : 'no password'}
							{security.totp && ' · TOTP'}
							{security.emailCode && ' · e-mail codes'} · {security.loginTokens} login token(s) ·{' '}
							{security.personalAccessTokens} personal access token(s)
						</p>
					)}
					<div className='token-row'>
						<button
							type='button'
							className='link-button'
							disabled={disabled}
							onClick={() => void createToken()}
						>
							Create a personal access token
						</button>
						<span className='muted'> (to link with a token, as SSO users do)</span>
					</div>
					{token && token.userId === copy.id && (
						<p className='token' data-testid='token'>
							<code>{token.token}</code>
							<span className='muted'>
								Test server: paste it into the Link modal; it is not shown again.
							</span>
						</p>
					)}
				</>
			) : (
				<p className='muted'>Waiting for the reference server…</p>
			)}
		</Panel>
	);
}

/** Names of fields whose value changed since the previous copy of the same user, for a few seconds. */
function useChangedFields(copy?: ServerUserCopy): Set<string> {
	const previous = useRef<ServerUserCopy>();
	const [changed, setChanged] = useState<Set<string>>(new Set());
	useEffect(() => {
		const before = previous.current;
		previous.current = copy;
		if (!copy || !before || before.id !== copy.id) {
			setChanged(new Set());
			return undefined;
		}
		const old = new Map(before.fields.map((field) => [field.name, field.value]));
		const names = copy.fields
			.filter((field) => old.get(field.name) !== field.value)
			.map((field) => field.name);
		if (!names.length) {
			return undefined;
		}
		setChanged(new Set(names));
		const timer = window.setTimeout(() => setChanged(new Set()), HIGHLIGHT_MS);
		return () => window.clearTimeout(timer);
	}, [copy]);
	return changed;
}
