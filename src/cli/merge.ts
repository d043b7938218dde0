import { parseArgs } from 'node:util';
import { mergeOutputs, MergeError } from '../batch/merge.js';
import { EXIT, UsageError } from './errors.js';

export const mergeHelp = `siaran merge <output folders…> --out <dir>
                                  join the outputs of several runs (e.g. --shard 1/4 … 4/4):
                                  records.jsonl in id order, one manifest

  --out, -o <dir>     merged output folder (not one of the inputs)
  --files             also write each record as its own file, records/<id>.json`;

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, files: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('merge needs the output folders to join');
  if (values.out === undefined) throw new UsageError('merge needs --out <dir>');
  let summary;
  try {
    summary = await mergeOutputs(positionals, values.out, values.files);
  } catch (err) {
    if (!(err instanceof MergeError)) throw err;
    process.stderr.write(`siaran: ${err.message}\n`);
    return EXIT.failed;
  }
  for (const doc of summary.failures) process.stderr.write(`siaran: failed: ${doc.reason}\n`);
  for (const problem of summary.problems) process.stderr.write(`siaran: ${problem}\n`);
  const { done, skipped, failed } = summary.counts;
  process.stderr.write(
    `siaran: merged ${positionals.length} outputs: ${done} done, ${skipped} skipped, ${failed} failed → ${values.out}/manifest.json\n`,
  );
  return failed > 0 || summary.problems.length > 0 ? EXIT.failed : EXIT.ok;
}
