// Splits the app's wasm at its `#[wasm_split]` points (src/ui/interviews/lazy.rs: the interview
// screens), run by Trunk's post-build hook (tools/post-build.mjs).
//
// Trunk runs wasm-bindgen on the linked wasm, but the split has to happen before wasm-bindgen
// (wasm-bindgen rewrites the module and drops the relocations the splitter reads). So this takes
// the wasm cargo linked for Trunk (feature `split` links it with `--emit-relocs`, see build.rs),
// splits it with tools/wasm-split (the `wasm_split_cli_support` crate cargo-leptos uses), runs
// wasm-bindgen on the main module with Trunk's output name, and puts the result in place of
// Trunk's wasm and glue (their integrity hashes in index.html updated). Trunk's wasm-opt is off
// (index.html): wasm-opt runs here on the main module and on each split piece.
//
// Output next to the glue: `split_interviews-<hash>.wasm` (and `chunk_<n>-<hash>.wasm` when two
// split points share code) and the loader `__wasm_split-<hash>.js`, which the glue imports and
// which imports `initSync` from the glue; it fetches a piece with `new URL(<piece>, import.meta.url)`,
// so the build works under any --public-url. The service worker precaches them like every file.
//
// A wasm without split points (a build without the feature) is only optimised.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL_DIR = fileURLToPath(new URL('./wasm-split/', import.meta.url));
const TOOL = join(TOOL_DIR, 'target', 'release', 'archdrill-wasm-split');
/** The loader's name until its contents are final (same length as the final name, which the
 * main wasm names as an import module: renaming it in place keeps the binary valid). */
export const LOADER_PLACEHOLDER = '__wasm_split-________________.js';
const LOADER = /^__wasm_split-[0-9a-f]{16}\.js$/;
/** wasm-opt for every piece: -Os (see index.html's history: 0.6 kB less gzip than -Oz) and the
 * low 1 kB of memory unused (Rust's stack grows down from 1 MB). */
const WASM_OPT = ['-Os', '--low-memory-unused'];

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The custom-section and import facts of `wasm` that decide what to do with it. */
function inspect(wasm) {
  const module = new WebAssembly.Module(wasm);
  const splitImports = WebAssembly.Module.imports(module).filter((i) => i.module === '__wasm_split_placeholder__');
  const relocs = WebAssembly.Module.customSections(module, 'linking').length > 0;
  return { split: splitImports.length > 0, relocs };
}

/** Builds tools/wasm-split when it is missing or older than its sources (not on every build:
 * cargo would touch its target directory, which `trunk serve` would see as a change). */
function buildTool() {
  const sources = ['Cargo.toml', 'Cargo.lock', 'src/main.rs'].map((f) => statSync(join(TOOL_DIR, f)).mtimeMs);
  if (existsSync(TOOL) && statSync(TOOL).mtimeMs >= Math.max(...sources)) return;
  execFileSync('cargo', ['build', '--release', '--quiet', '--manifest-path', join(TOOL_DIR, 'Cargo.toml')], { stdio: 'inherit' });
  if (!existsSync(TOOL)) throw new Error(`split-wasm: ${TOOL} was not built`);
}

/** Runs wasm-opt on `file` in place. */
const optimise = (file) => execFileSync('wasm-opt', [...WASM_OPT, file, '-o', file]);

/**
 * Splits (or only optimises, `optimise` false: debug builds) the wasm of the Trunk build in
 * `dir`. Resolves to a list of { file, bytes } of the pieces written (main module first).
 */
export async function splitWasm(dir, { targetDir, profile, optimise: opt }) {
  const files = await readdir(dir);
  const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
  const stem = wasmFile?.replace(/_bg\.wasm$/, '');
  const jsFile = stem && `${stem}.js`;
  if (!wasmFile || !files.includes(jsFile)) throw new Error(`split-wasm: ${dir} has no wasm and glue`);
  const wasmPath = join(dir, wasmFile);
  const jsPath = join(dir, jsFile);
  const index = join(dir, 'index.html');

  const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'archdrill.wasm');
  const raw = await readFile(linked);
  const facts = inspect(raw);
  if (!facts.split) {
    if (opt) optimise(wasmPath);
    return [{ file: wasmFile, bytes: await readFile(wasmPath) }];
  }
  if (!facts.relocs) throw new Error(`split-wasm: ${linked} has split points but no relocations: link it with --emit-relocs (feature "split", build.rs)`);

  buildTool();
  const work = await mkdtemp(join(tmpdir(), 'archdrill-split-'));
  try {
    const out = join(work, 'split');
    const listing = execFileSync(TOOL, [linked, out, `./${jsFile}`, `./${LOADER_PLACEHOLDER}`], { encoding: 'utf8' });
    const bindgen = join(work, 'bindgen');
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports',
      '--out-dir', bindgen, '--out-name', stem, join(out, 'main.wasm')], { stdio: 'inherit' });

    // the main module and its glue in place of Trunk's
    let html = await readFile(index, 'utf8');
    const [wasmBefore, jsBefore] = [await readFile(wasmPath), await readFile(jsPath)];
    await copyFile(join(bindgen, `${stem}_bg.wasm`), wasmPath);
    await copyFile(join(bindgen, `${stem}.js`), jsPath);
    if (existsSync(join(bindgen, 'snippets'))) await cp(join(bindgen, 'snippets'), join(dir, 'snippets'), { recursive: true });
    if (opt) optimise(wasmPath);
    html = html.split(sri(wasmBefore)).join(sri(await readFile(wasmPath)));
    html = html.split(sri(jsBefore)).join(sri(await readFile(jsPath)));
    await writeFile(index, html);

    // each piece optimised and named by its contents, the loader told the names
    let loader = await readFile(join(out, LOADER_PLACEHOLDER), 'utf8');
    const pieces = [{ file: wasmFile, bytes: await readFile(wasmPath) }];
    for (const piece of (await readdir(out)).filter((f) => f.endsWith('.wasm') && f !== 'main.wasm').sort()) {
      const path = join(out, piece);
      if (opt) optimise(path);
      const bytes = await readFile(path);
      const named = piece.replace(/\.wasm$/, `-${hash16(bytes)}.wasm`);
      const reference = `"./${piece}"`;
      if (!loader.includes(reference)) throw new Error(`split-wasm: the loader does not fetch ${piece}: wasm_split_cli_support changed its output`);
      loader = loader.split(reference).join(`"./${named}"`);
      await writeFile(join(dir, named), bytes);
      pieces.push({ file: named, bytes });
    }
    await writeFile(join(dir, LOADER_PLACEHOLDER), loader);
    console.log(`split-wasm: ${listing.trim().split('\n').join('; ')}`);
    return pieces;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Names the loader of the build in `dir` by its final contents (run after minification): renames
 * it and rewrites its name in the glue and, same length, in the main wasm (the import module),
 * updating their integrity hashes in index.html. Does nothing in a build without a loader.
 */
export async function nameLoader(dir) {
  const files = await readdir(dir);
  if (!files.includes(LOADER_PLACEHOLDER)) return null;
  const bytes = await readFile(join(dir, LOADER_PLACEHOLDER));
  const named = `__wasm_split-${hash16(bytes)}.js`;
  if (!LOADER.test(named) || named.length !== LOADER_PLACEHOLDER.length) throw new Error(`split-wasm: bad loader name ${named}`);
  await rename(join(dir, LOADER_PLACEHOLDER), join(dir, named));

  const index = join(dir, 'index.html');
  let html = await readFile(index, 'utf8');
  const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
  const jsFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  for (const file of [wasmFile, jsFile]) {
    const path = join(dir, file);
    const before = await readFile(path);
    const from = Buffer.from(LOADER_PLACEHOLDER);
    if (before.indexOf(from) < 0) throw new Error(`split-wasm: ${file} does not name the loader`);
    const parts = [];
    let at = 0;
    for (let i = before.indexOf(from); i >= 0; i = before.indexOf(from, at)) {
      parts.push(before.subarray(at, i), Buffer.from(named));
      at = i + from.length;
    }
    parts.push(before.subarray(at));
    const after = Buffer.concat(parts);
    await writeFile(path, after);
    html = html.split(sri(before)).join(sri(after));
  }
  await writeFile(index, html);
  return named;
}
