/** Checks the JSON the page posts, so a bad request gets a clear 400 instead of an error deep in the engine. */
import type {
	ActionButtonRequest,
	BlockActionRequest,
	ClockRequest,
	CloseViewRequest,
	CommandRequest,
	LanguageRequest,
	PageButtonContext,
	SubmitViewRequest,
	TokenRequest,
	ViewStatePayload,
} from '../shared/api';
import { MAX_CLOCK_MINUTES } from '../shared/api';
import { PlaygroundError } from './errors';

type Fields = Record<string, unknown>;

export function readCommand(body: unknown): CommandRequest {
	const fields = object(body);
	return { userId: text(fields, 'userId'), text: text(fields, 'text') };
}

export function readSubmitView(body: unknown): SubmitViewRequest {
	const fields = object(body);
	return {
		userId: text(fields, 'userId'),
		viewId: text(fields, 'viewId'),
		state: viewState(fields.state),
	};
}

export function readCloseView(body: unknown): CloseViewRequest {
	const fields = object(body);
	return {
		userId: text(fields, 'userId'),
		viewId: text(fields, 'viewId'),
		state: fields.state === undefined ? undefined : viewState(fields.state),
	};
}

export function readBlockAction(body: unknown): BlockActionRequest {
	const fields = object(body);
	return {
		userId: text(fields, 'userId'),
		actionId: text(fields, 'actionId'),
		blockId: text(fields, 'blockId'),
		value: optionalText(fields, 'value'),
		viewId: optionalText(fields, 'viewId'),
		messageId: optionalText(fields, 'messageId'),
	};
}

const BUTTON_CONTEXTS: ReadonlyArray<PageButtonContext> = [
	'messageBoxAction',
	'userDropdownAction',
	'messageAction',
];

export function readActionButton(body: unknown): ActionButtonRequest {
	const fields = object(body);
	const context = text(fields, 'context');
	if (!BUTTON_CONTEXTS.some((known) => known === context)) {
		throw new PlaygroundError(400, `Unknown button context: ${context}`);
	}
	return {
		userId: text(fields, 'userId'),
		actionId: text(fields, 'actionId'),
		context: context as PageButtonContext,
		messageId: optionalText(fields, 'messageId'),
		text: optionalText(fields, 'text'),
	};
}

export function readTokenRequest(body: unknown): TokenRequest {
	return { userId: text(object(body), 'userId') };
}

export function readLanguageRequest(body: unknown): LanguageRequest {
	const fields = object(body);
	return { userId: text(fields, 'userId'), language: optionalText(fields, 'language') ?? '' };
}

export function readClockRequest(body: unknown): ClockRequest {
	const minutes = object(body).minutes;
	if (
		typeof minutes !== 'number' ||
		!Number.isInteger(minutes) ||
		minutes < 1 ||
		minutes > MAX_CLOCK_MINUTES
	) {
		throw new PlaygroundError(400, `minutes must be a whole number from 1 to ${MAX_CLOCK_MINUTES}`);
	}
	return { minutes };
}

function object(body: unknown): Fields {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw new PlaygroundError(400, 'Expected a JSON object');
	}
	return body as Fields;
}

function text(fields: Fields, name: string): string {
	const value = fields[name];
	if (typeof value !== 'string' || !value) {
		throw new PlaygroundError(400, `“${name}” must be a non-empty string`);
	}
	return value;
}

function optionalText(fields: Fields, name: string): string | undefined {
	const value = fields[name];
	if (value === undefined || value === null) {
		return undefined;
	}
	if (typeof value !== 'string') {
		throw new PlaygroundError(400, `“${name}” must be a string`);
	}
	return value;
}

function viewState(value: unknown): ViewStatePayload {
	const state = object(value);
	for (const [blockId, block] of Object.entries(state)) {
		if (!block || typeof block !== 'object' || Array.isArray(block)) {
			throw new PlaygroundError(400, `state.${blockId} must be an object of action ids`);
		}
	}
	return state as ViewStatePayload;
}
