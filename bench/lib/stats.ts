/** The median of a set of samples with their extremes and count. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises samples (milliseconds, bytes, counts…); medians of even counts are averaged. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Milliseconds rounded to a tenth, for reports. */
export const ms = (value: number): number => Math.round(value * 10) / 10;

/** `40 runs`, `1 run` */
export const runs = (count: number): string => `${count} run${count === 1 ? '' : 's'}`;

/** `12.3 ms (11.8–15.0, 40 runs)` */
export function formatMs({ median, min, max, runs: count }: Summary): string {
  return `${ms(median)} ms (${ms(min)}–${ms(max)}, ${runs(count)})`;
}

/** `1 (1–1, 10 runs)` */
export function formatCount({ median, min, max, runs: count }: Summary): string {
  return `${median} (${min}–${max}, ${runs(count)})`;
}

/** Least-squares slope of `y` over `x`: how much `y` grows per unit of `x`. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}
