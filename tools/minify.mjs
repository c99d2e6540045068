// Minifies the JavaScript and CSS of a build with esbuild (Trunk leaves wasm-bindgen's glue and
// the stylesheet as written) and updates their subresource-integrity hashes in index.html.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const LOADERS = { js: 'js', css: 'css' };

/** Minifies `file` of `dir` in place; resolves to its new bytes. */
export async function minifyFile(dir, file) {
  const path = join(dir, file);
  const loader = LOADERS[file.split('.').pop()];
  const { code } = await transform(await readFile(path, 'utf8'), { loader, minify: true, format: loader === 'js' ? 'esm' : undefined });
  await writeFile(path, code);
  return Buffer.from(code);
}

/** Minifies every .js and .css file at the top of `dir` except `skip`, fixing index.html's integrity hashes. */
export async function minifyBuild(dir, skip = []) {
  const files = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f) && !skip.includes(f));
  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');
  for (const file of files) {
    const bytes = await minifyFile(dir, file);
    const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    html = html.replace(new RegExp(`(href="[^"]*${file.replace(/\./g, '\\.')}"[^>]*integrity=")sha384-[^"]+`), `$1${integrity}`);
  }
  await writeFile(index, html);
  return files;
}
