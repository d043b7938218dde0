import { UsageError } from './errors.js';

/**
 * An integer option ≥ `min`, written in decimal digits only: `1e3`, `0x10`, `2.0` and an empty
 * value are usage errors rather than numbers `Number()` would accept.
 */
export function integerOption(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${name} must be an integer ≥ ${min}`);
  return n;
}
