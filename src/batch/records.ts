import { createReadStream } from 'node:fs';
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DocRecord } from '../schema/record.js';

/**
 * Reads the records of an output folder, validated: from `records.jsonl` when present (streaming),
 * else from every `*.json` under the folder except `manifest.json`.
 */
export async function* readRecords(dir: string): AsyncGenerator<DocRecord> {
  const jsonl = path.join(dir, 'records.jsonl');
  if (await access(jsonl).then(() => true, () => false)) {
    const lines = createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      yield parse(line, `${jsonl}:${n}`);
    }
    return;
  }
  for (const file of await jsonFiles(dir, dir)) yield parse(await readFile(file, 'utf8'), file);
}

async function jsonFiles(dir: string, root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFiles(full, root)));
    else if (entry.name.endsWith('.json') && !(dir === root && entry.name === 'manifest.json')) out.push(full);
  }
  return out;
}

function parse(json: string, where: string): DocRecord {
  try {
    return DocRecord.parse(JSON.parse(json));
  } catch (err) {
    throw new Error(`${where}: not a valid siaran record (${(err as Error).message.split('\n')[0]})`);
  }
}

/** All records of a folder by id. */
export async function recordsById(dir: string): Promise<Map<string, DocRecord>> {
  const map = new Map<string, DocRecord>();
  for await (const r of readRecords(dir)) map.set(r.id, r);
  return map;
}
