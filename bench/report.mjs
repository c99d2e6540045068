// Renders the harness's results as Markdown.
import { summarize } from './stats.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const fixed = (value, unit, digits) => `${value.toFixed(digits)}${unit}`;
const mark = (ok) => (ok ? '✅' : '❌');

/** A timing row: figure, runs, median, p95, min–max, target, met. */
function row(figure, samples, { unit = ' ms', digits = 1, target = 'report', met } = {}) {
  const s = summarize(samples);
  const f = (v) => fixed(v, unit, digits);
  const verdict = met === undefined ? '' : mark(met(s));
  return `| ${figure} | ${s.n} | ${f(s.median)} | ${f(s.p95)} | ${f(s.min)}–${f(s.max)} | ${target} | ${verdict} |`;
}

const median = (samples) => summarize(samples).median;

/** The median time of a load step, or why there is none (a first visit opens IndexedDB after the card shows). */
function stepTime(loads, key) {
  const times = loads.parts.map((p) => p[key]).filter((t) => t !== undefined);
  return times.length ? fixed(median(times), ' ms', 1) : 'after the first card';
}

/** The moments of a load the notes break it into (from bench/load.mjs). */
const LOAD_STEPS = [
  ['wasmFetched', 'wasm received'],
  ['wasmStarted', 'wasm running'],
  ['dbOpened', 'IndexedDB open'],
  ['dataLoaded', 'data read and content installed'],
];

function sizeTable({ files, sections, content, lazy = [] }) {
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return [
    '| file | raw | gzip -9 | brotli -q 11 |',
    '|---|---:|---:|---:|',
    ...files.map((f) => `| ${f.kind} (\`${f.file}\`) | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} |`),
    `| **total** (target ≤ 250 kB gzip ${mark(total.gzip <= 250_000)}) | **${kB(total.raw)}** | **${kB(total.gzip)}** | **${kB(total.brotli)}** |`,
    ...lazy.map((f) => `| wasm loaded on demand, not part of the shell (\`${f.file}\`: the interview screens, fetched when an interview route opens, precached by the service worker) | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} |`),
    `| content file, not part of the shell (\`${content.content.file}\`: every card and interview, fetched by index.html's first script, precached by the service worker) | ${kB(content.content.raw)} | ${kB(content.content.gzip)} | ${kB(content.content.brotli)} |`,
    `| its outline (\`${content.outline.file}\`: the same without card fronts and backs, fetched instead when the app opens on Home) | ${kB(content.outline.raw)} | ${kB(content.outline.gzip)} | ${kB(content.outline.brotli)} |`,
    '',
    `Inside the wasm: code ${kB(sections.code.raw)} (${kB(sections.code.gzip)} gzip), `
      + `data ${kB(sections.data.raw)} (${kB(sections.data.gzip)} gzip: strings, Unicode and HTML-entity tables, panic locations).`,
  ];
}

function collectionRows(c) {
  const label = `${c.cards / 1000}k cards`;
  const target = c.cards <= 10_000 ? 80 : 500;
  const within = { target: `≤ ${target} ms`, met: (s) => s.median <= target };
  return [
    row(`${label}: app open → home counts shown`, c.open, within),
    row(`${label}: building the due queue (all cards)`, c.queue, { ...within, digits: 2 }),
  ];
}

function collectionNotes(c) {
  return `- ${c.cards / 1000}k cards: seeded ${c.seeded.cards} card states and ${c.seeded.log} log entries `
    + `(365 days) in ${c.seeded.seedSeconds.toFixed(1)} s, ${c.seeded.dueToday} of them due today; `
    + `home shows due/new/re-drill ${c.counts.join('/')}; `
    + `of the open time, data read from IndexedDB by ${fixed(median(c.dataLoaded), ' ms', 1)} (median). `
    + `The first open after seeding, which reads every card's record and writes the snapshot the `
    + `timed opens read, took ${fixed(c.firstOpen, ' ms', 1)} (not in the table).`;
}

function sm2Notes(sm2, steps) {
  const d = sm2.diff;
  const lines = [
    `- SM-2: ${steps.toLocaleString('en')} steps in ${d.sequences.toLocaleString('en')} sequences of random grades 0–5, `
      + `final states compared: repetitions differ in ${d.repetitions}, intervals in ${d.interval}, `
      + `easiness factors (to the hundredth) in ${d.efHundredths} sequences. `
      + `supermemo's float easiness factor is not exactly the app's hundredths in ${d.efNotExact} sequences `
      + '(binary floating point: supermemo\'s change for grade 0 is −0.7999999999999999, so 2.5 becomes 1.7000000000000002)'
      + (d.interval === 0 ? '; that drift changed no interval here.' : '; where it changed an interval, see below.'),
  ];
  if (d.example) lines.push(`- First differing sequence: \`${JSON.stringify(d.example)}\`.`);
  return lines;
}

/** The whole report. */
export function renderReport(r) {
  const [small, large] = r.collections;
  const lines = [
    '# archdrill benchmarks',
    '',
    `Written by \`make bench\` (\`bench/run.mjs\`) on ${r.when}, commit ${r.commit}. `
      + `Machine: ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.os}; `
      + `${r.machine.chromium} (system Chromium via playwright-core), headless; Node ${r.machine.node}. `
      + 'Every page is served on 127.0.0.1 by `bench/server.mjs` (index.html revalidated by ETag, hashed assets cached for a year).',
    '',
    '## App shell transfer size (release build)',
    '',
    ...sizeTable(r.size),
    '',
    '## Timings',
    '',
    '| figure | runs | median | p95 | min–max | target | met |',
    '|---|---:|---:|---:|---:|---|:---:|',
    row('cold load → first card interactive (new profile)', r.cold.samples,
      { target: 'median ≤ 150 ms', met: (s) => s.median <= 150 }),
    row('warm load → first card interactive (build cached by the service worker, IndexedDB populated)', r.warm.samples,
      { target: 'median ≤ 80 ms', met: (s) => s.median <= 80 }),
    row('grade → next card shown, transaction committed', r.grading.samples,
      { digits: 2, target: 'median ≤ 4 ms, p95 ≤ 16 ms', met: (s) => s.median <= 4 && s.p95 <= 16 }),
    ...collectionRows(small),
    ...collectionRows(large),
    row('SM-2, 1M steps: the app\'s, compiled to wasm', r.sm2.wasmMs, { digits: 2 }),
    row('SM-2, 1M steps: npm `supermemo` (JavaScript)', r.sm2.jsMs, { digits: 2 }),
    row('SM-2 speed, wasm over JS (JS time / wasm time)', r.sm2.ratios,
      { unit: '×', digits: 2, target: '≥ 3×', met: (s) => s.median >= 3 }),
    `| memory after opening the 100k collection | 1 | JS heap ${MB(large.memory.jsHeap)} + wasm ${MB(large.memory.wasm)} | | | report | |`,
    `| memory after opening the 10k collection | 1 | JS heap ${MB(small.memory.jsHeap)} + wasm ${MB(small.memory.wasm)} | | | report | |`,
    '',
    '## Notes',
    '',
    `- Loads: navigation start → the app's \`archdrill:card-ready\` mark on \`#/review\`. A cold load is a first visit: `
      + 'the app finds no database, starts with nothing stored and lets IndexedDB create the database after the first card shows. '
      + `Medians, cold / warm: `
      + LOAD_STEPS.map(([key, what]) => `${what} at ${stepTime(r.cold, key)} / ${stepTime(r.warm, key)}`).join(', ') + '.',
    '- Grades: a keydown per grade (seeded 0–5) after the answer is shown; timed from the key to the next '
      + '`archdrill:card-ready` mark that follows the grade\'s `archdrill:grade-saved` mark (transaction committed).',
    collectionNotes(small),
    collectionNotes(large),
    ...sm2Notes(r.sm2, r.sm2Steps),
    '- Memory: `Runtime.getHeapUsage` after a forced garbage collection, and the wasm linear memory size '
      + '(which holds the content file\'s text, the card states and today\'s log, and never shrinks).',
    '',
  ];
  return lines.join('\n');
}
