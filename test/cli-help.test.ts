import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bratSpec } from '../src/cli/brat.js';
import { diffSpec } from '../src/cli/diff.js';
import { enqueueSpec } from '../src/cli/enqueue.js';
import { evalSpec } from '../src/cli/eval.js';
import { exportSpec } from '../src/cli/export.js';
import { extractSpec } from '../src/cli/extract.js';
import { mergeSpec } from '../src/cli/merge.js';
import { helpText, optionLabel, parseCommand, type CommandSpec } from '../src/cli/options.js';
import { reportSpec } from '../src/cli/report.js';
import { retrySpec } from '../src/cli/retry.js';
import { rulesSpec } from '../src/cli/rules.js';
import { schemasSpec } from '../src/cli/schemas.js';
import { statusSpec } from '../src/cli/status.js';
import { workerSpec } from '../src/cli/worker.js';

// Help comes from the same option table as the parser: every option the parser takes is in help,
// and every option help names is one the parser takes.
const SPECS: Record<string, CommandSpec> = {
  extract: extractSpec,
  merge: mergeSpec,
  eval: evalSpec,
  schemas: schemasSpec,
  report: reportSpec,
  export: exportSpec,
  diff: diffSpec,
  brat: bratSpec,
  rules: rulesSpec,
  enqueue: enqueueSpec,
  worker: workerSpec,
  status: statusSpec,
  retry: retrySpec,
};

/** Whether the command's parser takes `--name` (with a value when it is a string option). */
function accepts(spec: CommandSpec, name: string): boolean {
  const option = spec.options[name];
  try {
    parseCommand(spec, option?.type === 'boolean' ? [`--${name}`] : [`--${name}`, 'x']);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return false;
    throw err;
  }
}

/**
 * The options a help text names, each with the command it belongs to: the help's own command, or
 * another one when the line names it first (`siaran extract --shard` in merge's help).
 */
function namedOptions(command: string, help: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of help.split('\n')) {
    let owner = command;
    for (const m of line.matchAll(/siaran ([a-z]+)|(?<![\w-])--([a-z][a-z-]*)/g)) {
      if (m[1] !== undefined) owner = m[1];
      else out.push([owner, m[2]!]);
    }
  }
  return out;
}

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

describe('help generated from the option tables', () => {
  const fullHelp = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;

  for (const [command, spec] of Object.entries(SPECS)) {
    it(`${command}: every option of the parser is in help, every option in help is the parser's`, () => {
      const help = helpText(spec);
      expect(fullHelp).toContain(help); // siaran --help prints this very text
      for (const [name, option] of Object.entries(spec.options)) {
        expect(help).toMatch(
          new RegExp(`^  ${optionLabel(name, option).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  `, 'm'),
        );
        expect(accepts(spec, name)).toBe(true);
        if (option.short) expect(() => parseCommand(spec, [`-${option.short}`, 'x'])).not.toThrow();
      }
      for (const [owner, name] of namedOptions(command, help)) {
        expect(Object.keys(SPECS), `help of ${command} names siaran ${owner}`).toContain(owner);
        expect(accepts(SPECS[owner]!, name), `help of ${command} names ${owner} --${name}`).toBe(true);
      }
      expect(accepts(spec, 'no-such-option')).toBe(false);
    });
  }

  it('has a table for every command of siaran --help, and no command parses or words help on its own', () => {
    const listed = [...fullHelp.matchAll(/^siaran ([a-z]+)/gm)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual(Object.keys(SPECS).sort());
    const dir = fileURLToPath(new URL('../src/cli/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'options.ts')) {
      const source = readFileSync(dir + file, 'utf8');
      expect(source, file).not.toMatch(/\bparseArgs\(/);
      expect(source, file).not.toMatch(/Help = `/);
    }
  });

  it('puts the default into the help line', () => {
    const help = helpText(extractSpec);
    expect(help).toMatch(/^ {2}--out, -o <dir> {5}output folder \(default: output\)$/m);
    expect(help).toContain('(0 = this thread; default: one per core)');
  });
});
