// End-to-end: the topic browser finds cards by their answers and reviews one topic alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { TopicsPage } from './pages/topics.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();

test('search finds a card by a word of its back', async () => {
  await inBrowser({}, async ({ page }) => {
    const topics = new TopicsPage(page, server.url);
    await topics.open();
    await topics.search('Quokkasaurus');
    assert.deepEqual(await topics.resultFronts(), ['Which fixture card does the search test look for?']);
    await topics.search('no-card-says-this-xyzzy');
    assert.deepEqual(await topics.resultFronts(), []);
  });
});

test('opening a topic lists its cards and its review shows only them', async () => {
  await inBrowser({}, async ({ page }) => {
    const topics = new TopicsPage(page, server.url);
    await topics.open();
    await topics.openTopic('Caching');
    const fronts = await topics.topicFronts();
    assert.ok(fronts.length >= 20, `Caching lists ${fronts.length} cards`);
    await topics.startTopicReview();
    const review = new ReviewPage(page);
    const reviewed = [];
    // with the default limit of 20 new cards a day, a fresh learner gets 20 of them
    for (let i = 0; i < 20; i++) {
      const front = await review.frontText();
      assert.ok(fronts.includes(front), `"${front}" is not a Caching card`);
      reviewed.push(front);
      await review.showAnswerWithKeyboard();
      await review.gradeWithKeyboard(5);
    }
    await page.getByTestId('finished').waitFor();
    assert.equal(new Set(reviewed).size, 20);
  });
});
