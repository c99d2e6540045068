// The benchmark harness (`make bench`): measures the release builds in target/benchmarks/
// (app as shipped; app-10000 and app-100000 with the `bench` feature's exports, built by the
// Makefile) in headless Chromium, prints a Markdown
// table and writes it to bench/results.md. Timings live here, never in pass/fail tests.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, platform, arch } from 'node:os';
import { join } from 'node:path';
import { launch, openTimed } from './browser.mjs';
import { largeCollection } from './collections.mjs';
import { gradeLatency, seededGrades } from './grading.mjs';
import { coldLoads, warmLoads } from './load.mjs';
import { renderReport } from './report.mjs';
import { serve } from './server.mjs';
import { contentSize, lazySizes, shellSizes, wasmSections } from './size.mjs';
import { sm2Throughput } from './sm2.mjs';

const OUT = process.env.BENCH_OUT ?? 'target/benchmarks';
const LOADS = 20;
const GRADES = 200;
const SM2 = { steps: 1_000_000, sequenceLength: 20, runs: 9, seed: 2 };
const COLLECTIONS = [ // built by the Makefile into app-<cards>
  { cards: 10_000, opens: 31, queueRuns: 30, seed: 10 }, // 15 opens gave medians 71–84 ms in back-to-back runs
  { cards: 100_000, opens: 10, queueRuns: 15, seed: 100 },
];

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const started = Date.now();

/** Runs `measure(url)` against a build served for the occasion. */
async function served(dist, measure) {
  const server = await serve(dist);
  try {
    return await measure(server.url);
  } finally {
    await server.close();
  }
}

/** Loads and grading on the release build as shipped. */
const appFigures = (dist) => served(dist, async (url) => {
  step('cold loads');
  const cold = await coldLoads(url, LOADS);
  const { page, errors, close } = await launch();
  try {
    step('grading');
    const grading = await gradeLatency(page, errors, url, seededGrades(GRADES, 1));
    step('warm loads');
    const warm = await warmLoads(page, errors, url, LOADS);
    const cdp = await page.context().newCDPSession(page);
    const { product: chromium } = await cdp.send('Browser.getVersion');
    return { cold, grading, warm, chromium };
  } finally {
    await close();
  }
});

/** SM-2 throughput, through the bench exports of a collection build (same SM-2 code). */
const sm2Figures = (dist) => served(dist, async (url) => {
  step('SM-2 throughput');
  const { page, close } = await launch();
  try {
    await openTimed(page, `${url}#/review`, 'archdrill:card-ready');
    return await sm2Throughput(page, SM2);
  } finally {
    await close();
  }
});

/** Seeds and measures one large collection on its bench build. */
const collectionFigures = (options) => served(join(OUT, `app-${options.cards}`), async (url) => {
  step(`${options.cards} cards`);
  return { cards: options.cards, ...(await largeCollection(url, options)) };
});

const appDist = join(OUT, 'app');
const files = await shellSizes(appDist);
const sections = await wasmSections(join(appDist, files.find((f) => f.kind === 'wasm').file));
const content = await contentSize(appDist);
const lazy = await lazySizes(appDist);
const app = await appFigures(appDist);
const sm2 = await sm2Figures(join(OUT, `app-${COLLECTIONS[0].cards}`));
const collections = [];
for (const c of COLLECTIONS) collections.push(await collectionFigures(c));
const dirty = git('status', '--porcelain').length > 0;
const report = renderReport({
  when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    os: `${platform()} ${arch()}`,
    chromium: app.chromium,
    node: process.version,
  },
  size: { files, sections, content, lazy },
  ...app,
  sm2,
  sm2Steps: SM2.steps,
  collections,
});
await writeFile('bench/results.md', report);
console.log(report);
step('done');
