// The benchmark harness (`make bench`): measures the release builds in target/benchmarks/
// (app as shipped; app-10000 and app-100000 with the `bench` feature's exports, built by the
// Makefile) in headless Chromium, prints a Markdown
// table and writes it to bench/results.md. Timings live here, never in pass/fail tests.
//
// `BENCH_ONLY=throttled node bench/run.mjs` measures only the throttled mobile profile
// (bench/throttled.mjs) on target/benchmarks/app, about 6 minutes on 2 cores: it prints that
// section and puts it in place of the one in bench/results.md, leaving the other figures as
// they were. Build the app first: `trunk build --release --offline --dist target/benchmarks/app`.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, arch } from 'node:os';
import { join } from 'node:path';
import { launch, openTimed } from './browser.mjs';
import { largeCollection } from './collections.mjs';
import { gradeLatency, seededGrades } from './grading.mjs';
import { coldLoads, warmLoads } from './load.mjs';
import { renderReport, throttledSection, withThrottledSection } from './report.mjs';
import { served } from './server.mjs';
import { contentSize, lazySizes, shellSizes, wasmSections } from './size.mjs';
import { sm2Throughput } from './sm2.mjs';
import { throttledFigures } from './throttled.mjs';

const OUT = process.env.BENCH_OUT ?? 'target/benchmarks';
const LOADS = 20;
const THROTTLED_LOADS = 10; // per route, encoding and cold/warm: 80 loads, ~3 s each cold
const GRADES = 200;
const SM2 = { steps: 1_000_000, sequenceLength: 20, runs: 9, seed: 2 };
const COLLECTIONS = [ // built by the Makefile into app-<cards>
  { cards: 10_000, opens: 31, queueRuns: 30, statsRuns: 15, browseRuns: 15, seed: 10 }, // 15 opens gave medians 71–84 ms in back-to-back runs
  { cards: 100_000, opens: 10, queueRuns: 15, statsRuns: 10, browseRuns: 10, seed: 100 },
];

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const started = Date.now();

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
const REPORT = 'bench/results.md';

/** When and at which commit the figures are taken. */
function stamp() {
  const dirty = git('status', '--porcelain').length > 0;
  return {
    when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`,
  };
}

/** Every figure: the whole report. */
async function fullReport() {
  const files = await shellSizes(appDist);
  const sections = await wasmSections(join(appDist, files.find((f) => f.kind === 'wasm').file));
  const content = await contentSize(appDist);
  const lazy = await lazySizes(appDist);
  const app = await appFigures(appDist);
  const sm2 = await sm2Figures(join(OUT, `app-${COLLECTIONS[0].cards}`));
  const collections = [];
  for (const c of COLLECTIONS) collections.push(await collectionFigures(c));
  const throttled = await throttledFigures(appDist, THROTTLED_LOADS, step);
  return renderReport({
    ...stamp(),
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
    throttled,
  });
}

/** The throttled mobile profile alone: bench/results.md with that section replaced. */
async function throttledOnly() {
  const section = throttledSection(await throttledFigures(appDist, THROTTLED_LOADS, step), stamp());
  const previous = await readFile(REPORT, 'utf8').catch(() => '# archdrill benchmarks\n');
  return { report: withThrottledSection(previous, section), shown: section };
}

const only = process.env.BENCH_ONLY;
if (only && only !== 'throttled') throw new Error(`BENCH_ONLY=${only}: only "throttled" is known`);
const { report, shown } = only ? await throttledOnly() : { report: await fullReport() };
await writeFile(REPORT, report);
console.log(shown ?? report);
step('done');
