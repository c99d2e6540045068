// Page helpers for the harness: fresh navigations, the app's performance marks, IndexedDB writes.
export { launch } from '../tests/e2e/support/browser.mjs';

/** Loads `url` as a new document (never a same-document hash change). */
export async function openFresh(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Waits for the app's performance mark `name`; its time in ms since navigation start. */
export async function markTime(page, name, timeout = 60_000) {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout, polling: 10 });
  return handle.jsonValue();
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
