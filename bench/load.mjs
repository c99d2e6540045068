// Cold and warm loads: navigation start → a card front shown with "Show answer" enabled
// (the app's `archdrill:card-ready` mark), on the review screen.
import { assertNoErrors, launch, marks, openTimed } from './browser.mjs';

const CARD_READY = 'archdrill:card-ready';

/** Where the time of one load went, from the page's own timings. */
async function breakdown(page) {
  const wasmFetched = await page.evaluate(() => performance.getEntriesByType('resource')
    .find((r) => r.name.endsWith('.wasm'))?.responseEnd);
  const mark = await marks(page);
  return {
    wasmFetched,
    wasmStarted: mark['wasm-started'],
    dbOpened: mark['db-opened'],
    dataLoaded: mark['data-loaded'],
  };
}

/** `runs` loads of `url`, each in a new browser with a new profile. */
export async function coldLoads(url, runs) {
  const samples = [];
  const parts = [];
  for (let i = 0; i < runs; i++) {
    const { page, errors, close } = await launch();
    try {
      samples.push(await openTimed(page, `${url}#/review`, CARD_READY));
      parts.push(await breakdown(page));
      assertNoErrors(errors, 'cold load');
    } finally {
      await close();
    }
  }
  return { samples, parts };
}

/** `runs` reloads of `url` in `page`, whose profile already holds the service worker's cache and the data. */
export async function warmLoads(page, errors, url, runs) {
  const samples = [];
  const parts = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await openTimed(page, `${url}#/review`, CARD_READY));
    parts.push(await breakdown(page));
  }
  assertNoErrors(errors, 'warm load');
  return { samples, parts };
}
