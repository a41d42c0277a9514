/** Captures every mail the server "sends" so tests and the playground can read codes and notifications. */
import type { Clock } from './clock';
import type { MailMessage } from './types';

export class Outbox {
	/** Exposed as `ReferenceServer.outbox`; cleared in place so references stay valid. */
	readonly messages: MailMessage[] = [];

	constructor(private readonly clock: Clock) {}

	send(message: Omit<MailMessage, 'at'>): void {
		this.messages.push({ ...message, at: new Date(this.clock.now()) });
	}

	clear(): void {
		this.messages.length = 0;
	}
}
