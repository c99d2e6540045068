// End-to-end: a new learner reviews with the keyboard, reloads, undoes; card HTML never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();

test('a new learner reviews five cards with the keyboard and everything survives a reload', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    assert.deepEqual(await home.counts(), { due: 0, new: 20, drill: 0 });
    assert.equal(await home.historyTotal(), 0);

    await home.startReviewWithKeyboard();
    const review = new ReviewPage(page);
    const seen = [];
    const grades = [5, 4, 2, 5, 3];
    for (const [i, q] of grades.entries()) {
      seen.push(await review.frontText());
      await review.showAnswerWithKeyboard(i % 2 ? 'Enter' : 'Space');
      await review.gradeWithKeyboard(q);
    }
    assert.equal(new Set(seen).size, 5, `five different cards: ${seen.join(' | ')}`);
    // 15 new left plus the two cards graded below 4 waiting for the re-drill
    assert.equal(await review.remaining(), 17);

    await page.reload();
    await home.open();
    assert.deepEqual(await home.counts(), { due: 0, new: 15, drill: 2 });
    assert.equal(await home.historyTotal(), 5);
  });
});

test('undo brings back the previous card and count, also after a reload', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await page.goto(`${server.url}#/review`);
    const review = new ReviewPage(page);
    const first = await review.frontText();
    const remaining = await review.remaining();
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(5);
    assert.notEqual(await review.frontText(), first);
    assert.equal(await review.remaining(), remaining - 1);

    await review.undoWithKeyboard();
    assert.equal(await review.frontText(), first);
    assert.equal(await review.remaining(), remaining);
    assert.equal(await review.back().count(), 0, 'the restored card shows its front only');

    await page.reload();
    await home.open();
    assert.deepEqual(await home.counts(), { due: 0, new: 20, drill: 0 });
    assert.equal(await home.historyTotal(), 0);
  });
});

test('HTML in card text is shown literally and never runs', async () => {
  await inBrowser({}, async ({ page }) => {
    await page.goto(`${server.url}#/review/topic/escaping`);
    const review = new ReviewPage(page);
    assert.equal(await review.frontText(), 'What does <img src=x onerror="window.__xss = 1"> do here?');
    await review.showAnswerWithKeyboard();
    assert.match(await review.back().textContent(), /<script>window.__xss = 2<\/script>/);
    assert.equal(await page.locator('[data-testid=card-front] img, [data-testid=card-back] script').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });
});
