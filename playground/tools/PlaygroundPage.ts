import type { Locator, Page } from 'playwright-core';

const WAIT_MS = 15_000;

/**
 * Drives the playground page the way a person does (click a user, type a command, fill the modal), for
 * the browser test and the screenshots. Waits for what the page shows, never for fixed delays.
 */
export class PlaygroundPage {
	constructor(readonly page: Page) {}

	/** Opens the page as `username` and waits until the engine is ready. */
	async open(url: string, username: string): Promise<void> {
		await this.page.goto(`${url}/?user=${encodeURIComponent(username)}`);
		await this.page.locator('[data-testid=composer]:not([disabled])').waitFor({ timeout: 60_000 });
		await this.actAs(username);
	}

	async actAs(username: string): Promise<void> {
		await this.page.locator(`.user-item[data-username="${username}"]`).click();
		await this.page
			.locator(`.user-item[data-username="${username}"][aria-pressed=true]`)
			.waitFor({ timeout: WAIT_MS });
		// The composer names the acting user (the server panel may follow the user an admin changed).
		await this.page
			.locator(`[data-testid=composer][placeholder$="@${username}"]`)
			.waitFor({ timeout: WAIT_MS });
	}

	/** Types a slash command and presses Enter; resolves once the page has the server's answer. */
	async command(text: string): Promise<void> {
		const composer = this.page.getByTestId('composer');
		await composer.fill(text);
		await this.answered('/api/command', () => composer.press('Enter'));
	}

	/** Sets the acting user's Rocket.Chat language ('' = the workspace default); resolves once the page has it. */
	async setLanguage(language: string): Promise<void> {
		await this.answered('/api/language', () =>
			this.page
				.getByTestId('language')
				.selectOption(language)
				.then(() => undefined),
		);
	}

	messages(): Locator {
		return this.page.getByTestId('message');
	}

	lastMessage(): Locator {
		return this.messages().last();
	}

	/** Waits until the newest message matches. */
	async waitForLastMessage(pattern: RegExp): Promise<string> {
		return this.waitForText(this.lastMessage(), pattern);
	}

	modal(): Locator {
		return this.page.getByTestId('modal');
	}

	async waitForModal(title: RegExp): Promise<void> {
		await this.waitForText(this.modal().locator('.rcx-modal__title'), title);
	}

	/** The text input of a modal field: fuselage-ui-kit gives it the element's action id as its id. */
	field(actionId: string): Locator {
		return this.modal().locator(`[id="${actionId}"]`);
	}

	async fill(actionId: string, value: string): Promise<void> {
		await this.field(actionId).fill(value);
	}

	/** Clicks the modal's submit button (the last one in its footer); resolves once the page has the answer. */
	async submit(): Promise<void> {
		const button = this.modal().locator('.rcx-modal__footer button').last();
		await this.answered('/api/view/submit', () => button.click());
	}

	/** Clicks a button (in the modal or a message) by its label; resolves once the page has the answer. */
	async clickButton(within: Locator, label: RegExp | string): Promise<void> {
		await this.answered('/api/', () => within.getByRole('button', { name: label }).click());
	}

	/**
	 * Opens one of the app's action-button menus (the composer's "+", the user menu, a message's actions) by its
	 * toggle's label and clicks the item; resolves once the page has the answer.
	 */
	async clickActionButton(within: Locator, menu: string, item: string): Promise<void> {
		await within.getByRole('button', { name: menu }).click();
		await this.answered('/api/action-button', () =>
			within.getByRole('menuitem', { name: item }).click(),
		);
	}

	async waitForModalClosed(): Promise<void> {
		await this.modal().waitFor({ state: 'detached', timeout: WAIT_MS });
	}

	/** The error fuselage shows under a field. */
	fieldError(): Locator {
		return this.modal().locator('.rcx-field__error');
	}

	serverPanel(): Locator {
		return this.page.getByTestId('server-user');
	}

	/** A field of the server's copy of the selected user, e.g. 'bio'. */
	serverField(name: string): Locator {
		return this.serverPanel().locator(`tr[data-field="${name}"] td`);
	}

	errorItems(): Locator {
		return this.page.locator('.error-item');
	}

	/** Runs `act` and waits for the answer to the POST it causes, and for React to draw it. */
	private async answered(path: string, act: () => Promise<void>): Promise<void> {
		await Promise.all([
			this.page.waitForResponse(
				(response) =>
					response.request().method() === 'POST' &&
					new URL(response.url()).pathname.startsWith(path),
				{ timeout: WAIT_MS },
			),
			act(),
		]);
		await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	}

	/** Waits until the locator's text matches (a string: contains it); returns the text. */
	async waitForText(locator: Locator, expected: RegExp | string): Promise<string> {
		const deadline = Date.now() + WAIT_MS;
		let text = '';
		while (Date.now() < deadline) {
			text = (await locator.textContent({ timeout: WAIT_MS }).catch(() => null)) ?? '';
			if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) {
				return text;
			}
			await this.page.waitForTimeout(50);
		}
		throw new Error(`Timed out waiting for ${String(expected)}; last text: “${text}”`);
	}
}
