import { recordsById } from '../batch/records.js';
import { diffRecords, formatDiff, summarize } from '../regress/diff.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT, UsageError } from './errors.js';

export const diffSpec = defineCommand({
  usage: ['siaran diff <old records dir> <new records dir> [--json]'],
  about:
    'Extractions added, removed and changed per document and per rule, with their context, and a summary ' +
    'table. Exit 1 when anything differs, 0 when the records say the same.',
  positionals: true,
  options: {
    json: { type: 'boolean', default: false, description: 'the summary and the documents that differ as JSON' },
  },
});

export const diffHelp = helpText(diffSpec);

export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(diffSpec, argv);
  if (positionals.length !== 2) throw new UsageError('diff needs two records folders: old and new');
  const [oldDir, newDir] = positionals as [string, string];
  const before = await recordsById(oldDir);
  const after = await recordsById(newDir);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diffs = ids.map((id) => diffRecords(id, before.get(id) ?? null, after.get(id) ?? null));
  process.stdout.write(
    values.json
      ? JSON.stringify({ summary: summarize(diffs), documents: diffs.filter((d) => d.status !== 'same') }, null, 2) +
          '\n'
      : formatDiff(diffs),
  );
  return diffs.some((d) => d.status !== 'same') ? EXIT.different : EXIT.ok;
}
