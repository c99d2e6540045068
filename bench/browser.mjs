// Page helpers for the harness: timed navigations, the app's performance marks, IndexedDB writes.
import { launch as launchBrowser } from '../tests/e2e/support/browser.mjs';

const BINDING = 'archdrillBenchMark';
const sessions = new WeakMap(); // page → the CDP session its marks arrive on

/**
 * Runs in every document before the page's own scripts: hands each of the app's performance
 * marks to the harness through a CDP binding (`Runtime.addBinding`: a native call, no console
 * message, no stack trace). Waiting for a mark then costs the page next to nothing while it
 * loads (a polled `waitForFunction` would have Playwright compile and run its ~13 ms injected
 * script on the page's main thread in the middle of the load being timed).
 */
function reportMarks(binding) {
  new PerformanceObserver((list) => {
    for (const mark of list.getEntries()) {
      if (mark.name.startsWith('archdrill:')) globalThis[binding]?.(`${mark.name} ${mark.startTime}`);
    }
  }).observe({ type: 'mark' });
}

/** A new browser with a fresh profile (tests/e2e/support/browser.mjs) whose pages report marks. */
export async function launch(options) {
  const browser = await launchBrowser(options);
  const cdp = await browser.context.newCDPSession(browser.page);
  await cdp.send('Runtime.enable'); // bindingCalled events come to a session with Runtime on
  await cdp.send('Runtime.addBinding', { name: BINDING });
  sessions.set(browser.page, cdp);
  await browser.context.addInitScript(reportMarks, BINDING);
  return browser;
}

/** The time (ms since navigation start) of the next mark `name` the page reports. */
function nextMark(page, name, timeout = 60_000) {
  const cdp = sessions.get(page);
  return new Promise((resolve, reject) => {
    const done = () => { clearTimeout(timer); cdp.off('Runtime.bindingCalled', heard); };
    const timer = setTimeout(() => { done(); reject(new Error(`no ${name} within ${timeout} ms`)); }, timeout);
    const heard = ({ name: binding, payload }) => {
      const [mark, time] = payload.split(' ');
      if (binding === BINDING && mark === name) { done(); resolve(Number(time)); }
    };
    cdp.on('Runtime.bindingCalled', heard);
  });
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
 * database (schema in src/store/indexed_db/schema.rs) by loading once.
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
