import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM = process.env['CAILIANG_CHROMIUM'] ?? '/usr/bin/chromium';

/** True when a browser is available; in CI its absence is a failure, not a skip. */
export const haveBrowser = existsSync(CHROMIUM);
export const mustHaveBrowser = process.env['CI'] === 'true';

/** Where screenshots go: CI keeps this folder as its artifacts. */
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/**
 * Launches headless Chromium with no network of its own (this machine's network is closed, and
 * a page under test must not need one).
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
