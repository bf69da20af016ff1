/**
 * Binary search over a sorted array: the index of the first item for which `isBefore` is false,
 * given that it is true for a prefix of the array and false for the rest (C++'s partition_point).
 * Every offset lookup in extraction is one of these, so 10,000 mentions cost 10,000 log n steps.
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
