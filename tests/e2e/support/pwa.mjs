// Helpers for the offline/install tests: builds to serve, a server that can stop and come back
// on the same origin, and waiting for the service worker.
import { before, after } from 'node:test';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './server.mjs';
import { writeServiceWorker } from '../../../tools/pwa/write-sw.mjs';

/** The release build served under /archdrill/ (built by `make e2e-build` with --public-url). */
export const SUBPATH_ROOT = resolve(process.env.ARCHDRILL_SUBPATH_DIST ?? 'target/e2e-subpath');

/** A second build of `dist` (the same files, restamped with another build id); `remove()` deletes it. */
export async function rebuild(dist, buildId) {
  const dir = await mkdtemp(join(tmpdir(), 'archdrill-build-'));
  await cp(dist, dir, { recursive: true });
  const { version } = await writeServiceWorker(dir, buildId);
  return { dir, version, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The build's files as the service worker should precache them (all but sw.js and _headers). */
export async function buildFiles(dist) {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(dist.length + 1))
    // sw.js itself, and the host's header file (tools/csp.mjs), are not part of the app
    .filter((f) => f !== 'sw.js' && f !== '_headers').sort();
}

/**
 * Serves `root` and keeps its port, so that `stop()` takes the site off the network and
 * `start(otherRoot)` brings it (or another build) back on the same origin.
 */
export async function restartableServer(root) {
  let current = await serve(root);
  const port = Number(new URL(current.url).port);
  return {
    url: current.url,
    stop: async () => { await current?.close(); current = null; },
    start: async (newRoot = root) => { current = await serve(newRoot, port); },
  };
}

/**
 * For the tests of the calling file: `restartableServer(dist)` and a second build of it
 * (`rebuild(dist, buildId)`), made before the first test and removed after the last. Read
 * `.server` and `.buildB` inside a test.
 */
export function twoBuildsForFile(dist, buildId) {
  const site = {};
  before(async () => {
    site.server = await restartableServer(dist);
    site.buildB = await rebuild(dist, buildId);
  });
  after(async () => {
    await site.server.stop();
    await site.buildB.remove();
  });
  return site;
}

/** Resolves once a service worker controls `page`; returns its script URL. */
export async function serviceWorkerControls(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
}

/** The names of the page origin's caches and the URLs each holds. */
export function cachedUrls(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    }
    return out;
  });
}
