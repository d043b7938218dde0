import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeReport } from '../report/index.js';
import { EXIT, UsageError } from './errors.js';
import { integerOption } from './options.js';

export const reportHelp = `siaran report <records dir> [-o report.html] [--max-docs N] [--max-rows N] [--title T]
  One self-contained HTML file (works offline): overview by language and status, top entities,
  a sortable and filterable commitments table, a timeline of resolved dates, and each document's
  text with its entities, dates, commitments and quotes highlighted. The input is an extract
  output folder (records.jsonl, else *.json) or one .jsonl / .json file.

  --out, -o <file>    HTML file to write (default: report.html)
  --max-docs <n>      documents shown with their text (default 100)
  --max-rows <n>      rows of the commitments table (default 5000)
  --title <text>      page title`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'report.html' },
      'max-docs': { type: 'string', default: '100' },
      'max-rows': { type: 'string', default: '5000' },
      title: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('report needs one records folder (or a .jsonl / .json file)');
  const input = positionals[0]!;
  if (!(await stat(input).catch(() => null))) throw new UsageError(`report: ${input} does not exist`);
  const result = await writeReport(input, values.out, {
    maxDocs: integerOption('--max-docs', values['max-docs'], 0),
    maxRows: integerOption('--max-rows', values['max-rows'], 0),
    ...(values.title === undefined ? {} : { title: values.title }),
  });
  for (const p of result.problems) process.stderr.write(`siaran: skipped ${p.where}: ${p.message}\n`);
  process.stderr.write(`siaran: ${result.records} records → ${values.out}\n`);
  return result.problems.length > 0 ? EXIT.failed : EXIT.ok;
}
