// End-to-end: the cards and interviews come from the build's content file, fetched once by
// index.html's first script, or from its outline (no card text) when the app opens on the home
// screen, with the content file fetched once right after; a missing or damaged file is named
// and nothing stored changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBrowser } from './support/browser.mjs';
import { DIST, serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { NAME as CONTENT, OUTLINE, fetchScript, outlineName } from '../../tools/content-file.mjs';

const server = serveAppForFile();

/** Collects the paths of the outline and content-file requests the page makes. */
function fetchesOf(page) {
  const fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (CONTENT.test(path) || OUTLINE.test(path)) fetched.push(path.split('/').pop());
  });
  return fetched;
}

test('the content file and its outline are in the build, fetched by index.html, precached', async () => {
  const file = (await readdir(DIST)).find((f) => CONTENT.test(f));
  assert.ok(file, 'the build holds a content-<hash>.txt');
  const outline = outlineName(file);
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const script = fetchScript('/', outline, file);
  assert.ok(html.indexOf(script) >= 0 && html.indexOf(script) < html.indexOf('<script type="module"'),
    'index.html fetches one of them before the app loads');
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.ok(sw.includes(`"${file}"`) && sw.includes(`"${outline}"`), 'the service worker precaches both');
  const text = await readFile(join(DIST, file), 'utf8');
  assert.ok(text.startsWith('archdrill-content 1\u001e'), 'it is a content file');
  const outlineText = await readFile(join(DIST, outline), 'utf8');
  assert.ok(outlineText.startsWith('archdrill-outline 1\u001e'), 'and its outline');
  assert.ok(outlineText.length * 2 < text.length, `the outline is the smaller: ${outlineText.length} of ${text.length} bytes`);

  await inBrowser({}, async ({ page }) => {
    const fetched = fetchesOf(page);
    await page.goto(`${server.url}#/review`);
    const front = await new ReviewPage(page).frontText();
    const words = front.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    assert.ok(words.length >= 2 && words.every((w) => text.includes(w)), `the card "${front}" comes from the file`);
    assert.deepEqual(fetched, [file], 'opened on a review: the content file only, once');
  });
});

test('opened on the home screen, the app starts from the outline and fetches the text once after', async () => {
  const file = (await readdir(DIST)).find((f) => CONTENT.test(f));
  await inBrowser({}, async ({ page }) => {
    const fetched = fetchesOf(page);
    await new HomePage(page, server.url).open();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/content-')));
    assert.deepEqual(fetched, [outlineName(file), file], 'the outline first, the content file after the first screen');
    await page.goto(`${server.url}#/topics`);
    await page.getByLabel('Search cards').fill('replication');
    await page.getByTestId('search-results').locator('li').first().waitFor();
    await page.goto(`${server.url}#/review`);
    assert.ok((await new ReviewPage(page).frontText()).length > 10, 'the review shows card text');
    assert.deepEqual(fetched, [outlineName(file), file], 'nothing fetched twice');
  });
});

for (const [which, opensOn] of [['outline', '#/'], ['content file', '#/review']]) {
  const kind = which === 'outline' ? 'outline' : 'content';
  for (const [what, reply, reason] of [
    ['missing', { status: 404, body: 'not found' }, /HTTP 404/],
    ['damaged', { status: 200, body: 'hello' }, /record 1: not an archdrill content file/],
    // a build newer than the wasm: a later format with a record kind this version lacks
    ['newer build\'s', { status: 200, body: `archdrill-${kind} 2\u001eX\u001fnew\u001e` },
      /written by a newer archdrill \(format 2; this version reads 1\): reload to finish the update/],
  ]) {
    test(`a ${what} ${which} is named, and the progress stored is untouched`, async () => {
      await inBrowser({}, async ({ page }) => {
        const home = new HomePage(page, server.url);
        await home.open();
        await home.reviewOneCard();
        const before = await home.counts();

        // past the service worker's cache, so the reply below is what the app gets
        await page.evaluate(async () => {
          for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
        });
        const context = page.context();
        const pattern = which === 'outline' ? OUTLINE : CONTENT;
        await context.route(pattern, (route) => route.fulfill(reply));
        await page.goto(`${server.url}${opensOn}`);
        await page.reload();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        assert.match(await alert.textContent(), /archdrill can't load its cards/);
        assert.match(await alert.textContent(), reason);
        assert.match(await alert.textContent(), /Your progress is stored on this device and was not changed/);

        await context.unroute(pattern);
        await home.open();
        await page.reload();
        await page.getByTestId('count-new').waitFor();
        assert.deepEqual(await home.counts(), before, 'the review made before is still there');
      });
    });
  }
}

test('opened on the home screen with the content file missing, Home works and the review names it', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    });
    await page.context().route(CONTENT, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.reload();
    await page.getByTestId('count-new').waitFor();
    assert.ok((await home.counts()).new > 0, 'Home counts from the outline');
    await page.getByRole('link', { name: 'Start review' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /can't load its cards.*content-[0-9a-f]{16}\.txt: HTTP 404/s);
  });
});
