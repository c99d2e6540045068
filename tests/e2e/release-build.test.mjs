// The release build carries no code the app cannot run: the wasm-streams classes that leptos's
// server functions bring (tools/strip-streams.mjs) are gone from the wasm and its glue, and
// index.html's integrity hashes match the files as they were left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './support/app.mjs';
import { withoutExports } from '../../tools/strip-streams.mjs';

test('the wasm-streams classes are stripped and the integrity hashes still match', async () => {
  const files = await readdir(DIST);
  const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
  const wasm = await readFile(join(DIST, wasmFile));
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  assert.ok(exports.length > 10 && exports.includes('memory'), `the wasm still exports the app: ${exports.length}`);
  assert.deepEqual(exports.filter((e) => /intounderlying/i.test(e)), []);
  assert.equal(withoutExports(wasm)[1].length, 0, 'nothing left to strip');
  const glue = await readFile(join(DIST, wasmFile.replace(/_bg\.wasm$/, '.js')), 'utf8');
  assert.ok(!glue.includes('IntoUnderlying'), 'the glue defines none of the classes');

  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const pinned = [...html.matchAll(/href="\/([^"]+)"[^>]*integrity="([^"]+)"/g)];
  assert.ok(pinned.length >= 3, `index.html pins the wasm, glue and stylesheet: ${pinned.length}`);
  for (const [, file, integrity] of pinned) {
    const digest = createHash('sha384').update(await readFile(join(DIST, file))).digest('base64');
    assert.equal(integrity, `sha384-${digest}`, file);
  }
});
