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

/** Whether a console message is Chromium reporting a Content-Security-Policy violation. */
const isCspReport = (message) => /Content Security Policy/.test(message.text()) && /Refused|violates/.test(message.text());

/**
 * A new browser profile (so IndexedDB survives reloads and restarts); `close()` removes it.
 * `bypassCSP` switches the app's Content-Security-Policy off, to test what lies under it;
 * `profile` is a directory of the caller's to keep the profile in (left in place).
 */
export async function launch({ colorScheme = 'light', width = 1280, height = 900, bypassCSP = false, profile } = {}) {
  const dir = profile ?? await mkdtemp(join(tmpdir(), 'archdrill-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme,
    viewport: { width, height },
    bypassCSP,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cspViolations = [];
  page.on('console', (m) => { if (isCspReport(m)) cspViolations.push(m.text()); });
  return {
    context, page, errors, cspViolations,
    close: async () => {
      await context.close();
      if (!profile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body` with a fresh browser (see `launch`), then checks the page threw no error and broke
 * no rule of the Content-Security-Policy, and closes the browser, whatever happened.
 */
export async function inBrowser(options, body) {
  const browser = await launch(options);
  try {
    await body(browser);
    assert.deepEqual(browser.errors, [], 'uncaught errors in the page');
    assert.deepEqual(browser.cspViolations, [], 'Content-Security-Policy violations');
  } finally {
    await browser.close();
  }
}
