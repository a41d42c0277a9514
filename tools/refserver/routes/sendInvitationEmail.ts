/**
 * `POST /api/v1/sendInvitationEmail` (docs/server-rules.md#post-apiv1sendinvitationemail), from
 * apps/meteor/app/api/server/v1/invites.ts and apps/meteor/app/invites/server/functions/sendInvitationEmail.ts.
 */
import { MeteorError } from '../meteorError';
import { failure, success } from '../results';
import { callerOf, type RouteDefinition } from '../route';
import { hasPermission, type ServerState } from '../state';

/** `Mailer.checkAddressFormat` (apps/meteor/app/mailer/server/api.ts), reduced to plain addresses. */
function checkAddressFormat(address: string): boolean {
	return /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(address);
}

function sendInvitationEmail(state: ServerState, userId: string, emails: string[]): void {
	if (!hasPermission(state, userId, 'bulk-register-user')) {
		throw new MeteorError('error-not-allowed', 'Not allowed', { method: 'sendInvitationEmail' });
	}
	const valid = emails.filter(checkAddressFormat);
	if (!valid.length) {
		throw new MeteorError('error-email-send-failed', 'No valid email addresses', {
			method: 'sendInvitationEmail',
		});
	}
	const subject = String(state.settings.get('Invitation_Subject') ?? '');
	if (!subject) {
		throw new MeteorError('error-email-send-failed', 'No subject', {
			method: 'sendInvitationEmail',
		});
	}
	for (const email of valid) {
		state.outbox.send({ to: email, subject, text: `You have been invited. ${email}` });
	}
}

export const sendInvitationEmailRoute: RouteDefinition = {
	name: 'sendInvitationEmail',
	methods: ['POST'],
	authRequired: true,
	validateParams: (validators) => validators.sendInvitationEmail,
	vnSchema: { source: 'body', validator: (validators) => validators.sendInvitationEmail },
	async action(context) {
		const emails = (context.body.emails as unknown[]).map(String);
		try {
			sendInvitationEmail(context.state, callerOf(context)._id, emails);
			return success({ success: true });
		} catch (error) {
			// The route answers every refusal as `{ success: false, error: <message> }`, no errorType.
			return failure({ error: error instanceof Error ? error.message : String(error) });
		}
	},
};
