import type { Candidate } from './match.js';

/** Offsets taken by a kept match, relative to the scan's start; all zero between scans (select clears what it set). */
let takenScratch = new Uint8Array(4096);

/** Longest match wins; ties go to the earlier start, then the earlier rule. No overlaps. */
export function select(cands: Candidate[], from: number): Candidate[] {
  if (cands.length === 0) return cands;
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.runner.order - b.runner.order);
  let span = 0;
  for (const c of cands) if (c.end - from > span) span = c.end - from;
  if (span > takenScratch.length) takenScratch = new Uint8Array(2 * span);
  const taken = takenScratch;
  const kept: Candidate[] = [];
  outer: for (const c of cands) {
    for (let k = c.start; k < c.end; k++) if (taken[k - from]) continue outer;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start - from, c.end - from);
  return kept.sort((a, b) => a.start - b.start);
}
