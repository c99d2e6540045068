// Screenshots of Settings → Your data (with an import preview and a bad-file message), the
// eviction notice and the backup reminder on Home, light and dark, 390 and 1280 px:
// `ARCHDRILL_DIST=… node tests/e2e/screenshots/your-data.mjs` after `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { HomePage } from '../pages/home.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();

async function grade(page, n, q) {
  await page.goto(`${server.url}#/review`);
  for (let i = 0; i < n; i++) {
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await page.keyboard.press(String(q));
    await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
}

async function settings(page) {
  await new HomePage(page, server.url).openWhole();
  await page.locator('details.settings > summary').click();
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 860 });
    const shot = (name) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`) });
    await grade(page, 50, 2);
    await new HomePage(page, server.url).openWhole();
    await page.getByTestId('backup-reminder').waitFor();
    await shot('backup-reminder');
    await settings(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    const bytes = await readFile(await download.path());
    await page.getByTestId('backup-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"archdrill-backup","version":1,"settings":{"new_per_day":20,"day_start_hour":4},"events":[{"id":"x"}],"attempts":[],"boosts":[]}') });
    await page.getByTestId('data-message').waitFor();
    await page.locator('.your-data').scrollIntoViewIfNeeded();
    await shot('your-data-bad-file');
    await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('archdrill'); r.onsuccess = resolve; r.onerror = resolve; }));
    await page.reload();
    await page.getByTestId('eviction-notice').waitFor();
    await shot('eviction-notice');
    await settings(page);
    await page.getByTestId('backup-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: bytes });
    await page.getByTestId('import-preview').waitFor();
    await page.locator('.your-data').scrollIntoViewIfNeeded();
    await shot('your-data-preview');
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
