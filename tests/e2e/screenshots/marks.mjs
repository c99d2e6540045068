// Screenshots of what issue 15 adds to the review screen and Home, light and dark, 390 and
// 1280 px: a card with its actions, the notice after a suspend, the leech notice, Home saying
// what the review limit holds back, and the settings with the new fields:
// `ARCHDRILL_DIST=… node tests/e2e/screenshots/marks.mjs` after `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();
const NOON = new Date('2026-06-01T12:00:00').getTime();
const DAY_MS = 86_400_000;

/** Saves the settings form with `fields` ({ label: value }). */
async function settings(page, fields) {
  await page.goto(server.url);
  await page.getByRole('region', { name: 'Curriculum' }).waitFor();
  await page.locator('details.settings > summary').click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
}

/** Grades the next `n` cards of the review screen `q` each. */
async function grade(page, n, q) {
  await page.goto(`${server.url}#/review`);
  for (let i = 0; i < n; i++) {
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press(String(q));
    await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { context, page, close } = await launch({ colorScheme, width, height: 860 });
    const shot = (name, fullPage = false) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`), fullPage });
    await context.clock.setFixedTime(NOON);
    await settings(page, { 'Leech after this many lapses (0: never)': '1', 'Due reviews per day': '2' });
    await grade(page, 4, 4);
    await context.clock.setFixedTime(NOON + DAY_MS);
    await page.goto(server.url);
    await page.getByTestId('due-waiting').waitFor();
    await shot('home-waiting');
    await page.locator('details.settings > summary').click();
    await page.locator('details.settings form').screenshot({ path: join(OUT, `settings-${colorScheme}-${width}.png`) });
    await page.goto(`${server.url}#/review`);
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await shot('review-actions');
    await page.keyboard.press('1'); // its first lapse: a leech at threshold 1
    await page.getByTestId('leech-notice').waitFor();
    await shot('review-leech');
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('@');
    await page.getByTestId('mark-notice').waitFor();
    await shot('review-suspended');
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
