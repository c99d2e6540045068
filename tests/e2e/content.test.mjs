// End-to-end: the cards and interviews come from the build's content file, fetched once by
// index.html's first script; a missing or damaged file is named and nothing stored changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBrowser } from './support/browser.mjs';
import { DIST, serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { NAME as CONTENT, fetchScript } from '../../tools/content-file.mjs';

const server = serveAppForFile();

test('the content file is in the build, fetched by index.html, precached and downloaded once', async () => {
  const file = (await readdir(DIST)).find((f) => CONTENT.test(f));
  assert.ok(file, 'the build holds a content-<hash>.txt');
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const script = fetchScript(`/${file}`);
  assert.ok(html.indexOf(script) >= 0 && html.indexOf(script) < html.indexOf('<script type="module"'),
    'index.html fetches it before the app loads');
  assert.ok((await readFile(join(DIST, 'sw.js'), 'utf8')).includes(`"${file}"`), 'the service worker precaches it');
  const text = await readFile(join(DIST, file), 'utf8');
  assert.ok(text.startsWith('archdrill-content 1\u001e'), 'it is a content file');

  await inBrowser({}, async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => { if (CONTENT.test(new URL(r.url()).pathname)) fetched.push(r.url()); });
    await new HomePage(page, server.url).open();
    await page.goto(`${server.url}#/review`);
    const front = await new ReviewPage(page).frontText();
    const words = front.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    assert.ok(words.length >= 2 && words.every((w) => text.includes(w)), `the card "${front}" comes from the file`);
    assert.equal(fetched.length, 1, `one download, the one index.html started: ${fetched.join(', ')}`);
  });
});

for (const [what, reply, reason] of [
  ['missing', { status: 404, body: 'not found' }, /HTTP 404/],
  ['damaged', { status: 200, body: 'hello' }, /record 1: not an archdrill content file/],
]) {
  test(`a ${what} content file is named, and the progress stored is untouched`, async () => {
    await inBrowser({}, async ({ page }) => {
      const home = new HomePage(page, server.url);
      await home.open();
      await page.goto(`${server.url}#/review`);
      const review = new ReviewPage(page);
      await review.showAnswerWithKeyboard();
      await review.gradeWithKeyboard(4);
      await home.open();
      const before = await home.counts();

      // past the service worker's cache, so the reply below is what the app gets
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      });
      const context = page.context();
      await context.route(CONTENT, (route) => route.fulfill(reply));
      await page.reload();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /archdrill can't load its cards/);
      assert.match(await alert.textContent(), reason);
      assert.match(await alert.textContent(), /Your progress is stored on this device and was not changed/);

      await context.unroute(CONTENT);
      await home.open();
      assert.deepEqual(await home.counts(), before, 'the review made before is still there');
    });
  });
}
