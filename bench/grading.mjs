// Grade → next card: from a keyboard grade to the next card front rendered with its
// "Show answer" enabled, after the grade's IndexedDB transaction committed.
import { assertNoErrors, openTimed, writeRecords } from './browser.mjs';

/** `count` grades 0–5 from a seeded generator (mulberry32). */
export function seededGrades(count, seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Math.floor(next() * 6));
}

/** In the page: per grade, shows the answer, then times the grade key to the next card. */
function gradeInPage(grades) {
  const later = (name, after) => new Promise((resolve, reject) => {
    const find = () => performance.getEntriesByName(name).find((m) => m.startTime > after);
    const found = find();
    if (found) { resolve(found.startTime); return; }
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`no ${name}`)); }, 10_000);
    const observer = new PerformanceObserver(() => {
      const hit = find();
      if (hit) { clearTimeout(timer); observer.disconnect(); resolve(hit.startTime); }
    });
    observer.observe({ type: 'mark' });
  });
  const press = (key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return (async () => {
    const out = [];
    for (const q of grades) {
      press(' ');
      await settle();
      const start = performance.now();
      press(String(q));
      const saved = await later('archdrill:grade-saved', start);
      out.push((await later('archdrill:card-ready', saved)) - start);
    }
    return out;
  })();
}

/**
 * Sets up the learner in `page` (new cards per day raised so the queue outlasts the run), opens
 * the review screen and grades `grades` in turn; the latency of each grade in ms.
 */
export async function gradeLatency(page, errors, url, grades) {
  await openTimed(page, url, 'archdrill:home-ready');
  await writeRecords(page, {
    records: [{ store: 'settings', key: 'settings', value: { new_per_day: 999, day_start_hour: 4 } }],
  });
  await openTimed(page, `${url}#/review`, 'archdrill:card-ready');
  const samples = await page.evaluate(gradeInPage, grades);
  assertNoErrors(errors, 'grading');
  return { samples };
}
