// End-to-end: a build made with --public-url /archdrill/ works served under that prefix,
// online and offline, and never asks for anything outside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { SUBPATH_ROOT, restartableServer, serviceWorkerControls } from './support/pwa.mjs';
import { HomePage } from './pages/home.mjs';
import { PwaPage } from './pages/pwa.mjs';

let server;
before(async () => { server = await restartableServer(SUBPATH_ROOT); });
after(async () => { await server.stop(); });

test('under /archdrill/ the app, its manifest and its service worker stay inside the prefix, also offline', async () => {
  await inBrowser({}, async ({ context, page }) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const base = `${server.url}archdrill/`;
    const home = new HomePage(page, base);
    await home.open();
    // Home starts from the outline; the cards' text follows, fetched by name under the prefix
    await page.waitForFunction((prefix) => performance.getEntriesByType('resource')
      .some((r) => r.name.startsWith(prefix) && /content-[0-9a-f]{16}\.txt$/.test(r.name)), base);
    assert.equal(await serviceWorkerControls(page), `${base}sw.js`);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope)), base);
    const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    assert.equal(manifest, `${base}manifest.webmanifest`);
    const startUrl = await page.evaluate((url) => fetch(url).then((r) => r.json()).then((m) => new URL(m.start_url, url).href), manifest);
    assert.equal(startUrl, base);
    const outside = requests.filter((url) => !url.startsWith(base));
    assert.deepEqual(outside, [], 'every request stays under /archdrill/');

    await context.setOffline(true);
    await server.stop();
    await page.reload();
    await home.open();
    await new PwaPage(page).offlineIndicator().waitFor();
  });
});
