// A static server for a release build, bound to 127.0.0.1, with the caching a static host gives:
// index.html revalidated by ETag (304), Trunk's content-hashed assets cached for a year.
// It also serves the `supermemo` npm package's ES module at /bench-vendor/supermemo.js.
// `serve(root, { encoding })` compresses like a static host: text types and wasm (not png) in
// `gzip` (zlib's default level 6, what hosts compressing on the fly typically use) or `br`
// (brotli quality 11, what hosts serving precompressed files ship), when the request's
// Accept-Encoding allows it, with `Vary: Accept-Encoding`. Every file is compressed before the
// server listens and kept, so compression time is never part of a timed load.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const ENCODERS = {
  gzip: promisify(gzip), // zlib's default level (6)
  br: (body) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
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

/** Whether the request's Accept-Encoding takes `encoding` (a listed coding or `*`, q above 0). */
export function accepts(header = '', encoding) {
  return header.split(',').some((item) => {
    const [coding, ...params] = item.trim().toLowerCase().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === encoding || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

/** Every file under `dir` (recursively). */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** file → its `encoding`-compressed bytes, for every compressible file under `root` and the vendored ones. */
async function compressAll(root, encoding) {
  const files = [...await filesUnder(root), ...Object.values(VENDOR)].filter((f) => COMPRESSED.has(extname(f)));
  const encode = ENCODERS[encoding];
  return new Map(await Promise.all(files.map(async (f) => [f, await encode(await readFile(f))])));
}

/** The body and headers to send `file` with, in `encoding` when the request accepts it. */
function representation(file, body, compressed, acceptEncoding, encoding) {
  if (!etags.has(file)) etags.set(file, createHash('sha1').update(body).digest('hex'));
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (!compressed?.has(file)) return { body, headers: { ...headers, etag: `"${etags.get(file)}"` } };
  const vary = { ...headers, vary: 'Accept-Encoding' };
  if (!accepts(acceptEncoding, encoding)) return { body, headers: { ...vary, etag: `"${etags.get(file)}"` } };
  return {
    body: compressed.get(file),
    headers: { ...vary, 'content-encoding': encoding, etag: `"${etags.get(file)}-${encoding}"` },
  };
}

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. `encoding`: none
 * (default), 'gzip' or 'br' (see the header).
 */
export async function serve(root, { encoding } = {}) {
  if (encoding && !ENCODERS[encoding]) throw new Error(`serve: unknown encoding ${encoding}`);
  const base = resolve(root);
  const compressed = encoding ? await compressAll(base, encoding) : undefined;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = fileFor(base, path);
    if (!file) { res.writeHead(403).end(); return; }
    let raw;
    try { raw = await readFile(file); } catch { res.writeHead(404).end('not found'); return; }
    const { body, headers } = representation(file, raw, compressed, req.headers['accept-encoding'], encoding);
    if (req.headers['if-none-match'] === headers.etag) {
      const { 'content-encoding': _, ...unchanged } = headers; // a 304 has no body to encode
      res.writeHead(304, unchanged).end();
      return;
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    }));
  });
}

/** Runs `measure(url)` against `root` served for the occasion (`options` as for `serve`). */
export async function served(root, measure, options) {
  const server = await serve(root, options);
  try {
    return await measure(server.url);
  } finally {
    await server.close();
  }
}
