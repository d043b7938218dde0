/** Searches over spans sorted by start that do not overlap (sentences, tokens). */

/** Index of the last span starting at or before `at`, or -1 when none does. O(log n). */
export function lastStartingAtOrBefore(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
