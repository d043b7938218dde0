#!/usr/bin/env node
import { EXIT, UsageError } from './errors.js';

interface Command {
  run: (argv: string[]) => Promise<number>;
  help: string;
}

/**
 * Commands by name; each is a thin layer over the library, loaded only when it runs (so that
 * `siaran extract` with worker threads does not load the pipeline in its main thread).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: () => import('./extract.js').then((m) => ({ run: m.extractCommand, help: m.extractHelp })),
  merge: () => import('./merge.js').then((m) => ({ run: m.mergeCommand, help: m.mergeHelp })),
  eval: () => import('./eval.js').then((m) => ({ run: m.evalCommand, help: m.evalHelp })),
  schemas: () => import('./schemas.js').then((m) => ({ run: m.schemasCommand, help: m.schemasHelp })),
  report: () => import('./report.js').then((m) => ({ run: m.reportCommand, help: m.reportHelp })),
  export: () => import('./export.js').then((m) => ({ run: m.exportCommand, help: m.exportHelp })),
  diff: () => import('./diff.js').then((m) => ({ run: m.diffCommand, help: m.diffHelp })),
  brat: () => import('./brat.js').then((m) => ({ run: m.bratCommand, help: m.bratHelp })),
  rules: () => import('./rules.js').then((m) => ({ run: m.rulesCommand, help: m.rulesHelp })),
  enqueue: () => import('./enqueue.js').then((m) => ({ run: m.enqueueCommand, help: m.enqueueHelp })),
  worker: () => import('./worker.js').then((m) => ({ run: m.workerCommand, help: m.workerHelp })),
  status: () => import('./status.js').then((m) => ({ run: m.statusCommand, help: m.statusHelp })),
};

const usage = async (): Promise<string> => `usage: siaran <command> [options]\n\n${(await Promise.all(Object.values(COMMANDS).map((load) => load())))
  .map((c) => c.help)
  .join('\n\n')}\n`;

/** File-system errors that are the environment's (disk full, quota, read-only, permission), not siaran's bugs. */
const ENVIRONMENT = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EMFILE', 'ENFILE', 'EIO']);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new UsageError(`unknown command "${name}"`);
  const command = await load();
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
    const code = (err as NodeJS.ErrnoException)?.code;
    if (known) {
      process.stderr.write(`siaran: ${(err as Error).message}\nRun "siaran --help" for usage.\n`);
      process.exitCode = EXIT.usage;
    } else if ((err as Error)?.name === 'OutputError' || (code !== undefined && ENVIRONMENT.has(code))) {
      // The environment, not a bug: a locked, full, read-only or forbidden output. One line, exit 1.
      process.stderr.write(`siaran: ${(err as Error).message.split('\n')[0]}\n`);
      process.exitCode = EXIT.failed;
    } else {
      process.stderr.write(`siaran: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    }
  },
);
