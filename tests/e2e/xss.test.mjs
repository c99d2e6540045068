// End-to-end: the XSS corpus (tests/fixtures/xss/vectors.json) through every text path — card
// fronts and backs on a topic's page, in review and in search results, a topic's name and
// summary, interview notes in the preview and on the results page. Nothing runs and every vector
// is visible as text, with the Content-Security-Policy switched off (the renderers alone must
// hold) and on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { CANARY_SCRIPT, VECTORS, unsafeMarkup, vectorsNotShown } from './support/untrusted.mjs';
import { DECK, TOPIC, deckText } from '../fixtures/xss/write-deck.mjs';
import { InterviewPage } from './pages/interview.mjs';
import { ReviewPage } from './pages/review.mjs';
import { TopicsPage } from './pages/topics.mjs';

const server = serveAppForFile();

/** Runs `body` in a fresh browser with the canary installed, with or without the app's CSP. */
const withCanary = (bypassCSP, body) => inBrowser({ bypassCSP }, async (browser) => {
  await browser.context.addInitScript(CANARY_SCRIPT);
  await body(browser);
});

test('the XSS fixture deck is written from the vectors as they are now', async () => {
  assert.equal(await readFile(DECK, 'utf8'), deckText(), 'run node tests/fixtures/xss/write-deck.mjs');
  assert.ok(VECTORS.length >= 80, `${VECTORS.length} vectors`);
});

for (const bypassCSP of [true, false]) {
  const mode = bypassCSP ? 'without the CSP' : 'under the CSP';

  test(`every vector on a topic's page is shown as text and nothing runs (${mode})`, async () => {
    await withCanary(bypassCSP, async ({ page }) => {
      await page.goto(`${server.url}#/topics/xss`);
      const cards = page.getByTestId('topic-cards');
      await cards.waitFor();
      const fronts = await cards.locator('.front').allTextContents();
      const backs = await cards.locator('.back').allTextContents();
      assert.equal(fronts.length, VECTORS.length, 'one card per vector');
      VECTORS.forEach((v, i) => {
        assert.match(fronts[i], new RegExp(`XSS vector ${i + 1}\\b`));
        assert.deepEqual(vectorsNotShown(fronts[i], [v]), [], `front ${i + 1}`);
        assert.deepEqual(vectorsNotShown(backs[i], [v]), [], `back ${i + 1}`);
      });
      await page.waitForTimeout(300); // time for an onerror or onload to fire
      assert.deepEqual(await unsafeMarkup(page, '[data-testid=topic-cards] .md'), []);
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      assert.ok(heading.includes(TOPIC.name), `the topic's name as text: ${heading}`);
      assert.equal(await page.locator('main img, main script').count(), 0);
    });
  });
}

test('the topic name and summary are text on the Topics screen, and search results are safe', async () => {
  await withCanary(true, async ({ page }) => {
    const topics = new TopicsPage(page, server.url);
    await topics.open();
    assert.equal(await page.getByText(TOPIC.name, { exact: false }).count() > 0, true, 'the name as text');
    assert.equal(await page.getByText(TOPIC.summary, { exact: false }).count() > 0, true, 'the summary as text');
    await topics.search('XSS vector 7');
    assert.ok((await topics.resultFronts()).length >= 10, 'search finds vectors 7 and 70–79');
    await page.locator('[data-testid=search-results] details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    await page.waitForTimeout(300);
    assert.deepEqual(await unsafeMarkup(page, '[data-testid=search-results] .md'), []);
  });
});

test('reviewing the corpus shows fronts and answers as text', async () => {
  await withCanary(true, async ({ page }) => {
    await page.goto(`${server.url}#/review/topic/xss`);
    const review = new ReviewPage(page);
    for (let i = 0; i < 10; i++) {
      const front = await review.frontText();
      const n = Number(front.match(/XSS vector (\d+)/)[1]);
      await review.showAnswerWithKeyboard();
      const back = await page.getByTestId('card-back').textContent();
      assert.deepEqual(vectorsNotShown(`${front} ${back}`, [VECTORS[n - 1]]), [], `vector ${n}`);
      assert.deepEqual(await unsafeMarkup(page, '[data-testid=card-front], [data-testid=card-back]'), [], `vector ${n}`);
      await review.gradeWithKeyboard(5);
    }
  });
});

test('interview notes holding every vector are text in the preview and on the results page', async () => {
  await withCanary(true, async ({ page }) => {
    const interview = new InterviewPage(page, server.url);
    await interview.openPicker();
    await page.getByRole('button', { name: /^Start / }).first().click();
    await page.getByTestId('phase-title').waitFor();
    await page.getByTestId('notes').fill(VECTORS.join('\n\n'));
    await interview.saved();
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('notes-preview');
    await page.waitForTimeout(300);
    assert.deepEqual(vectorsNotShown(await preview.textContent()), []);
    assert.deepEqual(await unsafeMarkup(page, '[data-testid=notes-preview]'), []);

    for (let phase = 2; phase <= 4; phase++) await interview.nextPhase();
    await interview.finish();
    await page.waitForTimeout(300);
    const results = page.locator('[data-testid=result-clarify] .notes-out');
    assert.deepEqual(vectorsNotShown(await results.textContent()), []);
    assert.deepEqual(await unsafeMarkup(page, '[data-testid=result-clarify] .notes-out'), []);
  });
});
