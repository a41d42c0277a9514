import type { IUIKitSurface } from '@rocket.chat/apps-engine/definition/uikit';

import { randomId } from './ids';
import { toPlain } from './plain';

/** The web client forgets a trigger id 5 s after creating it (ActionManager TRIGGER_TIMEOUT). */
export const TRIGGER_TIMEOUT_MS = 5000;

/** Where an interaction came from: pushed by the app through the UI bridge, or the app's reply to a request. */
export type InteractionSource = 'bridge' | 'response';

/** Why the client dropped an interaction. */
export type IgnoredBecause =
	| 'unknown-trigger'
	| 'other-user'
	| 'expired-trigger'
	| 'trigger-already-used'
	| 'no-such-view';

/** A UIKit interaction addressed to a user (modal/contextual bar open or update, errors, close). */
export interface CapturedInteraction {
	userId: string;
	source: InteractionSource;
	type: string;
	triggerId?: string;
	viewId?: string;
	view?: IUIKitSurface;
	errors?: Record<string, string>;
	at: number;
	/** How old the trigger id was when the interaction reached the client. */
	triggerAgeMs?: number;
	/** Set when the real client would have dropped it. */
	ignoredBecause?: IgnoredBecause;
}

export interface ExpiredTriggerUse {
	userId: string;
	source: InteractionSource;
	type: string;
	triggerId: string;
	viewId?: string;
	ageMs: number;
}

/** The modal a user currently has on screen. */
export interface OpenModal {
	viewId: string;
	view: IUIKitSurface;
	/** Errors shown under the fields, keyed by action id. */
	errors: Record<string, string>;
}

interface IssuedTrigger {
	userId: string;
	issuedAt: number;
	used: boolean;
}

interface InteractionLike {
	type?: string;
	triggerId?: string;
	viewId?: string;
	view?: IUIKitSurface;
	errors?: Record<string, string>;
}

const INTERACTION_TYPES = new Set([
	'modal.open',
	'modal.update',
	'modal.close',
	'contextual_bar.open',
	'contextual_bar.update',
	'contextual_bar.close',
	'errors',
]);

/**
 * Plays the part of each user's Rocket.Chat web client (apps/meteor/app/ui-message/client/ActionManager):
 * it creates trigger ids, accepts an interaction only if its trigger id is its own, younger than 5 s and
 * not used yet (the first interaction consumes it), and keeps the modal each user has open.
 */
export class UiKitClient {
	private readonly triggers = new Map<string, IssuedTrigger>();
	private readonly modals = new Map<string, OpenModal>();
	private log: CapturedInteraction[] = [];
	private expired: ExpiredTriggerUse[] = [];

	constructor(private readonly now: () => number) {}

	/** What the client does before each command, button click, submit or close. */
	newTrigger(userId: string): string {
		const triggerId = randomId();
		this.triggers.set(triggerId, { userId, issuedAt: this.now(), used: false });
		return triggerId;
	}

	triggerAge(triggerId: string): number | undefined {
		const issued = this.triggers.get(triggerId);
		return issued && this.now() - issued.issuedAt;
	}

	/** Whether the object an app returned or pushed is a UI interaction the client acts on. */
	static isInteraction(value: unknown): value is InteractionLike {
		const type = (value as InteractionLike | undefined)?.type;
		return typeof type === 'string' && INTERACTION_TYPES.has(type);
	}

	/** Handles an interaction for a user; returns what was captured (check `ignoredBecause`). */
	receive(
		userId: string,
		interaction: InteractionLike,
		source: InteractionSource,
	): CapturedInteraction {
		const copy = toPlain(interaction);
		const captured: CapturedInteraction = {
			userId,
			source,
			type: String(copy.type),
			triggerId: copy.triggerId,
			viewId: copy.view?.id ?? copy.viewId,
			view: copy.view,
			errors: copy.errors,
			at: this.now(),
		};
		const ignoredBecause = this.consumeTrigger(captured);
		if (ignoredBecause) {
			captured.ignoredBecause = ignoredBecause;
		} else {
			const unknownView = this.apply(captured);
			if (unknownView) {
				captured.ignoredBecause = 'no-such-view';
			}
		}
		this.log.push(captured);
		return captured;
	}

	/** The user closed (or the client disposed of) a modal. */
	closeModal(userId: string, viewId?: string): void {
		const open = this.modals.get(userId);
		if (open && (!viewId || open.viewId === viewId)) {
			this.modals.delete(userId);
		}
	}

	/** Every client reloaded: Rocket.Chat's web client keeps modals in memory, so they are gone (the app is not told). */
	forgetModals(): void {
		this.modals.clear();
	}

	openModal(userId: string): OpenModal | undefined {
		const open = this.modals.get(userId);
		return open && toPlain(open);
	}

	/** The last view with that id the app sent to the user (opened or updated), whether or not it is still open. */
	lastView(userId: string, viewId: string): IUIKitSurface | undefined {
		for (let index = this.log.length - 1; index >= 0; index--) {
			const interaction = this.log[index];
			if (interaction.userId === userId && interaction.view?.id === viewId) {
				return toPlain(interaction.view);
			}
		}
		return undefined;
	}

	interactions(userId?: string): CapturedInteraction[] {
		return this.log.filter((interaction) => !userId || interaction.userId === userId);
	}

	expiredTriggerUses(): ExpiredTriggerUse[] {
		return [...this.expired];
	}

	reset(): void {
		this.triggers.clear();
		this.modals.clear();
		this.log = [];
		this.expired = [];
	}

	private consumeTrigger(captured: CapturedInteraction): IgnoredBecause | undefined {
		const issued = captured.triggerId ? this.triggers.get(captured.triggerId) : undefined;
		if (!captured.triggerId || !issued) {
			return 'unknown-trigger';
		}
		captured.triggerAgeMs = captured.at - issued.issuedAt;
		if (issued.userId !== captured.userId) {
			return 'other-user';
		}
		if (captured.triggerAgeMs > TRIGGER_TIMEOUT_MS) {
			this.expired.push({
				userId: captured.userId,
				source: captured.source,
				type: captured.type,
				triggerId: captured.triggerId,
				viewId: captured.viewId,
				ageMs: captured.triggerAgeMs,
			});
			return 'expired-trigger';
		}
		if (issued.used) {
			return 'trigger-already-used';
		}
		issued.used = true;
		return undefined;
	}

	/** Updates the user's screen; returns true when the interaction names a view that is not open. */
	private apply(captured: CapturedInteraction): boolean {
		const open = this.modals.get(captured.userId);
		switch (captured.type) {
			case 'modal.open':
				if (captured.view && captured.viewId) {
					this.modals.set(captured.userId, {
						viewId: captured.viewId,
						view: captured.view,
						errors: {},
					});
				}
				return false;
			case 'modal.update':
				if (!open || open.viewId !== captured.viewId || !captured.view) {
					return true;
				}
				this.modals.set(captured.userId, { viewId: open.viewId, view: captured.view, errors: {} });
				return false;
			case 'errors':
				if (!open || open.viewId !== captured.viewId) {
					return true;
				}
				open.errors = { ...captured.errors };
				return false;
			case 'modal.close':
				this.closeModal(captured.userId, captured.viewId);
				return false;
			default:
				// Contextual bars are recorded but not tracked as "the open modal".
				return false;
		}
	}
}
