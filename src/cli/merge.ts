import { mergeOutputs, MergeError } from '../batch/merge.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT, UsageError } from './errors.js';

export const mergeSpec = defineCommand({
  usage: ['siaran merge <output folders…> --out <dir>'],
  about:
    'Joins the outputs of several runs (the shards of siaran extract --shard 1/4 … 4/4, say): records.jsonl in ' +
    'id order, one manifest.',
  positionals: true,
  options: {
    out: { type: 'string', short: 'o', value: 'dir', description: 'merged output folder (not one of the inputs)' },
    files: {
      type: 'boolean',
      default: false,
      description: 'also write each record as its own file, records/<id>.json',
    },
  },
});

export const mergeHelp = helpText(mergeSpec);

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(mergeSpec, argv);
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
