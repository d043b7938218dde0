import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openRecords } from '../batch/records.js';
import { inside } from '../batch/write.js';
import { fromBrat, toBrat } from '../regress/brat.js';
import { EXIT, UsageError } from './errors.js';

export const bratHelp = `siaran brat export <records dir> --out <dir>   records → <id>.txt + <id>.ann for brat
siaran brat import <brat dir> --out <dir>      corrected .txt + .ann → <id>.gold.json for eval`;

export async function bratCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  const [verb, dir] = positionals;
  if (!values.out || !dir || (verb !== 'export' && verb !== 'import')) throw new UsageError('usage: siaran brat export|import <dir> --out <dir>');
  await mkdir(values.out, { recursive: true });
  let n = 0;
  let bad = 0;
  if (verb === 'export') {
    const source = await openRecords(dir);
    for await (const record of source.records) {
      const { txt, ann } = toBrat(record);
      // The id was validated with the record (SAFE_ID); checked again here because it names the files.
      const base = inside(values.out, record.id);
      if (base === null) {
        process.stderr.write(`siaran: skipped the record ${JSON.stringify(record.id)}: its id is not a plain relative path\n`);
        bad++;
        continue;
      }
      await mkdir(path.dirname(base), { recursive: true });
      await writeFile(`${base}.txt`, txt);
      await writeFile(`${base}.ann`, ann);
      n++;
    }
    for (const p of source.problems) process.stderr.write(`siaran: ${p.where}: ${p.message}\n`);
    bad += source.problems.length;
  } else {
    for (const name of (await readdir(dir)).sort()) {
      if (!name.endsWith('.ann')) continue;
      const id = name.slice(0, -4); // a name read from a listing: never a path
      const txt = await readFile(path.join(dir, `${id}.txt`), 'utf8');
      const gold = fromBrat(`${id}.txt`, txt, await readFile(path.join(dir, name), 'utf8'));
      await writeFile(path.join(values.out, `${id}.gold.json`), JSON.stringify(gold, null, 2) + '\n');
      n++;
    }
  }
  process.stderr.write(`siaran: brat ${verb}: ${n} document(s) → ${values.out}\n`);
  return bad > 0 ? EXIT.failed : EXIT.ok;
}
