/** An error the page should show as it is, with the HTTP status that fits it. */
export class PlaygroundError extends Error {
	constructor(readonly status: number, message: string) {
		super(message);
		this.name = 'PlaygroundError';
	}
}

export function describeError(error: unknown): string {
	if (error instanceof Error) {
		return error.message;
	}
	return typeof error === 'string' ? error : JSON.stringify(error);
}
