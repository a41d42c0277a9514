import { useCallback, useEffect, useRef, useState } from 'react';

import type {
	ActionButtonRequest,
	BlockActionRequest,
	PlaygroundState,
	ViewStatePayload,
} from '../../shared/api';
import { STATE_ERROR_EVENT } from '../../shared/api';
import { ActionError, post } from './api';

export type Connection = 'connecting' | 'open' | 'lost';

export interface PageError {
	id: number;
	at: number;
	message: string;
}

export interface PlaygroundActions {
	selectUser(username: string): void;
	runCommand(text: string): Promise<boolean>;
	submitView(viewId: string, state: ViewStatePayload): Promise<void>;
	closeView(viewId: string, state: ViewStatePayload): Promise<void>;
	blockAction(action: Omit<BlockActionRequest, 'userId'>): Promise<void>;
	actionButton(click: Omit<ActionButtonRequest, 'userId'>): Promise<void>;
	createToken(): Promise<string | undefined>;
	setLanguage(language: string): Promise<void>;
	advanceClock(minutes: number): Promise<void>;
	reset(): Promise<void>;
	dismissError(id: number): void;
}

const USER_KEY = 'playground.user';

/**
 * The page's link to the playground server: the state streamed for the selected user (Server-Sent
 * Events), the actions, and every error on the way, kept until dismissed.
 */
export function usePlayground(): {
	state?: PlaygroundState;
	connection: Connection;
	userId?: string;
	errors: PageError[];
	/** The modal, once the server has forgotten the ones of the page before a reload (those are stale). */
	modal?: PlaygroundState['modal'];
	actions: PlaygroundActions;
} {
	// Who the page asked for (id or username); the server answers for that user or, if unknown, the first.
	const [requested, setRequested] = useState<string | undefined>(initialUser);
	const [state, setState] = useState<PlaygroundState>();
	const [connection, setConnection] = useState<Connection>('connecting');
	const [errors, setErrors] = useState<PageError[]>([]);
	// The page load the server counted for this page: states from before it may still carry a stale modal.
	const [pageLoad, setPageLoad] = useState<number>();
	const nextErrorId = useRef(1);

	const reportError = useCallback((message: string) => {
		const id = nextErrorId.current++;
		setErrors((current) => [...current, { id, at: Date.now(), message }]);
	}, []);

	useEffect(() => {
		const onError = (event: ErrorEvent) => reportError(`Page error: ${event.message}`);
		const onRejection = (event: PromiseRejectionEvent) =>
			reportError(`Page error: ${describe(event.reason)}`);
		window.addEventListener('error', onError);
		window.addEventListener('unhandledrejection', onRejection);
		return () => {
			window.removeEventListener('error', onError);
			window.removeEventListener('unhandledrejection', onRejection);
		};
	}, [reportError]);

	useEffect(() => {
		const query = requested ? `?user=${encodeURIComponent(requested)}` : '';
		const source = new EventSource(`/api/events${query}`);
		source.onopen = () => setConnection('open');
		// EventSource retries by itself; until then the page says the server is gone.
		source.onerror = () => setConnection('lost');
		source.onmessage = (event: MessageEvent<string>) => {
			try {
				setState(JSON.parse(event.data) as PlaygroundState);
				setConnection('open');
			} catch (error) {
				reportError(`The playground server sent a state the page cannot read: ${describe(error)}`);
			}
		};
		source.addEventListener(STATE_ERROR_EVENT, (event) => {
			reportError(
				(JSON.parse((event as MessageEvent<string>).data) as { message: string }).message,
			);
		});
		return () => source.close();
	}, [requested, reportError]);

	// A reload is a fresh web client, as in Rocket.Chat: modals the previous page had open are gone.
	useEffect(() => {
		post('/api/page/opened', {})
			.then((answer) => setPageLoad(answer.state.pageLoads))
			.catch(() => setPageLoad(0));
	}, []);

	const userId = state?.userId;

	const call = useCallback(
		async (path: string, body: Record<string, unknown>) => {
			try {
				const answer = await post(path, { userId, ...body });
				setState(answer.state);
				return answer;
			} catch (error) {
				if (error instanceof ActionError && error.state) {
					setState(error.state);
				}
				reportError(describe(error));
				return undefined;
			}
		},
		[userId, reportError],
	);

	const actions: PlaygroundActions = {
		selectUser(username) {
			// Usernames survive a restart of the playground; ids do not.
			window.localStorage.setItem(USER_KEY, username);
			setRequested(username);
		},
		async runCommand(text) {
			return Boolean(await call('/api/command', { text }));
		},
		async submitView(viewId, viewState) {
			await call('/api/view/submit', { viewId, state: viewState });
		},
		async closeView(viewId, viewState) {
			await call('/api/view/close', { viewId, state: viewState });
		},
		async blockAction(action) {
			await call('/api/action', { ...action });
		},
		async actionButton(click) {
			await call('/api/action-button', { ...click });
		},
		async createToken() {
			return (await call('/api/token', {}))?.token;
		},
		async setLanguage(language) {
			await call('/api/language', { language });
		},
		async advanceClock(minutes) {
			await call('/api/clock', { minutes });
		},
		async reset() {
			await call('/api/reset', {});
		},
		dismissError(id) {
			setErrors((current) => current.filter((error) => error.id !== id));
		},
	};

	const modal =
		pageLoad !== undefined && state && state.pageLoads >= pageLoad ? state.modal : undefined;
	return { state, connection, userId, errors, modal, actions };
}

function initialUser(): string | undefined {
	const fromUrl = new URLSearchParams(window.location.search).get('user');
	return fromUrl ?? window.localStorage.getItem(USER_KEY) ?? undefined;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
