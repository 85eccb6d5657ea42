/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median over the loads of (with − without), each pair loaded back to back:
 * what the extension added, by the measure `pick` reads. */
export function addedMedian<T>(withExt: readonly T[], without: readonly T[], pick: (sample: T) => number): number {
  return median(withExt.map((sample, i) => pick(sample) - pick(without[i] ?? sample)));
}
