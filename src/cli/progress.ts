import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Counts } from '../schema/manifest.js';

/** The `.txt` files under the inputs, counted for the progress line only (the run walks them itself). */
export async function countTexts(inputs: readonly string[]): Promise<number | null> {
  let n = 0;
  try {
    for (const input of inputs) {
      if (input.endsWith('.txt')) n++;
      else
        n += (await readdir(input, { recursive: true })).filter(
          (f) => f.endsWith('.txt') && !f.split(path.sep).includes('.siaran-tmp'),
        ).length;
    }
  } catch {
    return null; // the run reports what cannot be read; the line then shows no total
  }
  return n;
}

const clock = (seconds: number): string => {
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
};

/**
 * One progress line on a terminal: done/total, rate and ETA, redrawn at most 10 times a second and
 * cleared before the summary is printed.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;
  total: number | null = null;

  constructor(private readonly write: (s: string) => void) {}

  update(c: Counts, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seen = c.done + c.skipped + c.failed;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? seen / seconds : 0;
    const parts = [
      this.total !== null ? `${seen}/${this.total}` : `${seen}`,
      `${c.skipped} skipped`,
      `${c.failed} failed`,
    ];
    if (rate > 0 && seconds >= 1) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} docs/s`);
    if (this.total !== null && rate > 0 && seconds >= 1 && this.total > seen)
      parts.push(`ETA ${clock((this.total - seen) / rate)}`);
    this.write(`\r\x1b[Ksiaran: ${parts.join(' · ')}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.write('\r\x1b[K');
    this.drawn = false;
  }
}
