import { openRecords } from '../batch/records.js';
import { RULE_FAMILIES } from '../rules/index.js';
import type { DocRecord } from '../schema/record.js';
import { PIPELINE_VERSION, RECORD_MAKERS_HASH } from '../version.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT } from './errors.js';

export const rulesSpec = defineCommand({
  usage: ['siaran rules [--records <dir>] [--json] | --version-hash'],
  about:
    'Lists every rule (id, family, description, number of examples); with --records, how often each fired over ' +
    'the records, the rules that never fired, and rule ids on records that no rule declares.',
  positionals: false,
  options: {
    records: { type: 'string', short: 'r', value: 'dir', description: 'records to count rule hits over' },
    json: { type: 'boolean', default: false, description: 'the list (or the version hash) as JSON' },
    'version-hash': {
      type: 'boolean',
      default: false,
      description:
        'print the pipeline version (package version + hash of the rules and stage code) and the full hash: ' +
        'records whose pipelineVersion differs were made by other rules',
    },
  },
});

export const rulesHelp = helpText(rulesSpec);

/** Rule ids on a record, one per extraction. */
function ruleIdsOf(record: DocRecord): string[] {
  return [
    ...record.entities.map((e) => e.rule),
    ...record.roles.map((r) => r.rule),
    ...record.timex.map((t) => t.rule),
    ...record.quotes.flatMap((q) => (q.rule ? [q.rule] : [])),
    ...record.commitments.map((c) => c.rule),
    ...(record.dateline ? [record.dateline.rule] : []),
  ];
}

export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parseCommand(rulesSpec, argv);
  if (values['version-hash']) {
    process.stdout.write(
      values.json
        ? JSON.stringify({ pipelineVersion: PIPELINE_VERSION, hash: RECORD_MAKERS_HASH }) + '\n'
        : `${PIPELINE_VERSION}\n${RECORD_MAKERS_HASH}\n`,
    );
    return EXIT.ok;
  }
  let hits: Map<string, number> | null = null;
  let documents = 0;
  if (values.records) {
    hits = new Map();
    const source = await openRecords(values.records);
    for await (const record of source.records) {
      documents++;
      for (const id of ruleIdsOf(record)) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    for (const p of source.problems) process.stderr.write(`siaran: ${p.where}: ${p.message}\n`);
  }
  const rows = RULE_FAMILIES.flatMap((f) =>
    f.rules.map((r) => ({
      family: f.family,
      id: r.id,
      description: r.description,
      examples: r.examples.length,
      hits: hits && f.recorded !== false ? (hits.get(r.id) ?? 0) : null,
    })),
  );
  const declared = new Set(rows.map((r) => r.id));
  const undeclared = hits ? [...hits].filter(([id]) => !declared.has(id)).sort((a, b) => b[1] - a[1]) : [];
  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        { documents: hits ? documents : null, rules: rows, undeclared: Object.fromEntries(undeclared) },
        null,
        2,
      ) + '\n',
    );
    return EXIT.ok;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  const out: string[] = [];
  for (const f of RULE_FAMILIES) {
    out.push(`${f.family} — ${f.description}${hits && f.recorded === false ? ' (not recorded per extraction)' : ''}`);
    for (const r of rows.filter((x) => x.family === f.family)) {
      const count = r.hits === null ? '' : String(r.hits).padStart(7) + '  ';
      out.push(`  ${r.id.padEnd(width)}  ${count}${r.description}`);
    }
  }
  if (hits) {
    const never = rows.filter((r) => r.hits === 0).map((r) => r.id);
    out.push(
      '',
      `${documents} record(s); ${rows.length} rules; ${never.length} never fired${never.length ? ': ' + never.join(', ') : ''}`,
    );
    if (undeclared.length)
      out.push(
        `rule ids on records with no catalogue entry (engine-internal): ${undeclared.map(([id, n]) => `${id} ${n}`).join(', ')}`,
      );
  } else out.push('', `${rows.length} rules in ${RULE_FAMILIES.length} families`);
  process.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}
