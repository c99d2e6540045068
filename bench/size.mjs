// App shell transfer size: the wasm, JS and CSS of a release build, raw and compressed as a
// static host would serve them (gzip level 9, brotli quality 11).
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { NAME, outlineName } from '../tools/content-file.mjs';
import { sections } from '../tools/wasm-sections.mjs';

const KINDS = ['.wasm', '.js', '.css'];
/** The pieces of the wasm loaded on demand (tools/split-wasm.mjs): not part of the shell. */
export const LAZY = /^(split|chunk)_[^-]*-[0-9a-f]{16}\.wasm$/;

/** { kind, file, raw, gzip, brotli } of one file of `dist`. */
async function sizeOf(dist, file) {
  const body = await readFile(join(dist, file));
  return {
    kind: extname(file).slice(1),
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of every shell file of `dist`, in the order wasm, js, css (main wasm first). */
export async function shellSizes(dist) {
  const files = (await readdir(dist)).filter((f) => KINDS.includes(extname(f)) && !LAZY.test(f));
  const sizes = await Promise.all(files.map((file) => sizeOf(dist, file)));
  return sizes.sort((a, b) => KINDS.indexOf(`.${a.kind}`) - KINDS.indexOf(`.${b.kind}`));
}

/** Sizes of the wasm pieces of `dist` loaded on demand (the interview screens). */
export async function lazySizes(dist) {
  const files = (await readdir(dist)).filter((f) => LAZY.test(f)).sort();
  return Promise.all(files.map((file) => sizeOf(dist, file)));
}

/** Sizes of the build's content file and its outline (fetched next to the shell). */
export async function contentSize(dist) {
  const file = (await readdir(dist)).find((f) => NAME.test(f));
  if (!file) throw new Error(`${dist} has no content file`);
  return { content: await sizeOf(dist, file), outline: await sizeOf(dist, outlineName(file)) };
}

/** Raw and gzip bytes of the wasm's code and data sections (data: strings and tables). */
export async function wasmSections(file) {
  const wasm = await readFile(file);
  const out = {};
  for (const { id, body, end } of sections(wasm)) {
    const name = { 10: 'code', 11: 'data' }[id];
    if (name) out[name] = { raw: end - body, gzip: gzipSync(wasm.subarray(body, end), { level: 9 }).length };
  }
  return out;
}
