// Screenshots of every screen in light and dark, phone (390 px) and desktop (1280 px):
// `node tests/e2e/screenshots/take.mjs` after `make e2e-build`. Not a test; for looking.
import { launch } from '../support/browser.mjs';
import { NAME, OUTLINE } from '../../../tools/content-file.mjs';
import { serveApp } from '../support/app.mjs';
import { HomePage } from '../pages/home.mjs';
import { ReviewPage } from '../pages/review.mjs';
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
    await new HomePage(page, server.url).openWhole();
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
    await page.goto(`${server.url}#/interviews`);
    await page.getByTestId('interview-list').waitFor();
    await shot('interviews');
    await page.getByRole('button', { name: 'Start Design a URL shortener' }).click();
    await page.getByTestId('notes').fill('**Scale:** 100M URLs/month → ~40 writes/s, 4k reads/s\n\n- 3 TB over 5 years\n- p99 20 ms');
    await page.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
    await page.waitForTimeout(300);
    await shot('interview-phase');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next phase →' }).click();
    await page.getByTestId('notes').fill('| option | cost |\n|---|---|\n| Redis | 1 node |');
    await page.getByRole('button', { name: 'Finish interview' }).click();
    await page.getByTestId('overall').waitFor();
    for (const radio of await page.getByRole('radio', { name: 'met' }).all()) await radio.check();
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByTestId('saved').waitFor();
    await shot('interview-results');
    await page.getByTestId('result-clarify').scrollIntoViewIfNeeded();
    await shot('interview-results-phase');
    await page.goto(`${server.url}#/history`);
    await page.getByTestId('history-url-shortener').waitFor();
    await shot('interview-history');
    await page.goto(`${server.url}#/review/topic/escaping`);
    await new ReviewPage(page).finishQueue();
    await shot('finished');
    await close();

    const fresh = await launch({ colorScheme, width, height: 860 });
    await fresh.context.route(OUTLINE, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await fresh.page.goto(server.url);
    await fresh.page.getByRole('alert').waitFor();
    await fresh.page.screenshot({ path: join(OUT, `content-error-${colorScheme}-${width}.png`) });
    await fresh.close();

    // opened on Home (the outline), then a review while the cards' text is held back, and after
    // it failed to arrive
    for (const [name, reply] of [['card-text-loading', 'hold'], ['card-text-error', 'missing']]) {
      const held = await launch({ colorScheme, width, height: 860 });
      await held.context.route(NAME, (route) => (reply === 'missing'
        ? route.fulfill({ status: 404, body: 'not found' })
        : new Promise(() => {}))); // never answered
      await held.page.goto(server.url);
      await held.page.getByTestId('count-new').waitFor();
      await held.page.getByRole('link', { name: 'Start review' }).click();
      await held.page.locator(reply === 'missing' ? '[role=alert]' : 'p.loading').waitFor();
      await held.page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`) });
      await held.close();
    }
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
