// End-to-end: the interview screens are a wasm of their own (tools/split-wasm.mjs), fetched only
// when an interview route opens; home and review never fetch it; it is precached and works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { inBrowser } from './support/browser.mjs';
import { DIST, serveAppForFile } from './support/app.mjs';
import { InterviewPage } from './pages/interview.mjs';

const server = serveAppForFile();
const SPLIT = /\/split_interviews-[0-9a-f]{16}\.wasm$/;
const LOADER = /\/__wasm_split\.[0-9a-f]{16}\.js$/;

/** Every URL the page (or its service worker) requests, in order. */
function recordRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the build has the interview wasm and its loader next to the main wasm', async () => {
  const files = await readdir(DIST);
  assert.equal(files.filter((f) => SPLIT.test(`/${f}`)).length, 1, files.join(' '));
  assert.equal(files.filter((f) => LOADER.test(`/${f}`)).length, 1, files.join(' '));
});

test('home and review do not fetch the interview wasm; the interview routes do, and work', async () => {
  await inBrowser({}, async ({ context, page }) => {
    const urls = recordRequests(context);
    await page.goto(server.url);
    await page.getByTestId('today-counts').waitFor();
    await page.goto(`${server.url}#/review`);
    await page.locator('.review-bar').waitFor();
    assert.ok(urls.some((u) => LOADER.test(u)), 'the loader is imported by the glue');
    assert.deepEqual(urls.filter((u) => SPLIT.test(u)), [], 'home and review fetched the interview wasm');

    const interview = new InterviewPage(page, server.url);
    await interview.openPicker();
    assert.ok(urls.some((u) => SPLIT.test(u)), 'the picker came without its wasm');
    await interview.start('Design a URL shortener');
    assert.match(await interview.phaseTitle(), /^1 of 4 · Clarify/);
    await interview.typeNotes('100M URLs/month, **p99** 20 ms');
  });
});
