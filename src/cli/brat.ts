import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openRecords } from '../batch/records.js';
import { inside } from '../batch/write.js';
import { annotationConf, fromBrat, toBrat, visualConf, type BratSidecar } from '../regress/brat.js';
import { ENTITY_COLOURS } from '../report/assets.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT, UsageError } from './errors.js';

export const bratSpec = defineCommand({
  usage: [
    "siaran brat export <records dir> --out <dir>   records → <id>.txt + .ann + .meta.json, and brat's .conf files",
    'siaran brat import <brat dir> --out <dir>      corrected .txt + .ann (+ .meta.json) → <id>.gold.json for eval',
  ],
  about:
    'Every layer of docs/ANNOTATION.md goes through: an uncorrected export imports to a gold that scores its ' +
    'records 1.0.',
  positionals: true,
  options: { out: { type: 'string', short: 'o', value: 'dir', description: 'folder to write (required)' } },
});

export const bratHelp = helpText(bratSpec);

export async function bratCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(bratSpec, argv);
  const [verb, dir] = positionals;
  if (!values.out || !dir || (verb !== 'export' && verb !== 'import'))
    throw new UsageError('usage: siaran brat export|import <dir> --out <dir>');
  await mkdir(values.out, { recursive: true });
  let n = 0;
  let bad = 0;
  if (verb === 'export') {
    const source = await openRecords(dir);
    for await (const record of source.records) {
      const { txt, ann, sidecar } = toBrat(record);
      // The id was validated with the record (SAFE_ID); checked again here because it names the files.
      const base = inside(values.out, record.id);
      if (base === null) {
        process.stderr.write(
          `siaran: skipped the record ${JSON.stringify(record.id)}: its id is not a plain relative path\n`,
        );
        bad++;
        continue;
      }
      await mkdir(path.dirname(base), { recursive: true });
      await writeFile(`${base}.txt`, txt);
      await writeFile(`${base}.ann`, ann);
      await writeFile(`${base}.meta.json`, JSON.stringify(sidecar) + '\n');
      n++;
    }
    await writeFile(path.join(values.out, 'annotation.conf'), annotationConf());
    await writeFile(path.join(values.out, 'visual.conf'), visualConf(ENTITY_COLOURS));
    for (const p of source.problems) process.stderr.write(`siaran: ${p.where}: ${p.message}\n`);
    bad += source.problems.length;
  } else {
    // Names read from a listing (recursive, as export writes ids with folders): never `..`.
    const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.ann')).sort();
    for (const name of names) {
      const id = name.slice(0, -4).split(path.sep).join('/');
      const target = inside(values.out, `${id}.gold.json`);
      if (target === null) continue;
      const txt = await readFile(path.join(dir, `${id}.txt`), 'utf8');
      let sidecar: Partial<BratSidecar> = {};
      try {
        const raw = JSON.parse(await readFile(path.join(dir, `${id}.meta.json`), 'utf8')) as Record<string, unknown>;
        if (typeof raw['dct'] === 'string') sidecar.dct = raw['dct'];
        if (typeof raw['language'] === 'string') sidecar.language = raw['language'];
      } catch {
        sidecar = {}; // a hand-made brat folder has no sidecars
      }
      const gold = fromBrat(`${id}.txt`, txt, await readFile(path.join(dir, name), 'utf8'), sidecar);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, JSON.stringify(gold, null, 2) + '\n');
      n++;
    }
    if (names.length === 0) process.stderr.write(`siaran: brat import: no .ann files in ${dir}\n`);
  }
  process.stderr.write(`siaran: brat ${verb}: ${n} document(s) → ${values.out}\n`);
  return bad > 0 ? EXIT.failed : EXIT.ok;
}
