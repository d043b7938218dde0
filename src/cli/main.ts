#!/usr/bin/env node
import { environmentMessage, EXIT, UsageError } from './errors.js';

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
  retry: () => import('./retry.js').then((m) => ({ run: m.retryCommand, help: m.retryHelp })),
};

const usage = async (): Promise<string> =>
  `usage: siaran <command> [options]   (siaran --version)\n\n${(
    await Promise.all(Object.values(COMMANDS).map((load) => load()))
  )
    .map((c) => c.help)
    .join('\n\n')}\n`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    const { PACKAGE_VERSION, PIPELINE_VERSION } = await import('../version.js');
    process.stdout.write(`siaran ${PACKAGE_VERSION} (pipeline ${PIPELINE_VERSION})\n`);
    return EXIT.ok;
  }
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

/**
 * `--workers -1` as `--workers=-1`: Node's parser takes a value starting with a dash for an option
 * and answers "argument is ambiguous"; joined, the option's own check says what is wrong with it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

main(joinNegativeValues(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof UsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    const environment = known ? null : environmentMessage(err);
    if (known) {
      process.stderr.write(`siaran: ${(err as Error).message}\nRun "siaran --help" for usage.\n`);
      process.exitCode = EXIT.usage;
    } else if (environment !== null || (err as Error)?.name === 'OutputError') {
      // The environment, not a bug: a locked, full, read-only or forbidden output, a missing input. One line, exit 1.
      process.stderr.write(`siaran: ${environment ?? (err as Error).message.split('\n')[0]}\n`);
      process.exitCode = EXIT.failed;
    } else {
      process.stderr.write(
        `siaran: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 70;
    }
  },
);
