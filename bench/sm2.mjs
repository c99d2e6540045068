// SM-2 throughput: the app's SM-2 compiled to wasm (`sm2_run`, src/bench_exports.rs) against the
// npm package `supermemo`, in the same page on the same grade sequences, results compared.
import { seededGrades } from './grading.mjs';

/** In the page: times both implementations `runs` times each, alternating, and compares them. */
function compareInPage({ gradesBase64, sequenceLength, runs }) {
  return (async () => {
    const { supermemo } = await import('/bench-vendor/supermemo.js');
    const grades = Uint8Array.from(atob(gradesBase64), (c) => c.charCodeAt(0));
    const sequences = Math.ceil(grades.length / sequenceLength);
    const viaWasm = () => window.wasmBindings.sm2_run(grades, sequenceLength);
    const viaJs = () => {
      const out = new Float64Array(sequences * 3);
      for (let s = 0; s < sequences; s++) {
        let item = { interval: 0, repetition: 0, efactor: 2.5 };
        const end = Math.min(grades.length, (s + 1) * sequenceLength);
        for (let i = s * sequenceLength; i < end; i++) item = supermemo(item, grades[i]);
        out[3 * s] = item.repetition;
        out[3 * s + 1] = item.interval;
        out[3 * s + 2] = item.efactor;
      }
      return out;
    };
    const time = (run) => { const t = performance.now(); const r = run(); return [performance.now() - t, r]; };
    const wasmMs = [];
    const jsMs = [];
    let wasm;
    let js;
    for (let i = 0; i < runs + 2; i++) { // the first two rounds warm up both
      const [w, wr] = time(viaWasm);
      const [j, jr] = time(viaJs);
      if (i >= 2) { wasmMs.push(w); jsMs.push(j); }
      wasm = wr;
      js = jr;
    }
    // compare each sequence's final state: repetitions, interval, easiness factor
    const diff = { repetitions: 0, interval: 0, efHundredths: 0, efNotExact: 0, sequences, example: null };
    for (let s = 0; s < sequences; s++) {
      const [wr, wi, we] = [wasm[3 * s], wasm[3 * s + 1], wasm[3 * s + 2]];
      const [jr, ji, je] = [js[3 * s], js[3 * s + 1], js[3 * s + 2]];
      const differs = { repetitions: wr !== jr, interval: wi !== ji, efHundredths: we !== Math.round(je * 100) };
      for (const [k, v] of Object.entries(differs)) diff[k] += v;
      diff.efNotExact += je !== we / 100;
      if (!diff.example && Object.values(differs).some(Boolean)) {
        diff.example = {
          grades: [...grades.subarray(s * sequenceLength, (s + 1) * sequenceLength)],
          wasm: { repetitions: wr, interval: wi, ef: we / 100 },
          supermemo: { repetitions: jr, interval: ji, ef: je },
        };
      }
    }
    return { wasmMs, jsMs, diff };
  })();
}

/** Runs the comparison over `steps` seeded grades in sequences of `sequenceLength`. */
export async function sm2Throughput(page, { steps, sequenceLength, runs, seed }) {
  const gradesBase64 = Buffer.from(seededGrades(steps, seed)).toString('base64');
  const result = await page.evaluate(compareInPage, { gradesBase64, sequenceLength, runs });
  const ratios = result.wasmMs.map((w, i) => result.jsMs[i] / w);
  return { ...result, ratios };
}
