import { writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { ReportBuilder, type ReportOptions } from './build.js';
import { openRecords, readManifest, type LoadProblem } from '../batch/records.js';

export { ReportBuilder, type ReportOptions } from './build.js';
export { openRecords, readManifest, type LoadProblem } from '../batch/records.js';

export interface ReportResult {
  records: number;
  problems: LoadProblem[];
}

/** Reads the records of `input` (a folder from `extract`, or one .jsonl / .json file) and writes one HTML file. */
export async function writeReport(input: string, out: string, options: ReportOptions = {}): Promise<ReportResult> {
  const source = await openRecords(input);
  const builder = new ReportBuilder({ origin: source.origin, ...options });
  let records = 0;
  for await (const record of source.records) {
    builder.add(record);
    records++;
  }
  const isDir = (await stat(input)).isDirectory();
  const { manifest, problem } = isDir ? await readManifest(input) : { manifest: null };
  const problems = problem ? [...source.problems, problem] : source.problems;
  await writeFile(out, builder.html(manifest, problems));
  return { records, problems };
}
