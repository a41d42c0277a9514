import type { PlaygroundUser } from '../../shared/api';
import { Avatar } from './Avatar';

interface Props {
	users: PlaygroundUser[];
	userId?: string;
	onSelect: (username: string) => void;
}

/** The seeded users of the reference server; the page acts as the selected one. */
export function UserList({ users, userId, onSelect }: Props) {
	return (
		<nav className='sidebar' aria-label='Act as'>
			<div className='sidebar-title'>Act as</div>
			<ul className='user-list'>
				{users.map((user) => (
					<li key={user.id}>
						<button
							type='button'
							className={`user-item ${user.id === userId ? 'user-item-selected' : ''}`}
							aria-pressed={user.id === userId}
							data-username={user.username}
							onClick={() => onSelect(user.username)}
						>
							<Avatar name={user.username} />
							<span className='user-text'>
								<span className='user-name'>
									@{user.username}
									{!user.active && <span className='user-tag'>deactivated</span>}
								</span>
								<span className='user-role'>{user.role}</span>
								{user.seededPassword && (
									<span className='user-password'>password: {user.seededPassword}</span>
								)}
								{user.seededPasswordChanged && (
									<span className='user-password'>password: changed since seeding</span>
								)}
							</span>
						</button>
					</li>
				))}
			</ul>
			<p className='sidebar-note'>
				Test users of the embedded reference server. Type <code>/profile login</code> to link one.
			</p>
		</nav>
	);
}
