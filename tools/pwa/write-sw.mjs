// Run by Trunk's post-build hook (tools/post-build.mjs): lists every file of the build, derives
// the build's version from their contents, stamps it into index.html
// (<meta name="archdrill-build">) and writes sw.js from the template tools/pwa/sw.js. A build
// id, if given, is mixed into the version. Re-running it on a finished build gives the same
// version (the stamp is not part of what is hashed).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE } from '../csp.mjs';

const TEMPLATE = fileURLToPath(new URL('./sw.js', import.meta.url));
const STAMP = /<meta name="archdrill-build" content="[^"]*">/;
const BUILD_LINE = /^const BUILD = .*;$/m;

/** The `<meta>` that marks index.html as build `version` (the service worker checks it). */
export const buildStamp = (version) => `<meta name="archdrill-build" content="${version}">`;

/** Every file under `dir` as sorted `/`-separated relative paths, without sw.js and `_headers`. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((file) => file !== 'sw.js' && file !== HEADERS_FILE)
    .sort();
}

/** Writes sw.js for the build in `dir` and stamps its index.html; resolves to { version, files }. */
export async function writeServiceWorker(dir, buildId = '') {
  const files = await listFiles(dir);
  if (!files.includes('index.html')) throw new Error(`${dir} has no index.html`);
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  if (!STAMP.test(html)) throw new Error(`${dir}/index.html lacks <meta name="archdrill-build" content="…">`);
  const unstamped = html.replace(STAMP, buildStamp('dev'));

  const hash = createHash('sha256').update(buildId).update('\0');
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(file === 'index.html' ? unstamped : await readFile(join(dir, file))).update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);

  const template = await readFile(TEMPLATE, 'utf8');
  if (!BUILD_LINE.test(template)) throw new Error(`${TEMPLATE} lacks the line "const BUILD = …;"`);
  await writeFile(join(dir, 'index.html'), unstamped.replace(STAMP, buildStamp(version)));
  await writeFile(join(dir, 'sw.js'), template.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify({ version, files })};`));
  return { version, files };
}

