// End-to-end: the app is installable: a valid manifest with loading icons, a service worker
// that controls the page, precached exactly the build's files and serves them by static routes,
// and Settings' storage status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { DIST, serveAppForFile } from './support/app.mjs';
import { buildFiles, cachedUrls, serviceWorkerControls } from './support/pwa.mjs';
import { HomePage } from './pages/home.mjs';
import { PwaPage } from './pages/pwa.mjs';

const server = serveAppForFile();

test('the manifest has the install fields and its icons load at their declared sizes', async () => {
  await inBrowser({}, async ({ page }) => {
    await new HomePage(page, server.url).open();
    const href = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    assert.equal(href, `${server.url}manifest.webmanifest`);
    const manifest = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { type: res.headers.get('content-type'), json: await res.json() };
    }, href);
    assert.equal(manifest.type, 'application/manifest+json');
    const m = manifest.json;
    assert.equal(m.name, 'archdrill — system design flashcards');
    assert.equal(m.short_name, 'archdrill');
    assert.equal(new URL(m.start_url, href).href, server.url);
    assert.equal(new URL(m.scope, href).href, server.url);
    assert.equal(m.display, 'standalone');
    for (const colour of [m.theme_color, m.background_color, m.user_preferences.color_scheme_dark.theme_color,
      m.user_preferences.color_scheme_dark.background_color]) {
      assert.match(colour, /^#[0-9a-f]{6}$/);
    }
    assert.notEqual(m.theme_color, m.user_preferences.color_scheme_dark.theme_color, 'light and dark differ');
    const themes = await page.evaluate(() => [...document.querySelectorAll('meta[name=theme-color]')].map((e) => [e.media, e.content]));
    assert.deepEqual(themes, [
      ['(prefers-color-scheme: light)', m.theme_color],
      ['(prefers-color-scheme: dark)', m.user_preferences.color_scheme_dark.theme_color],
    ]);

    const png = (purpose) => m.icons.filter((i) => i.type === 'image/png' && i.purpose === purpose).map((i) => i.sizes);
    assert.deepEqual(png('any').sort(), ['192x192', '512x512']);
    assert.deepEqual(png('maskable'), ['512x512']);
    for (const icon of m.icons) {
      const loaded = await page.evaluate(async (url) => {
        const res = await fetch(url);
        const img = new Image();
        img.src = url;
        await img.decode();
        return { status: res.status, type: res.headers.get('content-type'), size: `${img.naturalWidth}x${img.naturalHeight}` };
      }, new URL(icon.src, href).href);
      assert.equal(loaded.status, 200, icon.src);
      assert.equal(loaded.type, icon.type, icon.src);
      if (icon.sizes !== 'any') assert.equal(loaded.size, icon.sizes, icon.src);
    }
  });
});

test('the service worker controls the page and precached every file of the build, and only those', async () => {
  await inBrowser({}, async ({ page }) => {
    await new HomePage(page, server.url).open();
    assert.equal(await serviceWorkerControls(page), `${server.url}sw.js`);
    const build = await new PwaPage(page).runningBuild();
    assert.match(build, /^[0-9a-f]{16}$/);
    const caches = await cachedUrls(page);
    assert.deepEqual(Object.keys(caches), [`archdrill:${server.url}:${build}`]);
    const files = (await buildFiles(DIST)).map((f) => `${server.url}${f}`);
    assert.ok(files.some((f) => f.endsWith('_bg.wasm')) && files.some((f) => f.endsWith('.js')));
    // and the scope's root, which is index.html too (navigations to it take a static route)
    assert.deepEqual(Object.values(caches)[0].sort(), [server.url, ...files]);
  });
});

test('once installed, the page and the build\'s files come from the cache by static routes', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await serviceWorkerControls(page);
    await home.open();
    const sources = await page.evaluate(() => Object.fromEntries(
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .map((e) => [new URL(e.name).pathname.replace(/-[0-9a-f]+/, '-…'), e.workerMatchedSourceType])));
    // "cache": matched by a route whose source is the build's cache, no fetch event dispatched
    for (const path of ['/', '/archdrill-…_bg.wasm', '/archdrill-….js', '/content-….txt', '/style-….css']) {
      assert.equal(sources[path], 'cache', `${path}: ${JSON.stringify(sources)}`);
    }
  });
});

test('Settings shows whether storage is persistent, how much of the quota is used, and the build', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await serviceWorkerControls(page);
    await page.reload(); // the estimate is read on mount: now it includes the precache
    await home.open();
    const pwa = new PwaPage(page);
    const status = await pwa.storageStatus();
    const truth = await page.evaluate(async () => ({ persisted: await navigator.storage.persisted(), ...(await navigator.storage.estimate()) }));
    assert.match(status.persistence, truth.persisted ? /^Storage is persistent\./ : /^Storage is not persistent\./);
    assert.equal(await page.evaluate(() => localStorage.getItem('archdrill:persistence-asked')), '1', 'asked on the first run');

    const [, used, usedUnit, quota, quotaUnit] = status.usage.match(/^Using ([\d.]+) (B|kB|MB|GB|TB) of the ([\d.]+) (B|kB|MB|GB|TB) this site may store\.$/);
    const bytes = (n, unit) => Number(n) * 1000 ** ['B', 'kB', 'MB', 'GB', 'TB'].indexOf(unit);
    assert.ok(truth.usage > 0, 'the precache and IndexedDB use some space');
    // usage moves a little while the page works; the quota does not
    assert.ok(Math.abs(bytes(used, usedUnit) - truth.usage) / truth.usage < 0.5, `${status.usage} vs ${truth.usage} B`);
    assert.ok(Math.abs(bytes(quota, quotaUnit) - truth.quota) / truth.quota < 0.06, `${status.usage} vs ${truth.quota} B`);
    assert.equal(status.build, `Build ${await pwa.runningBuild()}`);
  });
});

test('the first run asks the browser to keep the data, later runs do not, and Settings can ask again', async () => {
  await inBrowser({}, async ({ context, page }) => {
    await context.addInitScript(() => {
      let granted = false;
      window.__persistCalls = 0;
      window.__grant = () => { granted = true; };
      StorageManager.prototype.persist = async () => { window.__persistCalls += 1; return granted; };
      StorageManager.prototype.persisted = async () => granted;
    });
    const home = new HomePage(page, server.url);
    await home.open();
    assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'asked on the first run');
    await page.reload();
    await home.open();
    assert.equal(await page.evaluate(() => window.__persistCalls), 0, 'not asked again on the next run');

    const pwa = new PwaPage(page);
    assert.match((await pwa.storageStatus()).persistence, /^Storage is not persistent\./);
    await page.evaluate(() => window.__grant());
    await page.getByRole('button', { name: 'Ask to keep it' }).click();
    await page.getByTestId('storage-persistence').getByText('Storage is persistent.').waitFor();
    assert.equal(await page.evaluate(() => window.__persistCalls), 1);
  });
});
