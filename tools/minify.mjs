// Minifies the JavaScript and CSS of a build with esbuild (Trunk leaves wasm-bindgen's glue and
// the stylesheet as written) and updates their subresource-integrity hashes in index.html.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const LOADERS = { js: 'js', css: 'css' };

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Minifies `file` of `dir` in place; resolves to { before, after }: its bytes before and after. */
export async function minifyFile(dir, file) {
  const path = join(dir, file);
  const before = await readFile(path);
  const loader = LOADERS[file.split('.').pop()];
  const { code } = await transform(before.toString('utf8'), { loader, minify: true, format: loader === 'js' ? 'esm' : undefined });
  await writeFile(path, code);
  return { before, after: Buffer.from(code) };
}

/**
 * Minifies every .js and .css file at the top of `dir`; where index.html pins a file's
 * integrity hash, the hash of the original is replaced by the minified file's.
 */
export async function minifyBuild(dir) {
  const files = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f));
  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');
  for (const file of files) {
    const { before, after } = await minifyFile(dir, file);
    html = html.split(sri(before)).join(sri(after));
  }
  await writeFile(index, html);
  return files;
}
