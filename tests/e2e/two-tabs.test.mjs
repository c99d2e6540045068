// End-to-end: two tabs of one browser grade alternately, the same card on the same day
// included; both end up showing the same counts, the stored states are the replay of the log,
// and no card has two scheduling grades on one day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();
const TOPIC = 'variables-and-data-types';

/** In the page: every stored event and card record of the app's database. */
function readDatabase() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('archdrill');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['events', 'cards'], 'readonly');
      const events = tx.objectStore('events').getAll();
      const cards = tx.objectStore('cards').getAll();
      tx.oncomplete = () => { open.result.close(); resolve({ events: events.result, cards: cards.result }); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Grades the card `review` shows with `q` (answer shown first); returns its front. */
async function gradeShown(review, q) {
  const front = await review.frontText();
  await review.showAnswerWithKeyboard();
  await review.gradeWithKeyboard(q);
  return front;
}

test('two tabs grading alternately agree, and a card schedules once a day', async () => {
  await inBrowser({}, async ({ context, page: first }) => {
    const home = new HomePage(first, server.url);
    await home.open();
    const second = await context.newPage();
    const url = `${server.url}#/review/topic/${TOPIC}`;
    await first.goto(url);
    await second.goto(url);
    const [a, b] = [new ReviewPage(first), new ReviewPage(second)];

    // both tabs show the same first card; the first tab grades it 2 (it schedules), then the
    // second tab, which had loaded before that grade, is told and moves on
    const shared = await a.frontText();
    assert.equal(await b.frontText(), shared);
    await gradeShown(a, 2);
    await second.waitForFunction((f) => document.querySelector('[data-testid=card-front]')?.textContent.trim() !== f, shared);
    // alternate: each tab grades what it shows, re-drills of the other tab's cards included
    const graded = [];
    for (let i = 0; i < 16; i++) {
      const [page, review] = i % 2 ? [first, a] : [second, b];
      await page.bringToFront();
      graded.push(await gradeShown(review, i % 3 === 0 ? 3 : 5));
    }
    assert.ok(graded.includes(shared), `the shared card came back as a re-drill: ${graded.join(' | ')}`);

    const counts = async (page) => {
      await page.goto(server.url);
      await page.getByTestId('count-new').waitFor();
      return new HomePage(page, server.url).counts();
    };
    assert.deepEqual(await counts(first), await counts(second), 'both tabs show the same counts');

    const { events, cards } = await first.evaluate(readDatabase);
    assert.equal(events.length, 17);
    const ids = events.map((e) => e.id);
    assert.equal(new Set(ids).size, 17, 'every event has its own id');
    // the stored state of each card is its newest event's state: the replay written in the
    // grade's own transaction
    const newest = new Map();
    for (const e of [...events].sort((x, y) => (x.id < y.id ? -1 : 1))) newest.set(e.card_id, e.after);
    for (const { id, state } of cards) assert.deepEqual(state, newest.get(id), id);
    // a scheduling grade changes the state, a re-drill keeps it: at most one a card a day
    const scheduling = new Map();
    for (const e of events) {
      if (JSON.stringify(e.before) === JSON.stringify(e.after)) continue;
      const key = `${e.card_id}@${e.day}`;
      scheduling.set(key, (scheduling.get(key) ?? 0) + 1);
    }
    for (const [key, n] of scheduling) assert.equal(n, 1, `${key} scheduled ${n} times`);
    assert.ok(scheduling.size >= 8, `${scheduling.size} cards scheduled`);
  });
});

test('a newer version opened in another tab is not blocked, and this tab asks to reload', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await home.reviewOneCard(4); // the database exists and this tab holds it open
    // what a newer build does in another tab: open the next schema version
    const [opened, version] = await page.evaluate(async () => {
      const { version } = (await indexedDB.databases()).find((d) => d.name === 'archdrill');
      const opened = await new Promise((resolve) => {
        const request = indexedDB.open('archdrill', version + 1);
        request.onblocked = () => resolve('blocked');
        request.onsuccess = () => { request.result.close(); resolve(`opened v${request.result.version}`); };
        request.onerror = () => resolve(`error ${request.error}`);
      });
      return [opened, version];
    });
    assert.equal(opened, `opened v${version + 1}`);
    const banner = page.getByRole('alert').filter({ hasText: 'archdrill was updated in another tab' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Reload' }).waitFor();
  });
});
