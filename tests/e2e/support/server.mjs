// A tiny static file server for the release build (no dependencies), bound to 127.0.0.1. Like
// Netlify or Cloudflare Pages, it sends the headers the build's `_headers` file gives every path.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** The headers a `_headers` file's `/*` block names (none when `root` has no such file). */
async function hostHeaders(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const block = text.split(/^(?=\S)/m).find((b) => b.startsWith('/*\n')) ?? '';
  return Object.fromEntries(block.split('\n').slice(1)
    .map((line) => line.trim().match(/^([\w-]+):\s*(.*)$/))
    .filter(Boolean)
    .map(([, name, value]) => [name.toLowerCase(), value]));
}

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to { url, close }. */
export function serve(root, port = 0) {
  const headers = hostHeaders(root); // read once: a build does not change while it is served
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...await headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  serve(normalize(join(process.cwd(), root)), Number(port)).then(({ url }) => console.log(`serving ${root} at ${url}`));
}
