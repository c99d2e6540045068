// Trunk's post-build hook (one script: Trunk runs the hooks of a stage in parallel): splits the
// wasm and runs wasm-opt on each piece (tools/split-wasm.mjs), puts the content file and outline
// into the build, strips the wasm-streams classes (tools/strip-streams.mjs)
// and minifies its JavaScript and CSS (release builds), writes the Content-Security-Policy
// with the hashes of index.html's inline scripts (tools/csp.mjs), then writes the service worker
// that precaches the whole build.
import { join } from 'node:path';
import { placeContent } from './content-file.mjs';
import { writeCsp } from './csp.mjs';
import { minifyBuild, minifyFile } from './minify.mjs';
import { nameLoader, splitWasm } from './split-wasm.mjs';
import { stripStreams } from './strip-streams.mjs';
import { writeServiceWorker } from './pwa/write-sw.mjs';

const env = process.env;
const dir = env.TRUNK_STAGING_DIR.replace(/\/+$/, '');
const targetDir = env.CARGO_TARGET_DIR ?? join(env.TRUNK_SOURCE_DIR, 'target');
const release = env.TRUNK_PROFILE === 'release';
const pieces = await splitWasm(dir, { targetDir, profile: env.TRUNK_PROFILE, optimise: release });
const files = await placeContent(dir, { targetDir, profile: env.TRUNK_PROFILE, publicUrl: env.TRUNK_PUBLIC_URL ?? '/' });
if (release) {
  await stripStreams(dir);
  await minifyBuild(dir);
}
const loader = await nameLoader(dir);
const hashes = await writeCsp(dir);
const { version, files: precached } = await writeServiceWorker(dir, env.ARCHDRILL_BUILD_ID ?? '');
if (release) await minifyFile(dir, 'sw.js');
const wasm = pieces.map(({ file, bytes }) => `${file} ${bytes.length} B`).join(', ');
console.log(`post-build: wasm ${wasm}${loader ? `, loader ${loader}` : ''}; ${files.join(", ")}; CSP: ${hashes.length} inline scripts; sw.js: build ${version}, ${precached.length} files precached`);
