import { readFileSync } from 'node:fs';

/** The objects of a JSON-lines file (one per non-blank line), as the dev sets under ../shared/eval ship them. */
export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
