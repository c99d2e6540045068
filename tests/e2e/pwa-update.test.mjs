// End-to-end: a new build replaces the cached one only when the learner says so, cleanly:
// until then the page keeps build A's files; after "Reload to update" it runs build B, the old
// cache is gone, and the learner's data is intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { cachedUrls, serviceWorkerControls, twoBuildsForFile } from './support/pwa.mjs';
import { HomePage } from './pages/home.mjs';
import { PwaPage } from './pages/pwa.mjs';

const site = twoBuildsForFile(DIST, 'update-test');

test('build B is offered, installed on "Reload to update", and runs with the learner\'s data', async () => {
  const { server, buildB } = site;
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    const pwa = new PwaPage(page);
    await home.open();
    await serviceWorkerControls(page);
    const buildA = await pwa.runningBuild();
    assert.notEqual(buildA, buildB.version);
    await home.reviewOneCard();
    const counts = await home.counts();
    assert.equal(await pwa.updateBanner().count(), 0, 'nothing to update yet');

    await server.stop();
    await server.start(buildB.dir);
    await page.reload();
    await pwa.updateBanner().waitFor();
    assert.match(await pwa.updateBanner().textContent(), /A new version of archdrill is ready\./);
    // B is installed and waiting, yet this page still gets A's files only
    assert.equal(await pwa.runningBuild(), buildA);
    const served = await page.evaluate(() => fetch('index.html').then((r) => r.text()));
    assert.match(served, new RegExp(`content="${buildA}"`));
    assert.deepEqual(Object.keys(await cachedUrls(page)).sort(),
      [`archdrill:${server.url}:${buildA}`, `archdrill:${server.url}:${buildB.version}`].sort());

    await pwa.reloadToUpdate(buildB.version);
    assert.equal(await pwa.updateBanner().count(), 0);
    assert.deepEqual(Object.keys(await cachedUrls(page)), [`archdrill:${server.url}:${buildB.version}`], 'old build deleted');
    assert.deepEqual(await home.counts(), counts);
    assert.equal(await home.historyTotal(), 1);
  });
});
