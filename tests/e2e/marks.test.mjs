// End-to-end: marks from the review screen. Suspend (@) and bury (-) take the card out of the
// queue and Home's counts at once and after a reload, Undo brings it back, a buried card returns
// the next study day, a flag stays on its card, and the grade that makes a leech suspends the
// card with the leech notice. The browser's clock is fixed where "tomorrow" is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();
const DAY_MS = 86_400_000;
const NOON = new Date('2026-06-01T12:00:00').getTime();

/** The id of the card the review screen shows. */
const currentCard = (page) => page.locator('article.card').getAttribute('data-card-id');

/** Lets every new card into today's queue, so one set aside shows in Home's new count. */
async function allowAllNewCards(page, home) {
  await home.openWhole();
  await home.saveSettings({ 'New cards per day': 999 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=count-new]')?.textContent) > 20);
}

/** Opens the review screen and waits for a card. */
async function openReview(page) {
  await page.goto(`${server.url}#/review`);
  await page.getByTestId('card-front').waitFor();
}

/** Presses `key` on the review screen and waits for the mark's notice to say `said`. */
async function markWith(page, key, said) {
  const first = await currentCard(page);
  await page.keyboard.press(key);
  await page.getByTestId('mark-notice').filter({ hasText: said }).waitFor();
  await page.waitForFunction((id) => document.querySelector('article.card')?.dataset.cardId !== id, first);
  return first;
}

test('a suspended card leaves the queue and the counts, stays suspended after a reload, and Undo brings it back', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await allowAllNewCards(page, home);
    const before = await home.counts();
    await openReview(page);
    const suspended = await markWith(page, '@', 'Suspended: it leaves every queue');
    await home.open();
    assert.equal((await home.counts()).new, before.new - 1);
    await page.reload();
    await page.getByTestId('count-new').waitFor();
    assert.equal((await home.counts()).new, before.new - 1, 'stored: still suspended after a reload');
    await openReview(page);
    assert.notEqual(await currentCard(page), suspended);
    await page.keyboard.press('-');
    await page.getByTestId('mark-notice').filter({ hasText: 'Buried' }).waitFor();
    await page.getByTestId('mark-notice').getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('mark-notice').waitFor({ state: 'detached' });
    await home.open();
    assert.equal((await home.counts()).new, before.new - 1, 'the bury undone, the suspend kept');
  });
});

test('a buried card is back the next study day and a flag stays on its card', async () => {
  await inBrowser({ colorScheme: 'dark', width: 390 }, async ({ context, page }) => {
    await context.clock.setFixedTime(NOON);
    const home = new HomePage(page, server.url);
    await allowAllNewCards(page, home);
    const before = await home.counts();
    await openReview(page);
    const flagged = await currentCard(page);
    await page.getByLabel('Flag').selectOption('Orange');
    await page.getByTestId('mark-notice').filter({ hasText: 'Flagged orange.' }).waitFor();
    await page.reload();
    await page.getByTestId('card-front').waitFor();
    assert.equal(await currentCard(page), flagged, 'a flag does not set the card aside');
    assert.equal(await page.getByLabel('Flag').inputValue(), 'Orange');
    await markWith(page, '-', 'Buried until the next study day.');
    await home.open();
    assert.equal((await home.counts()).new, before.new - 1);
    await context.clock.setFixedTime(NOON + DAY_MS);
    await home.open();
    assert.equal((await home.counts()).new, before.new, 'back the next day');
  });
});

test('the lapse that reaches the leech threshold suspends the card with the leech notice', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await context.clock.setFixedTime(NOON);
    const home = new HomePage(page, server.url);
    await home.openWhole();
    await home.saveSettings({ 'Leech after this many lapses (0: never)': 1 });
    await openReview(page);
    const card = await currentCard(page);
    const review = new ReviewPage(page);
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(4); // learned: due tomorrow
    await context.clock.setFixedTime(NOON + DAY_MS);
    await home.open(); // a load: the app takes the new day
    await openReview(page);
    assert.equal(await currentCard(page), card, 'due first');
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(1); // its first lapse: a leech at threshold 1
    const notice = page.getByTestId('leech-notice');
    assert.match(await notice.textContent(), /This card keeps slipping — it is suspended; edit it or break it into smaller cards\./);
    await home.open();
    assert.equal((await home.counts()).due, 0, 'suspended: not due, not in the re-drill');
    assert.equal((await home.counts()).drill, 0);
    await openReview(page);
    assert.notEqual(await currentCard(page), card);
  });
});
