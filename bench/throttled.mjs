// The throttled mobile profile, like Lighthouse's mobile preset: Chromium's own throttling
// through CDP on the page's session, set before it navigates — network 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up (`Network.emulateNetworkConditions`, after `Network.enable`)
// and the CPU 4× slower (`Emulation.setCPUThrottlingRate`). Cold (new profile) and warm (same
// profile, service worker installed) loads of #/review and #/, served gzip and brotli
// (bench/server.mjs) by two servers at once, a load from each in turn, with the bytes they
// transferred.
import { loadavg } from 'node:os';
import { launch, openTimed } from './browser.mjs';
import { coldLoads, ROUTES, warmLoads } from './load.mjs';
import { serve } from './server.mjs';

/** The profile: round trip (ms), throughput (bytes/s) and CPU slowdown. */
export const MOBILE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpuRate: 4 };
/** The encodings measured, as bench/server.mjs names them. */
export const ENCODINGS = ['gzip', 'br'];

/**
 * A probe for bench/load.mjs counting, from the navigation's document request on, what Chromium's
 * network stack reports: `wire`, the encodedDataLength (headers and encoded body) of the requests
 * that finished by the load's end, and `fromServiceWorker`, how many responses the service worker
 * (or its static routes) gave.
 */
function wireProbe(cdp) {
  let start;
  let responses = [];
  let finished = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document' && start === undefined && e.request.url.startsWith('http')) start = e.timestamp;
  });
  cdp.on('Network.responseReceived', (e) => responses.push(e));
  cdp.on('Network.loadingFinished', (e) => finished.push(e));
  const by = (time) => (e) => start !== undefined && (e.timestamp - start) * 1000 <= time;
  return {
    start() { start = undefined; responses = []; finished = []; },
    stop(time) {
      return {
        wire: finished.filter(by(time)).reduce((sum, e) => sum + e.encodedDataLength, 0),
        fromServiceWorker: responses.filter(by(time)).filter((e) => e.response.fromServiceWorker).length,
      };
    },
  };
}

/** Throttles `page` to MOBILE on a CDP session of its own; resolves to that session's wire probe. */
async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable'); // emulateNetworkConditions needs it
  const { latency, downloadThroughput, uploadThroughput, cpuRate } = MOBILE;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return wireProbe(cdp);
}

/** In the page: waits for the service worker to be active (its cache filled) and the app's database to exist. */
async function installed() {
  await navigator.serviceWorker.ready;
  while (!(await indexedDB.databases()).some((d) => d.name === 'archdrill')) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A new profile throttled and visited once (untimed) on `route`, ready for warm loads: { load(), close }. */
async function warmProfile(url, route) {
  const { page, errors, close } = await launch();
  try {
    const probe = await throttle(page);
    await openTimed(page, `${url}${route.hash}`, route.mark);
    await page.evaluate(installed);
    return { load: () => warmLoads(page, errors, url, 1, { route, probe }), close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * `runs` rounds of `once(k)` for each k of `n` (k in turn, the order reversed every other round,
 * so a change in the machine's load touches every k alike); the loads of each k, as { samples, parts }.
 */
async function alternate(n, runs, once) {
  const loads = Array.from({ length: n }, () => ({ samples: [], parts: [] }));
  for (let round = 0; round < runs; round++) {
    const order = loads.map((_, k) => k);
    for (const k of round % 2 ? order.reverse() : order) {
      const { samples, parts } = await once(k);
      loads[k].samples.push(...samples);
      loads[k].parts.push(...parts);
    }
  }
  return loads;
}

/** Cold then warm throttled loads of `route`, alternating between `servers` (one per encoding). */
async function routeRows(servers, runs, route, step) {
  const rows = (load, loads) => loads.map((l, k) => ({ encoding: ENCODINGS[k], route: route.name, load, ...l }));
  step(`throttled ${route.name}: cold`);
  const cold = await alternate(servers.length, runs, (k) => coldLoads(servers[k].url, 1, { route, setup: throttle }));
  step(`throttled ${route.name}: warm`);
  const profiles = [];
  try {
    for (const server of servers) profiles.push(await warmProfile(server.url, route));
    const warm = await alternate(servers.length, runs, (k) => profiles[k].load());
    return [...rows('cold', cold), ...rows('warm', warm)];
  } finally {
    for (const p of profiles) await p.close();
  }
}

/**
 * Cold and warm throttled loads of #/review and #/ from `dist`, served in each encoding at once
 * and measured in turn: { profile, runs, machineLoad (1-minute load average at start and end), rows }.
 */
export async function throttledFigures(dist, runs, step = () => {}) {
  const servers = await Promise.all(ENCODINGS.map((encoding) => serve(dist, { encoding })));
  try {
    const loadBefore = loadavg()[0];
    const rows = [];
    for (const route of [ROUTES.review, ROUTES.home]) rows.push(...await routeRows(servers, runs, route, step));
    const order = (r) => ENCODINGS.indexOf(r.encoding);
    const machineLoad = [loadBefore, loadavg()[0]];
    return { profile: MOBILE, runs, machineLoad, rows: rows.sort((a, b) => order(a) - order(b)) };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
