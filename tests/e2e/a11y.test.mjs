// End-to-end accessibility gate: axe-core (WCAG 2.0/2.1 A and AA, best practices) on every screen
// and state of the release build, light and dark, 390 and 1280 px wide; on each, every control is
// reached with Tab and shows its focus. Any violation fails, printed with rule, impact, elements
// and help. Also: the interview announces phase changes politely, and grade names start with the digit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { serviceWorkerControls, twoBuildsForFile } from './support/pwa.mjs';
import { axeViolations, describeViolation, keyboardProblems } from './support/a11y.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { TopicsPage } from './pages/topics.mjs';
import { InterviewPage } from './pages/interview.mjs';
import { PwaPage } from './pages/pwa.mjs';
import { EditorPage } from './pages/editor.mjs';
import { BrowsePage } from './pages/browse.mjs';

const site = twoBuildsForFile(DIST, 'a11y-test');

/** Walks a new learner through every screen and state, yielding each one's name once it shows. */
async function* screens({ context, page }) {
  const { server, buildB } = site;
  const home = new HomePage(page, server.url);
  const review = new ReviewPage(page);
  const topics = new TopicsPage(page, server.url);
  const interview = new InterviewPage(page, server.url);
  const pwa = new PwaPage(page);
  await home.openWhole();
  yield 'Home, no reviews yet';
  // this browser held progress once: its database is gone
  await page.evaluate(() => localStorage.setItem('archdrill:held', '40 20400'));
  await page.reload();
  await page.getByTestId('eviction-notice').waitFor();
  yield 'Home, the browser deleted the data';
  await page.getByRole('button', { name: 'Start afresh' }).click();
  await pwa.storageStatus();
  yield 'Settings';
  await page.goto(`${server.url}#/review/topic/caching`);
  await review.front().waitFor();
  yield 'Review, front';
  await review.showAnswerWithKeyboard();
  yield 'Review, answer shown';
  await review.gradeWithKeyboard(2);
  await page.goto(`${server.url}#/review/topic/escaping`);
  await review.finishQueue();
  yield 'Review finished';
  await home.openWhole();
  yield 'Home, with reviews';
  await topics.open();
  yield 'Topics';
  await topics.search('replica lag');
  yield 'Topics, search results';
  await topics.openTopic('Caching');
  yield 'A topic';
  const browse = new BrowsePage(page, server.url);
  await browse.open();
  await browse.choose('state', 'Learning (interval under 21 days)');
  await browse.select(1);
  await browse.act('Suspend', '1 card suspended.');
  yield 'Card browser, a card suspended';
  await browse.openCard(0);
  yield 'A card in the browser';
  yield* ownScreens(page);
  yield* interviewScreens(page, interview, home);
  await home.open();
  await serviceWorkerControls(page);
  await context.setOffline(true);
  await pwa.offlineIndicator().waitFor();
  yield 'Offline bar';
  await context.setOffline(false);
  await pwa.offlineIndicator().waitFor({ state: 'detached' });
  await server.stop();
  await server.start(buildB.dir);
  await page.reload();
  await pwa.updateBanner().waitFor();
  yield 'Update banner';
  // another tab opens a newer schema: this one gives way and asks to reload; a grade then
  // cannot be saved and says why, with Retry
  await page.evaluate(() => new Promise((done) => {
    const newer = indexedDB.open('archdrill', 99);
    newer.onsuccess = () => { newer.result.close(); done(); };
  }));
  await page.getByText('archdrill was updated in another tab').waitFor();
  yield 'Updated in another tab';
  await page.evaluate(() => { window.location.hash = '#/review'; });
  await review.showAnswerWithKeyboard();
  await page.keyboard.press('4');
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  yield 'A save that failed, with Retry';
  await server.stop();
  await server.start(DIST);
}

/** The editors of own decks and cards, a deck's page with a card, and Stats. */
async function* ownScreens(page) {
  const { url } = site.server;
  const editor = new EditorPage(page, url);
  await page.goto(`${url}#/decks/new`);
  await page.getByTestId('deck-name').waitFor();
  yield 'New deck';
  const deck = await editor.newDeck('Mine');
  yield 'An own deck, empty';
  await editor.openNewCard(deck);
  await editor.fill({ front: 'What is **p99** latency?', back: '' });
  await page.getByRole('button', { name: 'Save card' }).click();
  await page.locator('#edit-back-error').filter({ hasText: /empty/ }).waitFor();
  yield 'Card editor, a field error';
  await editor.fill({ back: 'The time 99 % of requests beat.' });
  await editor.save();
  yield 'An own deck with a card';
  await page.goto(`${url}#/stats`);
  await page.getByTestId('streaks').waitFor();
  yield 'Stats';
}

/** The interview screens: picker, a phase running (and Home offering it), paused and previewed, results, history. */
async function* interviewScreens(page, interview, home) {
  await interview.openPicker();
  yield 'Interview picker';
  await interview.start('Design a URL shortener');
  await interview.typeNotes('100M URLs/month: 40 writes/s, 4k reads/s');
  yield 'Interview phase, running';
  await home.openWhole();
  yield 'Home, an interview to resume';
  await page.getByRole('link', { name: 'Resume interview' }).click();
  await page.getByTestId('phase-title').waitFor();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByText(/^Paused/).waitFor();
  yield 'Interview phase, paused';
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByText('Preview', { exact: true }).click();
  await page.getByTestId('notes-preview').waitFor();
  yield 'Interview notes, preview';
  await page.getByRole('button', { name: 'End now' }).click();
  await page.getByTestId('overall').waitFor();
  yield 'Interview results';
  for (const phase of ['clarify', 'simplify', 'bottleneck', 'failure']) await interview.assess(phase, 'met');
  await interview.saveRating();
  yield 'Interview results, saved';
  await page.goto(`${site.server.url}#/history`);
  await page.getByTestId('history-url-shortener').waitFor();
  yield 'Interview history';
}

/** How many screens `screens` walks through. */
const SCREENS = 29;

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    test(`every screen, ${colorScheme}, ${width} px: no axe violation, every control reached by Tab with a visible focus`, async () => {
      await inBrowser({ colorScheme, width, height: 860 }, async (browser) => {
        const failures = [];
        let audited = 0;
        for await (const screen of screens(browser)) {
          const where = `${screen} · ${colorScheme} · ${width} px`;
          for (const v of await axeViolations(browser.page)) failures.push(describeViolation(where, v));
          for (const problem of await keyboardProblems(browser.page)) failures.push(`${where}: keyboard: ${problem}`);
          audited++;
        }
        if (failures.length) assert.fail(`${failures.length} accessibility failure(s):\n${failures.join('\n')}`);
        assert.equal(audited, SCREENS);
      });
    });
  }
}

/** The text of every live region of the page, with its politeness. */
function liveRegions(page) {
  return page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log], [role=timer]')]
    .map((el) => ({
      politeness: el.getAttribute('aria-live') ?? ({ alert: 'assertive', timer: 'off' }[el.getAttribute('role')] ?? 'polite'),
      text: el.textContent.trim(),
    }))
    .filter((r) => r.politeness !== 'off'));
}

test('the interview announces a phase change politely and stays quiet while its clocks tick', async () => {
  await inBrowser({}, async ({ page }) => {
    const interview = new InterviewPage(page, site.server.url);
    await interview.openPicker();
    await interview.start('Design a URL shortener');
    const first = await liveRegions(page);
    await page.waitForTimeout(2200); // the clocks move every second
    assert.deepEqual(await liveRegions(page), first, 'nothing is announced as the seconds pass');
    assert.ok(first.some((r) => r.politeness === 'polite' && /^1 of 4 · Clarify/.test(r.text)), JSON.stringify(first));
    await interview.nextPhase();
    const next = await liveRegions(page);
    assert.ok(next.some((r) => r.politeness === 'polite' && /^2 of 4 · /.test(r.text)), JSON.stringify(next));
  });
});

test('the grade buttons are named by their digit first, 5 to 0', async () => {
  await inBrowser({}, async ({ page }) => {
    const review = new ReviewPage(page);
    await page.goto(`${site.server.url}#/review`);
    await review.showAnswerWithKeyboard();
    const tree = await page.getByRole('group', { name: 'Grade your recall' }).ariaSnapshot();
    const names = [...tree.matchAll(/- button "([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(names.map((n) => n.match(/^(\d) /)?.[1]), ['5', '4', '3', '2', '1', '0'], names.join(' | '));
  });
});
