import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`): npm packages cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and quiet on the network: no updates, sync, QUIC or first-run work. Playwright adds a fresh profile. */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
	try {
		return await chromium.launch({
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: CHROMIUM_ARGS,
		});
	} catch (error) {
		throw new Error(
			`Could not start Chromium at ${CHROMIUM_PATH} (install it with \`apt-get update && apt-get install -y chromium\`): ${
				(error as Error).message
			}`,
		);
	}
}
