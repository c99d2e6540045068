// Large collections: a bench build whose catalogue holds CARDS synthetic cards
// (bench/synthetic-decks.mjs), and a learner who studied all of them over the past year,
// simulated with the app's own SM-2 (`sm2_next`, src/bench_exports.rs) and written into
// IndexedDB. Then: app open → home counts shown, building today's queue, memory.
import { assertNoErrors, launch, marks, openTimed } from './browser.mjs';
import { syntheticCardIds } from './synthetic-decks.mjs';

/**
 * In the page: simulates `days` days of study of `ids` (new cards introduced evenly, every card
 * reviewed on its due day with a seeded grade, grades below 4 re-drilled once with a 4) and
 * stores the card states and the event log (ids as the app's clock writes them: see
 * src/core/srs/event.rs), replacing what the app had stored.
 */
function seedInPage({ ids, days, seed, hour }) {
  let a = seed >>> 0;
  const random = () => { // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const CUMULATIVE = [0.03, 0.06, 0.1, 0.25, 0.7, 1]; // grades 0–5: 3, 3, 4, 15, 45, 30 %
  const grade = () => { const r = random(); return CUMULATIVE.findIndex((c) => r < c); };
  const asState = ([repetitions, interval, ef100, due]) => ({ repetitions, interval, ef100, due });
  const offsetMs = new Date().getTimezoneOffset() * 60_000;
  const today = Math.floor((Date.now() - offsetMs - hour * 3_600_000) / 86_400_000);
  const states = new Array(ids.length);
  const dueOn = new Map();
  const log = [];
  let introduced = 0;
  const event = (cardId, atMs, day, q, before, after) => ({
    id: `${atMs.toString(16).padStart(12, '0')}-000000-00000000bench000`,
    card_id: cardId, at_ms: atMs, day, action: { Grade: q }, before: before ?? null, after,
  });
  for (let day = today - days; day < today; day++) {
    const cards = dueOn.get(day) ?? [];
    dueOn.delete(day);
    const target = Math.round(((day - today + days + 1) * ids.length) / days);
    while (introduced < target) cards.push(introduced++);
    let atMs = day * 86_400_000 + offsetMs + (hour + 3) * 3_600_000;
    for (const i of cards) {
      const q = grade();
      const before = states[i];
      const after = [...window.wasmBindings.sm2_next(Int32Array.from(before ?? []), q, day)];
      log.push(event(ids[i], (atMs += 8_000), day, q, before && asState(before), asState(after)));
      if (q < 4) {
        const state = asState(after);
        log.push(event(ids[i], (atMs += 8_000), day, 4, state, state));
      }
      states[i] = after;
      if (after[3] < today) {
        if (!dueOn.has(after[3])) dueOn.set(after[3], []);
        dueOn.get(after[3]).push(i);
      }
    }
  }
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('archdrill');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['cards', 'events'], 'readwrite');
      const cardStore = tx.objectStore('cards');
      const logStore = tx.objectStore('events');
      cardStore.clear();
      logStore.clear();
      states.forEach((state, i) => cardStore.put({ id: ids[i], state: asState(state) }));
      for (const entry of log) logStore.put(entry);
      tx.oncomplete = () => {
        db.close();
        resolve({ cards: ids.length, log: log.length, dueToday: states.filter((s) => s[3] === today).length });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** JS heap (after a garbage collection) and wasm linear memory, in bytes. */
async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { jsHeap: usedSize, wasm: await page.evaluate(() => window.wasmBindings.wasm_memory_bytes()) };
}

/** Opens the app at `url` in `page` (creating its database) and seeds a year of study of `cards` cards. */
export async function seedCollection(page, url, { cards, seed }) {
  await openTimed(page, url, 'archdrill:home-ready');
  const started = Date.now();
  const seeded = await page.evaluate(seedInPage, { ids: syntheticCardIds(cards), days: 365, seed, hour: 4 });
  return { ...seeded, seedSeconds: (Date.now() - started) / 1000 };
}

/**
 * In the page: does `action` (`{ hash }`: goes there; `{ select, value }`: picks `value` in
 * that menu) and gives the time from it to the next performance mark `mark`.
 */
function untilMark(page, mark, action) {
  return page.evaluate(([mark, action]) => new Promise((resolve) => {
    const start = performance.now();
    const observer = new PerformanceObserver((list) => {
      const ready = list.getEntries().find((e) => e.name === mark && e.startTime >= start);
      if (ready) { observer.disconnect(); resolve(ready.startTime - start); }
    });
    observer.observe({ type: 'mark' });
    if (action.hash) {
      location.hash = action.hash;
    } else {
      const menu = document.querySelector(action.select);
      menu.value = action.value;
      menu.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }), [mark, action]);
}

/**
 * In the page, from Home: opens the screen at `hash` `runs` times (a hash change, as the nav
 * link does) and gives the time from the change to its performance mark `mark`. The first open
 * fetches the screen's piece of the wasm; it is cached after.
 */
async function screenOpens(page, hash, mark, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.getByTestId('count-due').waitFor();
    times.push(await untilMark(page, mark, { hash }));
  }
  return times;
}

/**
 * In the card browser: `runs` times, the state filter set to "Due today" and back to "Any
 * state"; the time from each change to its page drawn (`archdrill:browse-ready`).
 */
async function browseFilterChanges(page, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    for (const value of ['2', '0']) {
      times.push(await untilMark(page, 'archdrill:browse-ready', { select: '[data-testid=browse-state]', value }));
    }
  }
  return times;
}

/**
 * Seeds a `cards`-card collection into a new profile of the build served at `url`, opens the app
 * once (it builds its snapshot of the card states), then times `opens` app opens (navigation
 * start → home counts shown), `queueRuns` queue builds, `statsRuns` Stats screen opens and
 * `browseRuns` card browser opens (first page drawn) and filter changes.
 */
export async function largeCollection(url, { cards, opens, queueRuns, statsRuns, browseRuns, seed }) {
  const { page, errors, close } = await launch();
  try {
    const seeded = await seedCollection(page, url, { cards, seed });
    // the seeding writes states and events but not the app's snapshot cache, which a learner's
    // year of use would have left: the first open builds it, and is reported on its own
    const firstOpen = await openTimed(page, `${url}#/`, 'archdrill:home-ready');
    const open = [];
    const dataLoaded = [];
    for (let i = 0; i < opens; i++) {
      open.push(await openTimed(page, `${url}#/`, 'archdrill:home-ready'));
      dataLoaded.push((await marks(page))['data-loaded']);
    }
    const counts = await page.evaluate(() => ['due', 'new', 'drill']
      .map((k) => document.querySelector(`[data-testid=count-${k}]`)?.textContent));
    const mem = await memory(page);
    const queue = await page.evaluate((runs) => window.wasmBindings.time_queue('archdrill', runs), queueRuns);
    const [statsFirst, ...stats] = await screenOpens(page, '#/stats', 'archdrill:stats-ready', statsRuns + 1);
    const [browseFirst, ...browse] = await screenOpens(page, '#/browse', 'archdrill:browse-ready', browseRuns + 1);
    const browseFilter = await browseFilterChanges(page, browseRuns);
    assertNoErrors(errors, `${cards}-card collection`);
    return { seeded, counts, firstOpen, open, dataLoaded, queue: [...queue], statsFirst, stats, browseFirst, browse, browseFilter, memory: mem };
  } finally {
    await close();
  }
}
