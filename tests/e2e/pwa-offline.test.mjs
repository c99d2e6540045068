// End-to-end: after one visit online the app opens, reviews and saves with the network gone
// and the server stopped; back online nothing was lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { DIST } from './support/app.mjs';
import { restartableServer, serviceWorkerControls } from './support/pwa.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { PwaPage } from './pages/pwa.mjs';

let server;
before(async () => { server = await restartableServer(DIST); });
after(async () => { await server.stop(); });

test('offline with the server stopped: the app opens, a review is saved, and survives going back online', async () => {
  await inBrowser({}, async ({ context, page }) => {
    const home = new HomePage(page, server.url);
    const pwa = new PwaPage(page);
    await home.open();
    await serviceWorkerControls(page);
    assert.equal(await pwa.offlineIndicator().count(), 0, 'no indicator while online');
    const before = await home.counts();

    await context.setOffline(true);
    await server.stop();
    await pwa.offlineIndicator().waitFor();
    await page.reload();
    await home.open();
    await pwa.offlineIndicator().waitFor();
    assert.match(await pwa.offlineIndicator().textContent(), /^Offline\. Everything keeps working/);
    assert.deepEqual(await home.counts(), before);

    await page.goto(`${server.url}#/review`);
    const review = new ReviewPage(page);
    for (const q of [5, 2]) {
      await review.showAnswerWithKeyboard();
      await review.gradeWithKeyboard(q);
    }
    const after = { due: before.due, new: before.new - 2, drill: before.drill + 1 };
    await page.reload();
    await home.open();
    assert.deepEqual(await home.counts(), after, 'the offline review was persisted');
    assert.equal(await home.historyTotal(), 2);

    await server.start();
    await context.setOffline(false);
    await pwa.offlineIndicator().waitFor({ state: 'detached' });
    await page.reload();
    await home.open();
    assert.deepEqual(await home.counts(), after, 'nothing lost back online');
    assert.equal(await home.historyTotal(), 2);
  });
});
