// The build's Content-Security-Policy (run by tools/post-build.mjs once index.html's inline
// scripts are final): scripts only from the app's own origin, the hashes of index.html's own
// inline scripts and 'wasm-unsafe-eval' (compiling the wasm); no eval, no inline handlers, no
// plugins, no <base>, no forms. It goes into index.html as a <meta> (any static host) and into
// `_headers` (Netlify, Cloudflare Pages; the README gives other hosts) with the directives only a
// header can carry.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file static hosts read response headers from; the service worker does not precache it. */
export const HEADERS_FILE = '_headers';

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\s*/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source expression for an inline script's text. */
export const scriptHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of every inline script of `html`, in document order. */
export const inlineScriptHashes = (html) => [...html.matchAll(INLINE_SCRIPT)].map(([, text]) => scriptHash(text));

/**
 * The policy for a page whose inline scripts have `hashes`. Styles come from the stylesheet;
 * style attributes stay allowed (table column alignment, bar heights): they cannot run script.
 */
export const policy = (hashes) => [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The header form: the same policy plus what a `<meta>` policy cannot say. */
export const headerPolicy = (hashes) => `${policy(hashes)}; frame-ancestors 'none'`;

/** The `_headers` file giving every path of the build its security headers. */
export const headersFile = (hashes) => [
  '/*',
  `  Content-Security-Policy: ${headerPolicy(hashes)}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  '',
].join('\n');

/**
 * Writes the policy into index.html of `dir` (first thing after `<meta charset>`, so it covers
 * every script) and the header form into `_headers`; resolves to the inline scripts' hashes.
 */
export async function writeCsp(dir) {
  const index = join(dir, 'index.html');
  const html = (await readFile(index, 'utf8')).replace(META, '');
  const hashes = inlineScriptHashes(html);
  const charset = html.match(/<meta charset="[^"]*">\s*/);
  if (!charset) throw new Error(`${index} lacks <meta charset="…">, after which the policy goes`);
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">\n  `;
  await writeFile(index, html.slice(0, at) + meta + html.slice(at));
  await writeFile(join(dir, HEADERS_FILE), headersFile(hashes));
  return hashes;
}
