// Screenshots of the Stats screen, empty and after a few days' reviews (a backup of events on
// earlier days imported), light and dark, 390 and 1280 px:
// `ARCHDRILL_DIST=… node tests/e2e/screenshots/stats.mjs` after `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();

/** Grades `n` cards on the review screen, `q` each. */
async function grade(page, n, q) {
  await page.goto(`${server.url}#/review`);
  for (let i = 0; i < n; i++) {
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await page.keyboard.press(String(typeof q === 'function' ? q(i) : q));
    await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 900 });
    const shot = (name) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`), fullPage: true });
    await page.goto(`${server.url}#/stats`);
    await page.getByTestId('streaks').waitFor();
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll-x'))
      .slice(0, 5).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}`));
    if (wide.length) console.log(`${colorScheme} ${width}: wider than the screen: ${wide.join(', ')}`);
    await shot('stats-empty');
    await grade(page, 24, (i) => [5, 4, 3, 2][i % 4]);
    await page.goto(`${server.url}#/stats`);
    await page.getByTestId('streaks').waitFor();
    await shot('stats-reviewed');
    const sections = page.locator('section.stats');
    for (let i = 0; i < await sections.count(); i++) {
      await sections.nth(i).screenshot({ path: join(OUT, `stats-section${i}-${colorScheme}-${width}.png`) });
    }
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
