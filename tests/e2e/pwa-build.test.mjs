// The service worker's precache list and version come from the build itself
// (tools/pwa/write-sw.mjs, Trunk's post-build hook), checked on a small made-up build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { buildStamp, writeServiceWorker } from '../../tools/pwa/write-sw.mjs';

async function fakeBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'archdrill-sw-'));
  await mkdir(join(dir, 'icons'));
  await writeFile(join(dir, 'index.html'), `<head>${buildStamp('dev')}</head>`);
  await writeFile(join(dir, 'app-1.js'), 'js');
  await writeFile(join(dir, 'app-1_bg.wasm'), 'wasm');
  await writeFile(join(dir, 'icons', 'icon-192.png'), 'png');
  return dir;
}

/** The BUILD constant of the written sw.js, after checking the file parses as JavaScript. */
async function swBuild(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  new Script(sw, { filename: 'sw.js' });
  return JSON.parse(sw.match(/^const BUILD = (.*);$/m)[1]);
}

test('sw.js lists every file of the build but itself, and index.html carries the version', async () => {
  const dir = await fakeBuild();
  try {
    const { version, files } = await writeServiceWorker(dir);
    assert.match(version, /^[0-9a-f]{16}$/);
    assert.deepEqual(files, ['app-1.js', 'app-1_bg.wasm', 'icons/icon-192.png', 'index.html']);
    assert.deepEqual(await swBuild(dir), { version, files });
    assert.equal(await readFile(join(dir, 'index.html'), 'utf8'), `<head>${buildStamp(version)}</head>`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the version is stable on a re-run and changes with any file or the build id', async () => {
  const dir = await fakeBuild();
  try {
    const first = (await writeServiceWorker(dir)).version;
    assert.equal((await writeServiceWorker(dir)).version, first, 're-running on a finished build');
    const other = (await writeServiceWorker(dir, 'release-2')).version;
    assert.notEqual(other, first);
    assert.equal((await swBuild(dir)).version, other);
    await writeFile(join(dir, 'icons', 'icon-192.png'), 'png, redrawn');
    assert.notEqual((await writeServiceWorker(dir)).version, first);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a build whose index.html lacks the build stamp is refused', async () => {
  const dir = await fakeBuild();
  try {
    await writeFile(join(dir, 'index.html'), '<head></head>');
    await assert.rejects(writeServiceWorker(dir), /lacks <meta name="archdrill-build"/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
