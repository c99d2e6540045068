// End-to-end: the daily review limit. Due reviews over it leave today's counts and queue, Home
// says how many wait and why, reviews done today count against it, and raising it in Settings
// brings the rest back at once. The browser's clock is fixed so "tomorrow" comes on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();
const DAY_MS = 86_400_000;
const NOON = new Date('2026-06-01T12:00:00').getTime();

/** Grades `n` cards of the review screen 4 each (no re-drill), then opens Home. */
async function gradeFours(page, home, n) {
  await page.goto(`${server.url}#/review`);
  const review = new ReviewPage(page);
  for (let i = 0; i < n; i++) {
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(4);
  }
  await home.openWhole();
}

test('due reviews over the daily limit wait, Home says so, and a higher limit lets them in', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await context.clock.setFixedTime(NOON);
    const home = new HomePage(page, server.url);
    await home.openWhole();
    // three new cards graded 4 today are due tomorrow (interval 1 day)
    await gradeFours(page, home, 3);
    await home.saveSettings({ 'Due reviews per day': 2 });
    await context.clock.setFixedTime(NOON + DAY_MS);
    await home.openWhole();
    assert.equal((await home.counts()).due, 2, 'two of the three due reviews today');
    const waiting = page.getByTestId('due-waiting');
    assert.match(await waiting.textContent(), /^1 more due review is over today's limit of 2\. It stays due/);
    // the two reviews done count against the limit: none is due, one still waits
    await gradeFours(page, home, 2);
    assert.equal((await home.counts()).due, 0);
    assert.match(await waiting.textContent(), /^1 more due review/);
    await home.saveSettings({ 'Due reviews per day': 200 });
    await page.waitForFunction(() => document.querySelector('[data-testid=count-due]')?.textContent === '1');
    assert.equal(await waiting.count(), 0, 'nothing waits under the default limit');
  });
});

test('a review limit out of range is refused with the ranges in words', async () => {
  await inBrowser({ width: 390 }, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.openWhole();
    await page.locator('details.settings > summary').click();
    await page.getByLabel('Due reviews per day').fill('10000');
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = await page.getByRole('alert').textContent();
    assert.equal(alert, 'Not saved: new cards per day must be 0–999, reviews per day 0–9999, the day start hour 0–23 and the leech threshold 0–99.');
    await page.reload();
    await page.locator('details.settings > summary').click();
    assert.equal(await page.getByLabel('Due reviews per day').inputValue(), '200', 'the stored limit is unchanged');
  });
});
