import { createHash } from 'node:crypto';
import type { Shard } from '../schema/manifest.js';

/** Parses `i/n` (1 ≤ i ≤ n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/**
 * The shard (1-based) of a document id among `count`: from the sha256 of the id, not its position, so
 * every machine computes the same partition whatever the order or subset of files it sees.
 */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
