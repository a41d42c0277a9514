/**
 * `npm run screenshots` (through scripts/screenshots.mjs, which packages the app and builds the page
 * first): drives the playground in headless Chromium and writes the README's pictures to docs/.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { startPlayground } from '../server';
import type { RunningPlayground } from '../server';
import { launchChromium } from './chromium';
import { PlaygroundPage } from './PlaygroundPage';

const DOCS = join(__dirname, '..', '..', 'docs');
const VIEWPORT = { width: 1280, height: 800 };

type Scene = (ui: PlaygroundPage, running: RunningPlayground) => Promise<void>;

/** Each scene starts from a reset playground and ends on the moment its picture shows. */
const SCENES: Array<{ file: string; scene: Scene }> = [
	{
		file: 'help.png',
		scene: async (ui) => {
			await ui.actAs('alice');
			await ui.command('/profile help');
			await ui.waitForLastMessage(/edit your own profile/);
			// The composer's popup: the app's commands with their usage.
			await ui.page.getByTestId('composer').fill('/');
		},
	},
	{
		file: 'link-modal.png',
		scene: async (ui) => {
			await ui.actAs('alice');
			await ui.command('/profile login');
			await ui.waitForModal(/Link your account/);
		},
	},
	{
		file: 'two-factor-modal.png',
		scene: async (ui, running) => {
			await linkTom(ui, running);
			await ui.command('/profile set email tom@rockets.example');
			await ui.waitForModal(/second factor/);
			await ui.fill('code', running.playground.referenceServer().totpCode('tom'));
		},
	},
	{
		file: 'field-error.png',
		scene: async (ui, running) => {
			await linkTom(ui, running);
			await ui.command('/profile set email tom@rockets.example');
			await ui.fill('code', '000000');
			await ui.submit();
			await ui.waitForText(ui.fieldError(), /not valid/);
		},
	},
	{
		file: 'admin-edit-modal.png',
		scene: async (ui) => {
			await ui.actAs('admin');
			await ui.command('/profile login');
			await ui.fill('password', 'admin-pass');
			await ui.submit();
			await ui.waitForLastMessage(/linked/);
			await ui.command('/admin-user edit bea');
			await ui.waitForModal(/Edit @bea/);
			await ui.fill('nickname', 'Queen Bee');
		},
	},
	{
		file: 'result-messages.png',
		scene: async (ui) => {
			await ui.actAs('alice');
			await ui.command('/profile login');
			await ui.fill('password', 'alice-pass');
			await ui.submit();
			await ui.waitForLastMessage(/linked/);
			await ui.command('/profile set bio I build rockets');
			await ui.command('/profile set nickname=Al');
			await ui.waitForLastMessage(/“Al”/);
			await ui.command('/profile set status=away text="On the launch pad"');
			await ui.waitForLastMessage(/On the launch pad/);
			await ui.command('/profile show');
			await ui.waitForLastMessage(/Al/);
		},
	},
];

async function linkTom(ui: PlaygroundPage, running: RunningPlayground): Promise<void> {
	await ui.actAs('tom');
	await ui.command('/profile login');
	await ui.fill('password', 'tom-pass');
	await ui.fill('code', running.playground.referenceServer().totpCode('tom'));
	await ui.submit();
	await ui.waitForLastMessage(/linked/);
}

async function main(): Promise<void> {
	const zipPath = process.env.PLAYGROUND_ZIP;
	if (!zipPath) {
		throw new Error('PLAYGROUND_ZIP is not set: run `npm run screenshots`');
	}
	mkdirSync(DOCS, { recursive: true });
	const running = await startPlayground({ zipPath, port: 0, bcryptRounds: 4 });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: VIEWPORT });
		page.on('pageerror', (error) => {
			throw new Error(`page error: ${error.message}`);
		});
		const ui = new PlaygroundPage(page);
		await ui.open(running.url, 'alice');
		for (const { file, scene } of SCENES) {
			await running.playground.reset();
			await ui.open(running.url, 'alice');
			await scene(ui, running);
			await settle(ui);
			const path = join(DOCS, file);
			await page.screenshot({ path });
			console.log(`  ${relative(process.cwd(), path)}`);
		}
		const errors = running.playground.state().engineErrors;
		if (errors.length) {
			throw new Error(`The engine reported errors: ${JSON.stringify(errors)}`);
		}
	} finally {
		await browser.close();
		await running.stop();
	}
}

/** Fonts loaded, no hover effect, animations done. */
async function settle(ui: PlaygroundPage): Promise<void> {
	await ui.page.mouse.move(0, VIEWPORT.height - 1);
	await ui.page.evaluate(() => document.fonts.ready);
	await ui.page.waitForTimeout(300);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.stack : error);
	process.exit(1);
});
