// Page helpers for the harness: timed navigations, the app's performance marks, IndexedDB writes.
import { launch as launchBrowser } from '../tests/e2e/support/browser.mjs';

const REPORT = 'bench-mark';

/**
 * Runs in every document before the page's own scripts: hands each of the app's performance
 * marks to the harness as a console message. Waiting for a mark then costs the page nothing
 * while it loads (a polled `waitForFunction` would have Playwright compile and run its ~13 ms
 * injected script on the page's main thread in the middle of the load being timed).
 */
function reportMarks(prefix) {
  new PerformanceObserver((list) => {
    for (const mark of list.getEntries()) {
      if (mark.name.startsWith('archdrill:')) console.debug(`${prefix} ${mark.name} ${mark.startTime}`);
    }
  }).observe({ type: 'mark' });
}

/** A new browser with a fresh profile (tests/e2e/support/browser.mjs) whose pages report marks. */
export async function launch(options) {
  const browser = await launchBrowser(options);
  await browser.context.addInitScript(reportMarks, REPORT);
  return browser;
}

/** The time (ms since navigation start) of the next mark `name` the page reports. */
function nextMark(page, name, timeout = 60_000) {
  const prefix = `${REPORT} ${name} `;
  return page.waitForEvent('console', { predicate: (m) => m.text().startsWith(prefix), timeout })
    .then((m) => Number(m.text().slice(prefix.length)));
}

/**
 * Loads `url` as a new document (never a same-document hash change) and resolves to the time
 * of the app's mark `name` in it, in ms since navigation start.
 */
export async function openTimed(page, url, name) {
  await page.goto('about:blank');
  const mark = nextMark(page, name);
  mark.catch(() => {}); // a failed navigation is reported by goto
  await page.goto(url);
  return mark;
}

/** The time of every `archdrill:` mark of the current document, by name without the prefix. */
export function marks(page) {
  return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('archdrill:'))
    .map((m) => [m.name.slice('archdrill:'.length), m.startTime])));
}

/** Fails when the page reported uncaught errors. */
export function assertNoErrors(errors, what) {
  if (errors.length) throw new Error(`${what}: page errors: ${errors.join('; ')}`);
}

/**
 * In the page: puts `records` ({ store, value, key? }) into the app's IndexedDB database in one
 * transaction, after clearing the stores named in `clear`. The app must have created the
 * database (schema in src/store/indexed_db.rs) by loading once.
 */
export function writeRecords(page, { clear = [], records }) {
  return page.evaluate(({ clear, records }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('archdrill');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = [...new Set([...clear, ...records.map((r) => r.store)])];
      const tx = db.transaction(stores, 'readwrite');
      for (const name of clear) tx.objectStore(name).clear();
      for (const { store, value, key } of records) tx.objectStore(store).put(value, key);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { clear, records });
}
