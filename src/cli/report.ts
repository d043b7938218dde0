import { stat } from 'node:fs/promises';
import { writeReport } from '../report/index.js';
import { EXIT, UsageError } from './errors.js';
import { defineCommand, helpText, integerOption, parseCommand } from './options.js';

export const reportSpec = defineCommand({
  usage: ['siaran report <records dir> [-o report.html] [--max-docs N] [--max-rows N] [--title T]'],
  about:
    'One self-contained HTML file (works offline): overview by language and status, top entities, a sortable ' +
    "and filterable commitments table, a timeline of resolved dates, and each document's text with its " +
    'entities, dates, commitments and quotes highlighted. The input is an extract output folder (records.jsonl, ' +
    'else *.json) or one .jsonl / .json file.',
  positionals: true,
  options: {
    out: { type: 'string', short: 'o', default: 'report.html', value: 'file', description: 'HTML file to write' },
    'max-docs': { type: 'string', default: '100', value: 'n', description: 'documents shown with their text' },
    'max-rows': { type: 'string', default: '5000', value: 'n', description: 'rows of the commitments table' },
    title: { type: 'string', value: 'text', description: 'page title' },
  },
});

export const reportHelp = helpText(reportSpec);

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(reportSpec, argv);
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
