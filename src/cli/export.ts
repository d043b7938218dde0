import { stat } from 'node:fs/promises';
import { exportCsv, exportTimeML, type OffsetUnit } from '../export/index.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT, UsageError } from './errors.js';

export const exportSpec = defineCommand({
  usage: [
    'siaran export --csv <records dir> --out <dir> [--offsets utf16|code-points] [--bom]',
    'siaran export --timeml <records dir> --out <dir>',
  ],
  about:
    'Writes mentions.csv, timex.csv, commitments.csv, commitment_actors.csv, commitment_times.csv and quotes.csv ' +
    '(RFC 4180, UTF-8, one row per item keyed by the document id and the item id, with offsets and the sentence ' +
    'text). The input is an extract output folder (records.jsonl, else ' +
    '*.json) or one .jsonl / .json file. With --timeml: <id>.tml per record, its dates and times as TimeML 1.2.1 ' +
    '(TempEval-3 layout: DCT t0, inline TIMEX3).',
  positionals: true,
  options: {
    csv: { type: 'boolean', default: false, description: 'the format: CSV files' },
    timeml: { type: 'boolean', default: false, description: 'the format: a TimeML document per record' },
    out: { type: 'string', short: 'o', value: 'dir', description: 'output folder (required)' },
    offsets: {
      type: 'string',
      default: 'utf16',
      value: 'unit',
      description: 'utf16 (JavaScript string indices, as in the records) or code-points (Python str indices)',
    },
    bom: {
      type: 'boolean',
      default: false,
      description: 'start each file with a UTF-8 byte-order mark (for spreadsheets)',
    },
    'raw-cells': {
      type: 'boolean',
      default: false,
      description:
        "write text cells as they are; by default a cell starting with = + - @, a tab or CR gets a leading ' so " +
        'that a spreadsheet does not run it as a formula',
    },
  },
});

export const exportHelp = helpText(exportSpec);

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(exportSpec, argv);
  if (values.csv === values.timeml) throw new UsageError('export needs one format: --csv or --timeml');
  if (positionals.length !== 1) throw new UsageError('export needs one records folder (or a .jsonl / .json file)');
  if (!values.out) throw new UsageError('export needs --out <dir>');
  if (values.offsets !== 'utf16' && values.offsets !== 'code-points')
    throw new UsageError('--offsets must be utf16 or code-points');
  const input = positionals[0]!;
  if (!(await stat(input).catch(() => null))) throw new UsageError(`export: ${input} does not exist`);
  if (values.timeml) {
    const r = await exportTimeML(input, values.out);
    for (const p of r.problems) process.stderr.write(`siaran: skipped ${p.where}: ${p.message}\n`);
    process.stderr.write(
      `siaran: ${r.records} records → ${r.files} TimeML files (${r.timex} timex) in ${values.out}\n`,
    );
    return r.problems.length > 0 ? EXIT.failed : EXIT.ok;
  }
  const result = await exportCsv(input, values.out, {
    offsets: values.offsets as OffsetUnit,
    bom: values.bom,
    rawCells: values['raw-cells'],
  });
  for (const p of result.problems) process.stderr.write(`siaran: skipped ${p.where}: ${p.message}\n`);
  const counts = Object.entries(result.rows)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  process.stderr.write(`siaran: ${result.records} records → ${counts} in ${values.out} (${values.offsets} offsets)\n`);
  return result.problems.length > 0 ? EXIT.failed : EXIT.ok;
}
