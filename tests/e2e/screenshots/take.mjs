// Screenshots of every screen in light and dark, phone (390 px) and desktop (1280 px):
// `node tests/e2e/screenshots/take.mjs` after `make e2e-build`. Not a test; for looking.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();
for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 860 });
    const shot = (name) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`), fullPage: false });
    await page.goto(server.url);
    await page.getByTestId('count-new').waitFor();
    await page.goto(`${server.url}#/review`);
    for (const q of [4, 2]) {
      await page.getByTestId('card-front').waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press(String(q));
      await page.getByTestId('card-back').waitFor({ state: 'detached' });
    }
    await page.goto(server.url);
    await page.getByTestId('count-new').waitFor();
    await shot('home');
    await page.goto(`${server.url}#/review/topic/caching`);
    await page.getByTestId('card-front').waitFor();
    await shot('review-front');
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await shot('review-back');
    await page.goto(`${server.url}#/topics`);
    await page.getByRole('searchbox').fill('replica lag');
    await page.getByTestId('search-results').waitFor();
    await shot('topics');
    await page.goto(`${server.url}#/topics/caching`);
    await page.getByTestId('topic-cards').waitFor();
    await shot('topic');
    await page.goto(`${server.url}#/review/topic/escaping`);
    while (!(await page.getByTestId('finished').count())) {
      await page.getByTestId('card-front').waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press('5');
      await page.waitForTimeout(100);
    }
    await shot('finished');
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
