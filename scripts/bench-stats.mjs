// Summaries of the benchmark's samples: median and the 10th and 90th percentiles, by linear
// interpolation between the two nearest ranks (the "type 7" quantile of R and NumPy's default).

/** The `q` quantile (0…1) of `sorted` (ascending, not empty). */
export function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** `{n, median, p10, p90, min, max}` of `values` (numbers, not empty). */
export function summarise(values) {
  if (!values.length) throw new Error('no samples to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted.at(-1),
  };
}
