// Screenshots of the keyboard shortcuts dialog over Review, light and dark, 390 and 1280 px:
// `ARCHDRILL_DIST=… node tests/e2e/screenshots/shortcuts.mjs` after `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();
for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 800 });
    await page.goto(`${server.url}#/review`);
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Shift+Slash');
    await page.getByTestId('shortcuts').waitFor();
    await page.screenshot({ path: join(OUT, `shortcuts-${colorScheme}-${width}.png`) });
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
