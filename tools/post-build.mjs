// Trunk's post-build hook (one script: Trunk runs the hooks of a stage in parallel): puts the
// content file and outline into the build, strips the wasm-streams classes (tools/strip-streams.mjs)
// and minifies its JavaScript and CSS (release builds), then writes
// the service worker that precaches the whole build.
import { join } from 'node:path';
import { placeContent } from './content-file.mjs';
import { minifyBuild, minifyFile } from './minify.mjs';
import { stripStreams } from './strip-streams.mjs';
import { writeServiceWorker } from './pwa/write-sw.mjs';

const env = process.env;
const dir = env.TRUNK_STAGING_DIR.replace(/\/+$/, '');
const files = await placeContent(dir, {
  targetDir: env.CARGO_TARGET_DIR ?? join(env.TRUNK_SOURCE_DIR, 'target'),
  profile: env.TRUNK_PROFILE,
  publicUrl: env.TRUNK_PUBLIC_URL ?? '/',
});
const release = env.TRUNK_PROFILE === 'release';
if (release) {
  await stripStreams(dir);
  await minifyBuild(dir);
}
const { version, files: precached } = await writeServiceWorker(dir, env.ARCHDRILL_BUILD_ID ?? '');
if (release) await minifyFile(dir, 'sw.js');
console.log(`post-build: ${files.join(", ")}; sw.js: build ${version}, ${precached.length} files precached`);
