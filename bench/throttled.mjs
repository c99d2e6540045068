// The throttled mobile profile, like Lighthouse's mobile preset: Chromium's own throttling
// through CDP on the page's session, set before it navigates — network 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up (`Network.emulateNetworkConditions`, after `Network.enable`)
// and the CPU 4× slower (`Emulation.setCPUThrottlingRate`). Cold (new profile) and warm (same
// profile, service worker installed) loads of #/review and #/, served gzip and brotli
// (bench/server.mjs), with the bytes they transferred.
import { launch, openTimed } from './browser.mjs';
import { coldLoads, ROUTES, warmLoads } from './load.mjs';
import { served } from './server.mjs';

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

/** `runs` throttled warm loads of `route`, in one new profile after a first (untimed) visit. */
async function warmProfile(url, runs, route) {
  const { page, errors, close } = await launch();
  try {
    const probe = await throttle(page);
    await openTimed(page, `${url}${route.hash}`, route.mark);
    await page.evaluate(installed);
    return await warmLoads(page, errors, url, runs, { route, probe });
  } finally {
    await close();
  }
}

/** Cold and warm throttled loads of #/review and #/ from `dist`, served in each encoding: { profile, runs, rows }. */
export async function throttledFigures(dist, runs, step = () => {}) {
  const rows = [];
  for (const encoding of ENCODINGS) {
    await served(dist, async (url) => {
      for (const route of [ROUTES.review, ROUTES.home]) {
        const row = { encoding, route: route.name };
        step(`throttled ${encoding} ${route.name}: cold`);
        rows.push({ ...row, load: 'cold', ...(await coldLoads(url, runs, { route, setup: throttle })) });
        step(`throttled ${encoding} ${route.name}: warm`);
        rows.push({ ...row, load: 'warm', ...(await warmProfile(url, runs, route)) });
      }
    }, { encoding });
  }
  return { profile: MOBILE, runs, rows };
}
