import type { ActionResponse, PlaygroundState } from '../../shared/api';

/** A POST the server refused or could not answer; carries the state the server sent along, if any. */
export class ActionError extends Error {
	constructor(message: string, readonly state?: PlaygroundState) {
		super(message);
		this.name = 'ActionError';
	}
}

/** POSTs to the playground's JSON API; resolves with the new state and the token, if one was made. */
export async function post(
	path: string,
	body: unknown,
): Promise<{ state: PlaygroundState; token?: string }> {
	let response: Response;
	try {
		response = await fetch(path, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
	} catch (error) {
		throw new ActionError(
			`Could not reach the playground server (${
				(error as Error).message
			}). Is \`npm start\` still running?`,
		);
	}
	let answer: ActionResponse;
	try {
		answer = (await response.json()) as ActionResponse;
	} catch {
		throw new ActionError(`The playground server answered ${response.status} without JSON`);
	}
	if (!answer.ok) {
		throw new ActionError(answer.error, answer.state);
	}
	return { state: answer.state, token: answer.token };
}
