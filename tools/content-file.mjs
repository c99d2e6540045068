// Puts the build's content file and outline next to its wasm. build.rs writes the validated
// decks and interviews to $OUT_DIR/content-<hash>.txt, and without the cards' fronts and backs
// to $OUT_DIR/outline-<same hash>.txt, and compiles the content file's name into the wasm; this
// finds the name in the wasm, copies both files from cargo's build directory into the build and
// makes index.html start reading one of them (`window.archdrillContent`) while the wasm
// downloads.
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A content file's name: `content-<16 hex digits>.txt` (see build/pack.rs). */
export const NAME = /content-[0-9a-f]{16}\.txt/;
/** An outline's name: `outline-<16 hex digits>.txt`, the hash of its content file. */
export const OUTLINE = /outline-[0-9a-f]{16}\.txt/;

/** The outline's name next to the content file `name`. */
export const outlineName = (name) => name.replace('content-', 'outline-');

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
 * The script index.html runs first: it fetches the outline when the page opens on the home
 * screen (`#/` or no hash: counts, no card text), the content file otherwise, and reads it to
 * the end while the wasm downloads and compiles, leaving the promise of its bytes (an
 * `ArrayBuffer`) in `window.archdrillContent` for `src/ui/content_file.rs`, which later fetches
 * the content file by name with the same `window.archdrillFetch` (files are looked up under
 * `publicUrl`) when it started from the outline. An HTTP error rejects with the file and status
 * (marked handled here: the app reports it).
 */
export const fetchScript = (publicUrl, outline, content) => '<script>{'
  + `const get = window.archdrillFetch = (file) => fetch(${JSON.stringify(publicUrl)} + file)`
  + '.then((r) => r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${file}: HTTP ${r.status}`)));'
  + '(window.archdrillContent = get(/^(#\\/?)?$/.test(location.hash) '
  + `? ${JSON.stringify(outline)} : ${JSON.stringify(content)})).catch(() => {});}</script>`;

/** Copies the content file and outline into the build in `dir`; index.html fetches one first thing. */
export async function placeContent(dir, { targetDir, profile, publicUrl }) {
  const name = await nameInWasm(dir);
  const names = [outlineName(name), name];
  for (const file of names) {
    const built = await builtFile(targetDir, profile, file);
    if (!built) throw new Error(`${file} is not under ${targetDir}/wasm32-unknown-unknown/${profile}/build: build again`);
    await copyFile(built, join(dir, file));
  }
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  const script = fetchScript(publicUrl, ...names);
  const at = html.indexOf('<script');
  if (!html.includes(script)) {
    await writeFile(index, at < 0 ? html.replace('</head>', `${script}\n</head>`) : `${html.slice(0, at)}${script}\n  ${html.slice(at)}`);
  }
  return names;
}
