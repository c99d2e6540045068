// Puts the build's content file next to its wasm. build.rs writes the validated decks and
// interviews to $OUT_DIR/content-<hash>.txt and compiles that name into the wasm; this finds
// the name in the wasm, copies the file from cargo's build directory into the build and makes
// index.html start reading it (`window.archdrillContent`) while the wasm downloads.
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A content file's name: `content-<16 hex digits>.txt` (see build/pack.rs). */
export const NAME = /content-[0-9a-f]{16}\.txt/;

/** The content file name compiled into the wasm of the build in `dir`. */
async function nameInWasm(dir) {
  const wasm = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
  if (!wasm) throw new Error(`${dir} has no *_bg.wasm`);
  const name = (await readFile(join(dir, wasm))).toString('latin1').match(NAME)?.[0];
  if (!name) throw new Error(`${wasm} names no content-<hash>.txt`);
  return name;
}

/** Where cargo's build script left `name` for this profile, if anywhere. */
async function builtFile(targetDir, profile, name) {
  const build = join(targetDir, 'wasm32-unknown-unknown', profile, 'build');
  const dirs = existsSync(build) ? await readdir(build) : [];
  return dirs
    .filter((d) => d.startsWith('archdrill-'))
    .map((d) => join(build, d, 'out', name))
    .find((file) => existsSync(file));
}

/**
 * The script index.html runs first: it fetches the content file and reads it to the end while
 * the wasm downloads and compiles, leaving the promise of its bytes (an `ArrayBuffer`) in
 * `window.archdrillContent` for `src/ui/content_file.rs`; an HTTP error rejects with its status
 * (marked handled here: the app reports it once it runs).
 */
export const fetchScript = (url) => `<script>(window.archdrillContent = fetch(${JSON.stringify(url)})`
  + ".then((r) => r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`)))).catch(() => {});</script>";

/** Copies the content file into the build in `dir` and has index.html fetch it first thing. */
export async function placeContent(dir, { targetDir, profile, publicUrl }) {
  const name = await nameInWasm(dir);
  const file = await builtFile(targetDir, profile, name);
  if (!file) throw new Error(`${name} is not under ${targetDir}/wasm32-unknown-unknown/${profile}/build: build again`);
  await copyFile(file, join(dir, name));
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  const script = fetchScript(`${publicUrl}${name}`);
  const at = html.indexOf('<script');
  if (!html.includes(script)) {
    await writeFile(index, at < 0 ? html.replace('</head>', `${script}\n</head>`) : `${html.slice(0, at)}${script}\n  ${html.slice(at)}`);
  }
  return name;
}
