// End-to-end: the card browser. Paging, a filter and a sort over reviewed cards; a card
// suspended from the browser leaves Home's due count and comes back when unsuspended; three
// cards buried at once; a reviewed card reset to new; a card's history after two reviews on
// two days. The browser's clock is fixed so "tomorrow" comes on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { BrowsePage } from './pages/browse.mjs';

const server = serveAppForFile();
const DAY_MS = 86_400_000;
const NOON = new Date('2026-06-01T12:00:00').getTime();

/** Grades the next cards of the whole review `grades` (one each, in order), the app loaded
 * afresh (so it reads the clock's study day). */
async function review(page, grades) {
  await page.goto('about:blank');
  await page.goto(`${server.url}#/review`);
  const screen = new ReviewPage(page);
  for (const q of grades) {
    await screen.showAnswerWithKeyboard();
    await screen.gradeWithKeyboard(q);
  }
}

test('the table pages by 50, filters by state and sorts both ways', async () => {
  await inBrowser({}, async ({ page }) => {
    await review(page, [5, 4]); // easiness 2.6 and 2.5
    const browse = new BrowsePage(page, server.url);
    await browse.open();
    const all = (await browse.waitShowing(/^Showing 1–50 of /)).match(/of ([\d,]+)$/)[1];
    assert.equal(await browse.rows().count(), 50);
    await browse.next();
    await browse.waitShowing(`Showing 51–100 of ${all}`);
    await browse.previous();
    await browse.waitShowing(`Showing 1–50 of ${all}`);
    await browse.choose('state', 'Learning (interval under 21 days)');
    await browse.waitShowing('Showing 1–2 of 2');
    assert.ok(await page.getByTestId('browse-next').isDisabled());
    await browse.choose('sort', 'Ease');
    await browse.choose('order', 'Descending');
    await page.getByTestId('browse-table').filter({ hasText: '2.60' }).waitFor();
    assert.deepEqual(await browse.column(5), ['2.60', '2.50']);
    await browse.choose('order', 'Ascending');
    await page.waitForFunction(() => document.querySelector('[data-testid=browse-table] tbody td:nth-child(6)')?.textContent === '2.50');
    assert.deepEqual(await browse.column(5), ['2.50', '2.60']);
    await browse.choose('state', 'Any state');
    await browse.choose('topic', 'Caching');
    const caching = await browse.waitShowing(/^Showing 1–\d+ of \d+$/);
    assert.ok(!caching.endsWith(`of ${all}`), caching);
    assert.ok((await browse.column(2)).every((topic) => topic === 'Caching'));
  });
});

test('a card suspended in the browser leaves Home\'s due count and comes back when unsuspended', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await context.clock.setFixedTime(NOON);
    await review(page, [4]); // due tomorrow
    await context.clock.setFixedTime(NOON + DAY_MS);
    const home = new HomePage(page, server.url);
    await home.open();
    assert.equal((await home.counts()).due, 1);
    const browse = new BrowsePage(page, server.url);
    await browse.open();
    await browse.choose('state', 'Due today');
    await browse.waitShowing('Showing 1–1 of 1');
    await browse.select(1);
    assert.equal(await browse.act('Suspend', '1 card suspended.'), '1 card suspended.');
    await browse.choose('state', 'Suspended');
    await browse.waitShowing('Showing 1–1 of 1');
    assert.deepEqual(await browse.column(8), ['Suspended']);
    // through the nav, in the app: the query stays as it was
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByTestId('count-due').filter({ hasText: /^0$/ }).waitFor();
    assert.equal((await home.counts()).due, 0, 'a suspended card is not due');
    await page.getByRole('link', { name: 'Browse' }).click();
    await browse.waitShowing('Showing 1–1 of 1');
    assert.equal(await page.getByTestId('browse-state').inputValue(), '5', 'still "Suspended"');
    await browse.select(1);
    await browse.act('Unsuspend', '1 card unsuspended.');
    await home.open();
    assert.equal((await home.counts()).due, 1, 'back once unsuspended');
  });
});

test('three cards buried at once, and flagged', async () => {
  await inBrowser({}, async ({ page }) => {
    const browse = new BrowsePage(page, server.url);
    await browse.open();
    await browse.choose('topic', 'Caching');
    await browse.waitShowing(/^Showing 1–\d+ of \d+$/);
    await browse.select(3);
    await page.getByTestId('browse-selected').filter({ hasText: '3 selected' }).waitFor();
    await browse.act('Bury', '3 cards buried until the next study day.');
    await browse.flag('Green', '3 cards flagged green.');
    await browse.choose('state', 'Buried');
    await browse.waitShowing('Showing 1–3 of 3');
    assert.deepEqual(await browse.column(8), Array(3).fill('Buried, Flagged green'));
    const stored = await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('archdrill');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result.filter((e) => e.action.Mark === 'Bury').length);
      };
    }));
    assert.equal(stored, 3, 'one mark event per card');
  });
});

test('a reviewed card reset to new, and its history after two reviews', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await context.clock.setFixedTime(NOON);
    await review(page, [4]);
    await context.clock.setFixedTime(NOON + DAY_MS);
    await review(page, [5]); // the same card, due again
    const browse = new BrowsePage(page, server.url);
    await browse.open();
    await browse.choose('state', 'Learning (interval under 21 days)');
    await browse.waitShowing('Showing 1–1 of 1');
    await browse.openCard(0);
    const twice = await browse.history();
    assert.deepEqual(twice.map(([, what, grade, interval]) => [what, grade, interval]), [
      ['Review', '4', '1 day'],
      ['Review', '5', '6 days'],
    ]);
    assert.equal((await browse.schedule()).Repetitions, '2');
    await browse.reset('1 card reset to new.');
    await page.getByTestId('card-history').locator('tbody tr').nth(2).waitFor();
    assert.deepEqual((await browse.history()).map((cells) => cells[1]), ['Review', 'Review', 'Reset to new']);
    assert.match((await browse.schedule()).Due, /^New/);
    await page.getByRole('link', { name: '← All cards' }).click();
    await browse.choose('state', 'New');
    await page.getByTestId('browse-table').waitFor();
    await browse.choose('state', 'Learning (interval under 21 days)');
    await browse.waitShowing('No card matches.');
  });
});
