import { ActionMenu } from './components/ActionMenu';
import { AppModal } from './components/AppModal';
import { Avatar } from './components/Avatar';
import { Composer } from './components/Composer';
import { Conversation } from './components/Conversation';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorList } from './components/ErrorList';
import { LanguagePicker } from './components/LanguagePicker';
import { EngineErrorsPanel } from './components/panels/EngineErrorsPanel';
import { OutboxPanel } from './components/panels/OutboxPanel';
import { RequestLogPanel } from './components/panels/RequestLogPanel';
import { ServerUserPanel } from './components/panels/ServerUserPanel';
import { RateLimitPanel } from './components/panels/RateLimitPanel';
import { TotpPanel } from './components/panels/TotpPanel';
import { StatusBanner } from './components/StatusBanner';
import { TopBar } from './components/TopBar';
import { UserList } from './components/UserList';
import { usePlayground } from './state/usePlayground';

export function App() {
	const { state, connection, userId, errors, modal, actions } = usePlayground();
	const ready = state?.status.phase === 'ready' && connection === 'open';
	const user = state?.users.find((candidate) => candidate.id === userId);
	const buttons = (context: string) =>
		(state?.actionButtons ?? []).filter((button) => button.context === context);
	return (
		<div className='app'>
			<TopBar
				status={state?.status}
				ready={ready}
				onReset={actions.reset}
				onAdvanceClock={actions.advanceClock}
			/>
			<StatusBanner status={state?.status} connection={connection} />
			<ErrorList errors={errors} onDismiss={actions.dismissError} />
			<main className='layout'>
				<UserList users={state?.users ?? []} userId={userId} onSelect={actions.selectUser} />
				<section className='room' aria-label='Room #general'>
					<header className='room-header'>
						<span className='room-name'># general</span>
						<span className='room-topic'>
							{user ? `acting as @${user.username}: the app's replies are private to you` : ''}
						</span>
						{user && (
							<LanguagePicker
								language={user.language}
								disabled={!ready}
								onChange={actions.setLanguage}
							/>
						)}
						{user && (
							<ActionMenu
								buttons={buttons('userDropdownAction')}
								label={`User menu of @${user.username}`}
								toggle={<Avatar name={user.username} size={24} />}
								disabled={!ready}
								testId='user-menu'
								onClick={(button) =>
									actions.actionButton({ actionId: button.actionId, context: button.context })
								}
							/>
						)}
					</header>
					<ErrorBoundary what='the messages'>
						<Conversation
							messages={state?.messages ?? []}
							disabled={!ready}
							onAction={actions.blockAction}
							messageActions={buttons('messageAction')}
							onActionButton={(button, messageId) =>
								actions.actionButton({
									actionId: button.actionId,
									context: button.context,
									messageId,
								})
							}
						/>
					</ErrorBoundary>
					<Composer
						commands={state?.commands ?? []}
						actions={buttons('messageBoxAction')}
						onActionButton={(button, text) =>
							actions.actionButton({ actionId: button.actionId, context: button.context, text })
						}
						disabled={!ready || !user}
						placeholder={user ? `Message #general as @${user.username}` : 'Starting…'}
						onSend={actions.runCommand}
					/>
				</section>
				<aside className='panels' aria-label='Test server'>
					<ServerUserPanel
						copies={state?.serverUsers ?? []}
						users={state?.users ?? []}
						actingUserId={userId}
						touchedUserId={state?.touchedUserId}
						onCreateToken={actions.createToken}
						disabled={!ready}
					/>
					<TotpPanel codes={state?.totp ?? []} serverTime={state?.serverTime} />
					<OutboxPanel mails={state?.outbox ?? []} />
					<RateLimitPanel
						budgets={state?.budgets ?? []}
						serverTime={state?.serverTime}
						profile={state?.status.referenceServer?.rateLimit}
					/>
					<RequestLogPanel requests={state?.requests ?? []} />
					<EngineErrorsPanel errors={state?.engineErrors ?? []} />
				</aside>
			</main>
			{modal && (
				<ErrorBoundary what='the modal'>
					<AppModal
						key={modal.viewId}
						modal={modal}
						disabled={!ready}
						onSubmit={actions.submitView}
						onClose={actions.closeView}
						onAction={actions.blockAction}
					/>
				</ErrorBoundary>
			)}
		</div>
	);
}
