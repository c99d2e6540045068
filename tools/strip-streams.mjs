// Removes code the app can never run from a release build: leptos always builds its server
// functions for the browser, which brings the `wasm-streams` crate, whose three wasm-bindgen
// classes (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink) are exported from
// the wasm and defined in the JavaScript glue although archdrill calls no server function. This
// drops their exports from the wasm (then `wasm-opt --remove-unused-module-elements` drops the
// code only they reached) and their classes from the glue: 0.4 kB gzip of the 250 kB shell.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leb, sections, uleb } from './wasm-sections.mjs';

/** Names of the exports and classes removed. */
const EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The wasm `bytes` without the exports whose names match EXPORT; [bytes, names removed]. */
export function withoutExports(bytes) {
  const parts = [bytes.subarray(0, 8)];
  const removed = [];
  for (const { id, start, body, end } of sections(bytes)) {
    if (id !== 7) {
      parts.push(bytes.subarray(start, end));
      continue;
    }
    let [count, p] = leb(bytes, body);
    const kept = [];
    for (; count > 0; count--) {
      const entry = p;
      const [length, name] = leb(bytes, p);
      [, p] = leb(bytes, name + length + 1); // the kind byte, then the index
      const text = bytes.subarray(name, name + length).toString('utf8');
      if (EXPORT.test(text)) removed.push(text);
      else kept.push(bytes.subarray(entry, p));
    }
    const section = Buffer.concat([uleb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), uleb(section.length), section);
  }
  return [Buffer.concat(parts), removed];
}

/** The glue `js` without the classes; throws when wasm-bindgen wrote them differently. */
export function withoutClasses(js) {
  let out = js;
  for (const name of CLASSES) {
    const pieces = [
      new RegExp(`export class ${name} \\{\\n[\\s\\S]*?\\n\\}\\n`),
      new RegExp(`if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`),
      new RegExp(`const ${name}Finalization = [^;]*;\\n`),
    ];
    for (const piece of pieces) {
      if (!piece.test(out)) throw new Error(`strip-streams: the glue has no ${piece.source}: wasm-bindgen changed its output`);
      out = out.replace(piece, '');
    }
  }
  if (out.includes('IntoUnderlying')) throw new Error('strip-streams: the glue still uses a removed class');
  return out;
}

/** Strips the classes from the release build in `dir` and updates index.html's integrity hashes. */
export async function stripStreams(dir) {
  const files = await readdir(dir);
  const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
  const jsFile = wasmFile && wasmFile.replace(/_bg\.wasm$/, '.js');
  if (!wasmFile || !files.includes(jsFile)) throw new Error(`strip-streams: ${dir} has no wasm and glue`);
  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');

  const wasmPath = join(dir, wasmFile);
  const wasmBefore = await readFile(wasmPath);
  const [stripped, removed] = withoutExports(wasmBefore);
  if (removed.length === 0) throw new Error('strip-streams: the wasm exports none of the classes: nothing to strip');
  await writeFile(wasmPath, stripped);
  execFileSync('wasm-opt', ['--remove-unused-module-elements', wasmPath, '-o', wasmPath]);
  html = html.split(sri(wasmBefore)).join(sri(await readFile(wasmPath)));

  const jsPath = join(dir, jsFile);
  const jsBefore = await readFile(jsPath);
  const js = withoutClasses(jsBefore.toString('utf8'));
  await writeFile(jsPath, js);
  html = html.split(sri(jsBefore)).join(sri(Buffer.from(js)));
  await writeFile(index, html);
  return removed;
}
