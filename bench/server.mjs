// A static server for a release build, bound to 127.0.0.1, with the caching a static host gives:
// index.html revalidated by ETag (304), Trunk's content-hashed assets cached for a year.
// It also serves the `supermemo` npm package's ES module at /bench-vendor/supermemo.js.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};
const VENDOR = { '/bench-vendor/supermemo.js': resolve('node_modules/supermemo/esm/main.js') };
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/; // Trunk drops a hash's leading zeros
const etags = new Map(); // file → ETag: files do not change while the harness serves them

/** The file for a request path, or undefined when it lies outside `root`. */
function fileFor(root, path) {
  if (VENDOR[path]) return VENDOR[path];
  const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(root) ? file : undefined;
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. */
export function serve(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = fileFor(base, path);
    if (!file) { res.writeHead(403).end(); return; }
    let body;
    try { body = await readFile(file); } catch { res.writeHead(404).end('not found'); return; }
    if (!etags.has(file)) etags.set(file, `"${createHash('sha1').update(body).digest('hex')}"`);
    const etag = etags.get(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
    };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    }));
  });
}
