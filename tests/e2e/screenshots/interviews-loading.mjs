// Screenshots of the interview screens as a lazily loaded piece: the picker once it arrived, and
// the message with Retry when it cannot be loaded, light and dark, phone and desktop:
// `node tests/e2e/screenshots/interviews-loading.mjs` after `make e2e-build`. Not a test.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [390, 1280]) {
      const { page, close } = await launch({ colorScheme, width, height: 860 });
      const shot = (name) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`) });
      try {
        await page.route(/split_interviews-.*\.wasm$/, (route) => route.abort());
        await page.goto(`${server.url}#/interviews`);
        await page.getByRole('button', { name: 'Retry' }).waitFor();
        await shot('interviews-cannot-load');
        await page.unroute(/split_interviews-.*\.wasm$/);
        await page.getByRole('button', { name: 'Retry' }).click();
        await page.getByRole('heading', { level: 1 }).filter({ hasText: /interview/i }).first().waitFor();
        await shot('interviews-after-retry');
      } finally {
        await close();
      }
    }
  }
} finally {
  await server.close();
}
