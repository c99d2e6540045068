// Launches the system Chromium through playwright-core with a fresh, persistent profile.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A new browser profile (so IndexedDB survives reloads and restarts); `close()` removes it. */
export async function launch({ colorScheme = 'light', width = 1280, height = 900 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'archdrill-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme,
    viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context, page, errors,
    close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); },
  };
}

/**
 * Runs `body` with a fresh browser (see `launch`), then checks the page threw no error and
 * closes the browser, whatever happened.
 */
export async function inBrowser(options, body) {
  const browser = await launch(options);
  try {
    await body(browser);
    assert.deepEqual(browser.errors, [], 'uncaught errors in the page');
  } finally {
    await browser.close();
  }
}
