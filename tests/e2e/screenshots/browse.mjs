// Screenshots of the card browser and a card's page, on an empty collection and after some
// reviews and marks, light and dark, 390 and 1280 px:
// `ARCHDRILL_DIST=… node tests/e2e/screenshots/browse.mjs` after `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { ReviewPage } from '../pages/review.mjs';
import { BrowsePage } from '../pages/browse.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 900 });
    // the table's pages are long (50 rows): their first screenful is what to look at
    const shot = async (name, fullPage = false) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) console.log(`${name} ${colorScheme} ${width}: the page scrolls sideways by ${overflow} px`);
      await page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`), fullPage });
    };
    const browse = new BrowsePage(page, server.url);
    await browse.open();
    await shot('browse-empty');
    await page.goto(`${server.url}#/review`);
    const review = new ReviewPage(page);
    for (const q of [5, 4, 3, 2, 4, 5]) {
      await review.showAnswerWithKeyboard();
      await review.gradeWithKeyboard(q);
    }
    await browse.open();
    await browse.choose('sort', 'Ease');
    await browse.choose('order', 'Descending');
    await browse.select(3);
    await browse.act('Suspend', '3 cards suspended.');
    await browse.flag('Red', '3 cards flagged red.');
    await shot('browse-marked');
    await browse.openCard(0);
    await shot('browse-card', true);
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
