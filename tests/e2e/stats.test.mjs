// End-to-end: the Stats screen over what the learner did — today's reviews in the heatmap (its
// day said on keyboard focus), the streak, true retention counted as Anki counts it, the card
// counts and the forecast agreeing with Home, and an empty collection saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();

/** Opens the Stats screen and waits for its figures. */
async function openStats(page) {
  await page.goto(`${server.url}#/stats`);
  await page.getByTestId('streaks').waitFor();
}

test('the Stats screen draws what was reviewed today', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    const before = await home.counts();
    await page.goto(`${server.url}#/review`);
    const review = new ReviewPage(page);
    // three first reviews: two passed (4, 5), one failed (2), which comes back as a re-drill
    for (const q of [4, 5, 2]) {
      await review.showAnswerWithKeyboard();
      await review.gradeWithKeyboard(q);
    }
    await openStats(page);
    assert.match(await page.getByTestId('heatmap-day').textContent(), /: 3 reviews$/);
    await page.getByTestId('heatmap').focus();
    await page.keyboard.press('ArrowUp');
    assert.match(await page.getByTestId('heatmap-day').textContent(), /: 0 reviews$/, 'the day before');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.getByTestId('heatmap-day').textContent(), /: 3 reviews$/);
    assert.match(await page.getByTestId('streaks').textContent(), /Current streak1 day/);
    const young = await page.getByTestId('retention').locator('tbody tr').first().textContent();
    assert.match(young, /Young—/, "a new card's first review is not counted (Anki's true retention)");
    const all = await page.getByTestId('card-counts').locator('tbody tr').first().textContent();
    assert.match(all, /All cards[\d,]+3/, '3 cards learning');
    const forecast = await page.getByTestId('forecast-today').textContent();
    assert.match(forecast, new RegExp(`and ${before.new - 3} new\\.$`), 'the new cards left today, as Home counts them');
    assert.equal(await page.getByTestId('mastery').locator('li').count(), 8);
  });
});

test('an empty collection has a Stats screen too', async () => {
  await inBrowser({ colorScheme: 'dark', width: 390 }, async ({ page }) => {
    await openStats(page);
    assert.match(await page.getByTestId('streaks').textContent(), /Current streak0 days/);
    assert.match(await page.getByTestId('retention').textContent(), /Young—/);
    await page.getByText('No rated interview yet').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 390 px (${overflow} px)`);
  });
});
