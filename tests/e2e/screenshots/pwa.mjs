// Screenshots of the offline indicator, the update banner and Settings' storage status in
// light and dark, 390 px and 1280 px: `node tests/e2e/screenshots/pwa.mjs` after
// `make e2e-build`. Not a test; for looking.
import { launch } from '../support/browser.mjs';
import { DIST } from '../support/app.mjs';
import { rebuild, restartableServer, serviceWorkerControls } from '../support/pwa.mjs';
import { HomePage } from '../pages/home.mjs';
import { PwaPage } from '../pages/pwa.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const buildB = await rebuild(DIST, 'screenshots');
for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const server = await restartableServer(DIST);
    const { context, page, close } = await launch({ colorScheme, width, height: 860 });
    const shot = (name) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`) });
    const home = new HomePage(page, server.url);
    const pwa = new PwaPage(page);
    await home.open();
    await serviceWorkerControls(page);
    await server.stop();
    await server.start(buildB.dir);
    await page.reload();
    await pwa.updateBanner().waitFor();
    await shot('pwa-update');
    await context.setOffline(true);
    await pwa.offlineIndicator().waitFor();
    await shot('pwa-offline');
    await pwa.storageStatus();
    await page.getByTestId('storage-usage').scrollIntoViewIfNeeded();
    await shot('pwa-storage');
    await close();
    await server.stop();
  }
}
await buildB.remove();
console.log(`screenshots in ${OUT}`);
