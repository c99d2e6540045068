// archdrill's service worker (template: tools/pwa/write-sw.mjs fills in BUILD after every
// `trunk build` and writes the result as sw.js next to index.html).
//
// - install: precaches every file of this build into a cache of its own, fetched past the
//   HTTP cache, and checks that the index.html it got is this build's;
// - fetch: answers from this build's cache only (navigations get index.html), so a page
//   never mixes files of two builds; the network only for what the build does not hold.
//   Where the browser has static routing (Chromium), the build's own files go from the cache
//   to the page without running this worker's fetch handler at all;
// - a new build waits until the page says "skip-waiting" (the learner chose "Reload to
//   update"), then activates, deletes the caches of older builds and takes over the pages.
const BUILD = { version: 'dev', files: [] };

const PREFIX = `archdrill:${self.registration.scope}:`;
const CACHE = `${PREFIX}${BUILD.version}`;
const INDEX = new URL('index.html', self.location).href;
const SCOPE = self.registration.scope;

async function precache() {
  const cache = await caches.open(CACHE);
  // files named by their content hash can come from the HTTP cache (the page just fetched
  // them); the others are fetched past it, so the cache holds this build's versions
  const hashed = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/;
  await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, self.location), { cache: hashed.test(file) ? 'default' : 'reload' })));
  const index = await cache.match(INDEX);
  if (!(await index.clone().text()).includes(`content="${BUILD.version}"`)) {
    await caches.delete(CACHE);
    throw new Error(`index.html is not build ${BUILD.version}: the host changed while installing`);
  }
  await cache.put(SCOPE, index); // the scope's root is index.html too (for the static routes)
}

/**
 * Static routes: a request for a file of the build, or for the scope's root (a navigation), is
 * answered from this build's cache by the browser itself (a file missing there goes to the
 * network). Browsers without them, or without a cache as a route source, keep using the fetch
 * handler.
 */
function addRoutes(event) {
  if (!event.addRoutes) return;
  const exactly = (url) => new URLPattern({ pathname: new URL(url, SCOPE).pathname, search: '' });
  const routes = [SCOPE, ...BUILD.files].map((file) => ({
    condition: { urlPattern: exactly(file) },
    source: { cacheName: CACHE },
  }));
  event.waitUntil(event.addRoutes(routes).catch(() => {}));
}

async function dropOldBuilds() {
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)));
  await self.clients.claim();
}

let opened; // this build's cache, opened once per worker start rather than per request
const buildCache = () => (opened ??= caches.open(CACHE));

async function respond(request) {
  const cache = await buildCache();
  const cached = await cache.match(request.mode === 'navigate' ? INDEX : request);
  return cached ?? fetch(request);
}

self.addEventListener('install', (event) => {
  addRoutes(event);
  event.waitUntil(precache());
});
self.addEventListener('activate', (event) => event.waitUntil(dropOldBuilds()));
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  if (event.request.method === 'GET' && event.request.url.startsWith(self.registration.scope)) {
    event.respondWith(respond(event.request));
  }
});
