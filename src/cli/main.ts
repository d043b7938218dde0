#!/usr/bin/env node
import { EXIT, UsageError } from './errors.js';
import { bratCommand, bratHelp } from './brat.js';
import { diffCommand, diffHelp } from './diff.js';
import { evalCommand, evalHelp } from './eval.js';
import { extractCommand, extractHelp } from './extract.js';
import { mergeCommand, mergeHelp } from './merge.js';
import { rulesCommand, rulesHelp } from './rules.js';
import { schemasCommand, schemasHelp } from './schemas.js';
import { reportCommand, reportHelp } from './report.js';
import { exportCommand, exportHelp } from './export.js';
import { enqueueCommand, enqueueHelp } from './enqueue.js';
import { workerCommand, workerHelp } from './worker.js';
import { statusCommand, statusHelp } from './status.js';

/** Commands by name; each is a thin layer over the library. */
const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  extract: { run: extractCommand, help: extractHelp },
  merge: { run: mergeCommand, help: mergeHelp },
  eval: { run: evalCommand, help: evalHelp },
  schemas: { run: schemasCommand, help: schemasHelp },
  report: { run: reportCommand, help: reportHelp },
  export: { run: exportCommand, help: exportHelp },
  diff: { run: diffCommand, help: diffHelp },
  brat: { run: bratCommand, help: bratHelp },
  rules: { run: rulesCommand, help: rulesHelp },
  enqueue: { run: enqueueCommand, help: enqueueHelp },
  worker: { run: workerCommand, help: workerHelp },
  status: { run: statusCommand, help: statusHelp },
};

const usage = `usage: siaran <command> [options]\n\n${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}\n`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return EXIT.ok;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof UsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    if (known) {
      process.stderr.write(`siaran: ${(err as Error).message}\nRun "siaran --help" for usage.\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`siaran: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    }
  },
);
