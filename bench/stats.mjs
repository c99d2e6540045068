// Summaries of timing samples: median, p90 and p95 (nearest rank) and the range.

/** The nearest-rank `p`-th percentile (0–100) of `sorted` (ascending). */
export function percentile(sorted, p) {
  if (sorted.length === 0) throw new Error('no samples');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** { n, median, p90, p95, min, max } of `samples`. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { n, median, p90: percentile(sorted, 90), p95: percentile(sorted, 95), min: sorted[0], max: sorted[n - 1] };
}
