// Cold and warm loads: navigation start → a route's first screen ready. By default the review
// screen: a card front shown with "Show answer" enabled (the app's `archdrill:card-ready` mark);
// `ROUTES.home`: Home's counts shown (`archdrill:home-ready`, src/ui/perf.rs).
import { assertNoErrors, launch, marks, openTimed } from './browser.mjs';

/** The routes a load can open, each with the mark that ends it. */
export const ROUTES = {
  review: { name: '#/review', hash: '#/review', mark: 'archdrill:card-ready' },
  home: { name: '#/', hash: '#/', mark: 'archdrill:home-ready' },
};

/**
 * In the page: when the main wasm and the content file (or its outline, fetched instead on Home)
 * arrived, how long the wasm took from its request to its last byte, and the bytes transferred
 * for the document and every resource that arrived by `until` (Resource Timing `transferSize`:
 * headers and encoded body; 0 from a cache).
 */
function resourceFacts({ until, content }) {
  const resources = performance.getEntriesByType('resource');
  const nav = performance.getEntriesByType('navigation')[0];
  const arrived = resources.filter((r) => r.responseEnd <= until);
  const wasm = resources.find((r) => r.name.endsWith('.wasm'));
  return {
    wasmFetched: wasm?.responseEnd,
    wasmTook: wasm && wasm.responseEnd - wasm.startTime,
    contentFetched: resources.find((r) => new RegExp(content).test(r.name))?.responseEnd,
    transferred: arrived.reduce((sum, r) => sum + r.transferSize, nav?.transferSize ?? 0),
  };
}

/** Where the time of one load ended at `until` (ms) went, from the page's own timings, and its bytes. */
async function breakdown(page, until) {
  const content = /\/(content|outline)-[0-9a-f]{16}\.txt$/.source;
  const facts = await page.evaluate(resourceFacts, { until, content });
  const mark = await marks(page);
  return {
    ...facts,
    wasmStarted: mark['wasm-started'],
    dbOpened: mark['db-opened'],
    dataLoaded: mark['data-loaded'],
  };
}

/**
 * One load of `route` in `page`, as { time, parts }. A `probe` ({ start(), stop(time) }) watches
 * it from outside the page; what `stop` returns joins the parts.
 */
async function timedLoad(page, url, route, probe) {
  probe?.start();
  const time = await openTimed(page, `${url}${route.hash}`, route.mark);
  return { time, parts: { ...(await breakdown(page, time)), ...(await probe?.stop(time)) } };
}

/** Collects `runs` loads made by `load()` as { samples, parts }. */
async function collect(runs, load) {
  const samples = [];
  const parts = [];
  for (let i = 0; i < runs; i++) {
    const { time, parts: p } = await load();
    samples.push(time);
    parts.push(p);
  }
  return { samples, parts };
}

/**
 * `runs` loads of `url`'s `route`, each in a new browser with a new profile; `setup(page)`, run
 * before the page navigates, may set conditions up and return a probe (see `timedLoad`).
 */
export function coldLoads(url, runs, { route = ROUTES.review, setup } = {}) {
  return collect(runs, async () => {
    const { page, errors, close } = await launch();
    try {
      const probe = await setup?.(page);
      const load = await timedLoad(page, url, route, probe);
      assertNoErrors(errors, 'cold load');
      return load;
    } finally {
      await close();
    }
  });
}

/** `runs` reloads of `url`'s `route` in `page`, whose profile already holds the service worker's cache and the data. */
export async function warmLoads(page, errors, url, runs, { route = ROUTES.review, probe } = {}) {
  const loads = await collect(runs, () => timedLoad(page, url, route, probe));
  assertNoErrors(errors, 'warm load');
  return loads;
}
