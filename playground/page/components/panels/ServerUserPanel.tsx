import { useEffect, useRef, useState } from 'react';

import type { PlaygroundUser, ServerUserCopy } from '../../../shared/api';
import { Panel } from './Panel';

interface Props {
	copies: ServerUserCopy[];
	users: PlaygroundUser[];
	/** The user the page acts as: shown first, and the one a personal access token is made for. */
	actingUserId?: string;
	/** The other user the acting user's latest request named (an admin's target): the panel follows it. */
	touchedUserId?: string;
	disabled: boolean;
	onCreateToken: () => Promise<string | undefined>;
}

/** How long a changed field stays highlighted. */
const HIGHLIGHT_MS = 6000;

/**
 * The reference server's copy of a user: the acting one, or the user an admin's command changed (the panel
 * follows it; the selector picks any); fields the last change touched are highlighted.
 */
export function ServerUserPanel({
	copies,
	users,
	actingUserId,
	touchedUserId,
	disabled,
	onCreateToken,
}: Props) {
	const [userId, pick] = useShownUser(actingUserId, touchedUserId);
	const copy = copies.find((candidate) => candidate.id === userId);
	const username = users.find((candidate) => candidate.id === userId)?.username;
	const changed = useChangedFields(copy);
	const [token, setToken] = useState<{ userId: string; token: string }>();
	const createToken = async () => {
		const created = await onCreateToken();
		if (created && actingUserId) {
			setToken({ userId: actingUserId, token: created });
		}
	};
	const security = copy?.security;
	return (
		<Panel
			title={username ? `Server copy of @${username}` : 'Server copy of the user'}
			note='reference server'
			testId='server-user'
		>
			{users.length > 1 && (
				<label className='panel-user-picker'>
					<span className='muted'>Show</span>
					<select
						data-testid='server-user-picker'
						value={userId ?? ''}
						onChange={(event) => pick(event.target.value)}
					>
						{users.map((user) => (
							<option key={user.id} value={user.id}>
								@{user.username}
								{user.id === actingUserId ? ' (you)' : ''}
							</option>
						))}
					</select>
				</label>
			)}
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
					{copy.id === actingUserId && (
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
					)}
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

/**
 * The acting user when it is selected; then, each time the acting user's requests name another user, that one
 * (an admin's target). A user picked in the selector stays until then.
 */
function useShownUser(
	actingUserId?: string,
	touchedUserId?: string,
): [string | undefined, (userId: string) => void] {
	const [shown, setShown] = useState<{ actingUserId?: string; userId?: string }>({});
	const lastTouched = useRef<{ actingUserId?: string; touchedUserId?: string }>({});
	useEffect(() => {
		const before = lastTouched.current;
		lastTouched.current = { actingUserId, touchedUserId };
		if (before.actingUserId !== actingUserId) {
			setShown({ actingUserId, userId: actingUserId });
		} else if (touchedUserId && before.touchedUserId !== touchedUserId) {
			setShown({ actingUserId, userId: touchedUserId });
		}
	}, [actingUserId, touchedUserId]);
	const pick = (userId: string) => setShown({ actingUserId, userId });
	// Until the effect runs for a newly selected acting user, show that user (not the previous one's pick).
	return [shown.actingUserId === actingUserId ? shown.userId : actingUserId, pick];
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
