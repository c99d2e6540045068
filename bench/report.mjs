// Renders the harness's results as Markdown.
import { summarize } from './stats.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const fixed = (value, unit, digits) => `${value.toFixed(digits)}${unit}`;
const mark = (ok) => (ok ? '✅' : '❌');

/** A timing row: figure, runs, median, p95, min–max, target, met. */
/** What a lazily loaded wasm file holds and when it is fetched (tools/split-wasm.mjs names them). */
const PIECES = {
  interviews: 'the interview screens, fetched when an interview route opens',
  your_data: 'Settings → Your data, the own-card editors, the Anki import and Home\'s data notices, fetched after Home\'s first paint',
  stats: 'the Stats screen, fetched when #/stats opens',
  browse: 'the card browser, fetched when #/browse opens',
  own_text: 'the entry to the own cards\' text renderer, fetched once there are own cards',
};
function pieceOf(file) {
  const split = file.match(/^split_([a-z_]+)-/);
  return split ? PIECES[split[1]] ?? `the ${split[1]} piece` : 'code shared by several pieces, fetched with the first that needs it';
}

function row(figure, samples, { unit = ' ms', digits = 1, target = 'report', met } = {}) {
  const s = summarize(samples);
  const f = (v) => fixed(v, unit, digits);
  const verdict = met === undefined ? '' : mark(met(s));
  return `| ${figure} | ${s.n} | ${f(s.median)} | ${f(s.p95)} | ${f(s.min)}–${f(s.max)} | ${target} | ${verdict} |`;
}

const median = (samples) => summarize(samples).median;

/** The median time of a load step, or `none`: why there is none (a first visit opens IndexedDB after the card shows). */
function stepTime(loads, key, { digits = 1, none = 'after the first card' } = {}) {
  const times = loads.parts.map((p) => p[key]).filter((t) => t !== undefined);
  return times.length ? fixed(median(times), ' ms', digits) : none;
}

/** The moments of a load the notes break it into (from bench/load.mjs). */
const LOAD_STEPS = [
  ['wasmFetched', 'wasm received'],
  ['contentFetched', 'content file received'],
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
    ...lazy.map((f) => `| wasm loaded on demand, not part of the shell (\`${f.file}\`: ${pieceOf(f.file)}, precached by the service worker) | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} |`),
    `| content file, not part of the shell (\`${content.content.file}\`: every card and interview, fetched by index.html's first script, precached by the service worker) | ${kB(content.content.raw)} | ${kB(content.content.gzip)} | ${kB(content.content.brotli)} |`,
    `| its outline (\`${content.outline.file}\`: the same without card fronts and backs, fetched instead when the app opens on Home) | ${kB(content.outline.raw)} | ${kB(content.outline.gzip)} | ${kB(content.outline.brotli)} |`,
    '',
    `Inside the wasm: code ${kB(sections.code.raw)} (${kB(sections.code.gzip)} gzip), `
      + `data ${kB(sections.data.raw)} (${kB(sections.data.gzip)} gzip: strings, Unicode and HTML-entity tables, panic locations).`,
  ];
}

/** Issue 15's targets for opening the Stats screen: 100 ms on 10k cards, 600 ms on 100k. */
function statsTarget(cards) {
  const target = cards <= 10_000 ? 100 : 600;
  return { target: `≤ ${target} ms`, met: (s) => s.median <= target };
}

/** Issue 15's target for the card browser's first page and a filter change: 100 ms. */
const BROWSE_TARGET = { target: '≤ 100 ms', met: (s) => s.median <= 100 };

function collectionRows(c) {
  const label = `${c.cards / 1000}k cards`;
  const target = c.cards <= 10_000 ? 80 : 500;
  const within = { target: `≤ ${target} ms`, met: (s) => s.median <= target };
  return [
    row(`${label}: app open → home counts shown`, c.open, within),
    row(`${label}: building the due queue (all cards)`, c.queue, { ...within, digits: 2 }),
    row(`${label}: Stats screen open → every chart drawn (piece cached)`, c.stats, statsTarget(c.cards)),
    row(`${label}: card browser open → first page drawn (piece cached)`, c.browse, BROWSE_TARGET),
    row(`${label}: card browser state filter changed → page drawn`, c.browseFilter, BROWSE_TARGET),
  ];
}

function collectionNotes(c) {
  return `- ${c.cards / 1000}k cards: seeded ${c.seeded.cards} card states and ${c.seeded.log} log entries `
    + `(365 days) in ${c.seeded.seedSeconds.toFixed(1)} s, ${c.seeded.dueToday} of them due today; `
    + `home shows due/new/re-drill ${c.counts.join('/')}; `
    + `of the open time, data read from IndexedDB by ${fixed(median(c.dataLoaded), ' ms', 1)} (median). `
    + `The first open after seeding, which reads every card's record and writes the snapshot the `
    + `timed opens read, took ${fixed(c.firstOpen, ' ms', 1)} (not in the table). The first Stats `
    + `open, which also fetches the Stats piece of the wasm and builds the review digest from the whole log, took ${fixed(c.statsFirst, ' ms', 1)}; `
    + `the first card browser open, which fetches its piece, ${fixed(c.browseFirst, ' ms', 1)} (its `
    + `lapses and last reviews follow once the whole log is read, not in the table).`;
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

const THROTTLED_HEADING = '## Throttled mobile profile';
const ENCODING_NAMES = { gzip: 'gzip (level 6)', br: 'brotli (q 11)' };

/** `loads` with only the steps each reached by its end (a first visit opens IndexedDB after the screen is up). */
const stepsBefore = (loads) => ({
  parts: loads.parts.map((p, i) => Object.fromEntries(Object.entries(p).filter(([, t]) => !(t > loads.samples[i])))),
});

/** One row of the throttled table: the load's timings, its bytes and the median of each step. */
function throttledRow(r) {
  const s = summarize(r.samples);
  const ms = (v) => fixed(v, ' ms', 0);
  const bytes = (key) => kB(median(r.parts.map((p) => p[key])));
  const steps = LOAD_STEPS.map(([key]) => stepTime(stepsBefore(r), key, { digits: 0, none: 'after' }));
  return `| ${r.route} | ${r.load} | ${ENCODING_NAMES[r.encoding]} | ${s.n} | ${ms(s.median)} | ${ms(s.p90)} `
    + `| ${ms(s.min)}–${ms(s.max)} | ${bytes('transferred')} | ${bytes('wire')} | ${steps.join(' | ')} |`;
}

/** What the loads show about network emulation and the service worker (computed, not assumed). */
function serviceWorkerNote(t) {
  const of = (load, key) => median(t.rows.filter((r) => r.load === load).flatMap((r) => r.parts.map((p) => p[key])));
  const [cold, warm] = [of('cold', 'wasmTook'), of('warm', 'wasmTook')];
  return `- Service worker: in warm loads a median ${of('warm', 'fromServiceWorker')} responses per load came from the `
    + `service worker's cache (its static routes): ${kB(of('warm', 'wire'))} on the wire (CDP), ${kB(of('warm', 'transferred'))} `
    + `by Resource Timing. The wasm took ${fixed(warm, ' ms', 0)} from request to last byte warm (median), `
    + `${fixed(cold, ' ms', 0)} cold; `
    + (warm < t.profile.latency
      ? `an emulated request waits at least one round trip (${t.profile.latency} ms), so this Chromium's network emulation `
        + 'does not reach responses from the service worker\'s cache: warm loads are throttled in CPU only.'
      : `not less than one emulated round trip (${t.profile.latency} ms), so the emulation may reach the service worker's responses.`);
}

/** The throttled mobile profile's section (bench/throttled.mjs), stamped with when and at which commit it was measured. */
export function throttledSection(t, { when, commit }) {
  const p = t.profile;
  const mbit = (bytesPerSecond) => bytesPerSecond * 8 / 1e6;
  return [
    `${THROTTLED_HEADING} (${p.latency} ms RTT, ${mbit(p.downloadThroughput)} Mbit/s down, `
      + `${mbit(p.uploadThroughput) * 1000} kbit/s up, CPU ×${p.cpuRate})`,
    '',
    `Measured on ${when}, commit ${commit} (\`BENCH_ONLY=throttled node bench/run.mjs\` measures only this), `
      + `the machine's 1-minute load average ${t.machineLoad.map((l) => l.toFixed(1)).join(' at the start, ')} at the end `
      + '(other work on the machine slows every figure; gzip and brotli loads alternate, so it touches both alike). '
      + 'Chromium\'s own throttling, set through CDP on the page\'s session before it navigates: `Network.enable`, '
      + '`Network.emulateNetworkConditions` (the latency is added to each request) and `Emulation.setCPUThrottlingRate`. '
      + 'Times are navigation start → `archdrill:card-ready` (`#/review`) or `archdrill:home-ready` (`#/`, Home\'s counts shown); '
      + 'the step columns are medians (ms since navigation start; "after": only once the screen was up).',
    '',
    '| route | load | encoding | runs | median | p90 | min–max | transferred | on the wire | '
      + LOAD_STEPS.map(([, what]) => what).join(' | ') + ' |',
    `|---|---|---|---:|---:|---:|---:|---:|---:|${LOAD_STEPS.map(() => '---:').join('|')}|`,
    ...t.rows.map(throttledRow),
    '',
    '- Cold: a new profile per run. Warm: one profile per route and encoding, visited once (untimed) until its service '
      + 'worker was active and the app\'s database existed (empty: no reviews, unlike the unthrottled warm loads), then reloaded. '
      + 'On `#/` the content file column is its outline, which index.html fetches instead.',
    '- Encodings (`bench/server.mjs`): gzip at zlib\'s default level 6 (what hosts compressing on the fly use; the size '
      + 'table\'s -9 is the most gzip can do), brotli at quality 11 (what hosts serving precompressed files ship); every '
      + 'text file and the wasm compressed before the server listens (png not), chosen by Accept-Encoding, `Vary: Accept-Encoding`.',
    '- Bytes, medians: "transferred" is Resource Timing (`transferSize` of the navigation and of every resource that '
      + 'arrived by the mark: headers and encoded body, 0 from a cache); "on the wire" is CDP `Network.loadingFinished` '
      + '`encodedDataLength` of the page\'s requests that finished by the mark. Neither counts the service worker\'s precache '
      + 'fetches of a first visit: they run in the worker, not the page.',
    serviceWorkerNote(t),
    '',
  ].join('\n');
}

/** `report` with its throttled section replaced by `section` (added at the end when it has none). */
export function withThrottledSection(report, section) {
  const start = report.indexOf(`\n${THROTTLED_HEADING}`);
  if (start < 0) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(0, start + 1) + section + (next < 0 ? '' : `\n${report.slice(next + 1)}`);
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
  return withThrottledSection(lines.join('\n'), throttledSection(r.throttled, r));
}
