// End-to-end: the interview screens are a wasm of their own (tools/split-wasm.mjs), fetched by
// the page only when an interview route opens (the service worker precaches it with the rest of
// the build); home and review never ask for it; offline it comes from the cache; a failed load
// is said in words with Retry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { inBrowser } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { restartableServer, serviceWorkerControls } from './support/pwa.mjs';
import { InterviewPage } from './pages/interview.mjs';

const SPLIT = /\/split_interviews-[0-9a-f]{16}\.wasm$/;
const LOADER = /\/__wasm_split-[0-9a-f]{16}\.js$/;

let server;
before(async () => { server = await restartableServer(DIST); });
after(async () => { await server.stop(); });

/** The URLs the page itself requests (not its service worker), in order. */
function pageRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the build has one interview wasm and its loader next to the main wasm', async () => {
  const files = (await readdir(DIST)).map((f) => `/${f}`);
  assert.equal(files.filter((f) => SPLIT.test(f)).length, 1, files.join(' '));
  assert.equal(files.filter((f) => LOADER.test(f)).length, 1, files.join(' '));
});

test('home and review do not fetch the interview wasm; the interview routes do, and work', async () => {
  await inBrowser({}, async ({ page }) => {
    const urls = pageRequests(page);
    await page.goto(server.url);
    await page.getByTestId('today-counts').waitFor();
    await page.goto(`${server.url}#/review`);
    await page.locator('.review-bar').waitFor();
    assert.ok(urls.some((u) => LOADER.test(u)), 'the glue imports the loader');
    assert.deepEqual(urls.filter((u) => SPLIT.test(u)), [], 'home or review fetched the interview wasm');

    const interview = new InterviewPage(page, server.url);
    await interview.openPicker();
    assert.equal(urls.filter((u) => SPLIT.test(u)).length, 1, 'the picker fetched its wasm once');
    await interview.start('Design a URL shortener');
    assert.match(await interview.phaseTitle(), /^1 of 4 · Clarify/);
    await interview.typeNotes('100M URLs/month, **p99** 20 ms');
    await page.getByRole('button', { name: 'Preview' }).click();
    assert.match(await page.getByTestId('notes-preview').innerHTML(), /<strong>p99<\/strong>/);
    await page.goto(`${server.url}#/history`);
    await page.getByRole('heading', { name: 'Interview history' }).waitFor();
    assert.equal(urls.filter((u) => SPLIT.test(u)).length, 1, 'the wasm is fetched once per page');
  });
});

test('offline with the server stopped, the interview screens come from the cache', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await page.goto(server.url);
    await page.getByTestId('today-counts').waitFor();
    await serviceWorkerControls(page);
    await context.setOffline(true);
    await server.stop();
    try {
      const interview = new InterviewPage(page, server.url);
      await page.reload();
      await interview.openPicker();
      await interview.start('Design a URL shortener');
      await interview.typeNotes('works offline');
    } finally {
      await context.setOffline(false);
      await server.start();
    }
  });
});

test('a failed load says so, and Retry loads the screens', async () => {
  await inBrowser({}, async ({ page }) => {
    await page.route(SPLIT, (route) => route.abort());
    await page.goto(`${server.url}#/interviews`);
    await page.getByRole('heading', { name: "archdrill can't load the interview screens" }).waitFor();
    await page.unroute(SPLIT);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('interview-list').waitFor();
  });
});

const YOUR_DATA = /\/split_your_data-[0-9a-f]{16}\.wasm$/;

test('Your data (Settings and the Home notices) is a wasm of its own: not fetched by Review, once by Home after its paint, offline from the cache', async () => {
  await inBrowser({}, async ({ context, page }) => {
    const urls = pageRequests(page);
    await page.goto(`${server.url}#/review`);
    await page.locator('.review-bar').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(urls.filter((u) => YOUR_DATA.test(u)), [], 'Review fetched the Your data wasm');
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Curriculum' }).waitFor();
    await page.locator('details.settings > summary').click();
    await page.getByRole('button', { name: 'Export backup' }).waitFor();
    assert.equal(urls.filter((u) => YOUR_DATA.test(u)).length, 1, 'Home and Settings fetched it once');

    await serviceWorkerControls(page);
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.locator('details.settings > summary').click();
    await page.getByRole('button', { name: 'Export backup' }).waitFor();
    await context.setOffline(false);
    await server.start(DIST);
  });
});

const STATS = /\/split_stats-[0-9a-f]{16}\.wasm$/;
const OWN_TEXT = /\/split_own_text-[0-9a-f]{16}\.wasm$/;

test('Stats and the renderer of own cards are wasms of their own, fetched only when they are needed', async () => {
  await inBrowser({}, async ({ page }) => {
    const urls = pageRequests(page);
    const fetched = (piece) => urls.filter((u) => piece.test(u)).length;
    await page.goto(`${server.url}#/review`);
    await page.locator('.review-bar').waitFor();
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Curriculum' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual([fetched(STATS), fetched(OWN_TEXT)], [0, 0], 'Review and Home need neither');
    await page.goto(`${server.url}#/stats`);
    await page.getByTestId('streaks').waitFor();
    assert.equal(fetched(STATS), 1);
    await page.goto(`${server.url}#/decks/new`);
    await page.getByTestId('deck-name').fill('Mine');
    await page.getByRole('button', { name: 'Save deck' }).click();
    await page.getByTestId('add-card').click();
    await page.getByTestId('edit-front').fill('Rendered?');
    await page.getByTestId('edit-back').fill('By the own-text piece');
    await page.getByRole('button', { name: 'Save card' }).click();
    await page.getByTestId('topic-cards').getByText('Rendered?').waitFor();
    assert.equal(fetched(OWN_TEXT), 1, 'the first own card brings the renderer');
  });
});
