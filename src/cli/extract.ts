import { createHash } from 'node:crypto';
import { defaultWorkers } from '../batch/pool.js';
import { DEFAULT_MAX_BYTES } from '../batch/process.js';
import { runBatch } from '../batch/run.js';
import { parseShard } from '../batch/shard.js';
import { STDIN_INPUT } from '../batch/walk.js';
import { SAFE_ID } from '../schema/record.js';
import { invalidDct } from '../stages/dct.js';
import { decode, NotTextError } from '../text/decode.js';
import { EXIT, InputError, signalExit, UsageError } from './errors.js';
import { defineCommand, helpText, integerOption, parseCommand } from './options.js';
import { countTexts, ProgressLine } from './progress.js';

/** Seconds a document may take in a worker thread, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT_S = 120;

export const extractSpec = defineCommand({
  usage: [
    'siaran extract <files or folders…> --out <dir> [--dct YYYY-MM-DD] [--lang ind]',
    'siaran extract - [--dct …] [--id ID]  read one text from stdin, write its record to stdout',
    'siaran extract - --jsonl --out <dir>  read a JSON-lines corpus from stdin, as a named .jsonl file',
  ],
  about:
    'A named .jsonl input is a corpus of one document per line: {"id", "text", "dct" | "date", …} (other fields ' +
    'go into meta; a bad line is one failed entry, E112, naming the line).',
  positionals: true,
  options: {
    out: { type: 'string', short: 'o', default: 'output', value: 'dir', description: 'output folder' },
    dct: {
      type: 'string',
      value: 'date',
      description:
        "document date for every input without a sidecar dct (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] on the document's " +
        'own clock, or with Z or ±HH:MM; years 0001–9999)',
    },
    lang: {
      type: 'string',
      value: 'code',
      description:
        'assert the language (ISO 639-3, e.g. ind) of every input without a sidecar language: identification is ' +
        'skipped',
    },
    'sentence-text': {
      type: 'boolean',
      default: false,
      description: "keep each sentence's text in the records (by default sentences are offsets into the text)",
    },
    id: {
      type: 'string',
      value: 'id',
      description: 'with -, the id of the one text read from stdin',
      shownDefault: 'stdin',
    },
    jsonl: {
      type: 'boolean',
      default: false,
      description:
        'with -, stdin is a JSON-lines corpus, one document per line, extracted into --out as a .jsonl file is ' +
        '(one failed entry per bad line, resume per line)',
    },
    workers: {
      type: 'string',
      value: 'n',
      description: 'worker threads for extraction (0 = this thread)',
      shownDefault: 'one per core',
    },
    concurrency: {
      type: 'string',
      default: '4',
      value: 'n',
      description: 'sizes the window of documents in flight (at least 4 per unit)',
    },
    files: {
      type: 'boolean',
      default: false,
      description:
        'also write each record as its own file, records/<id>.json (default: only records.jsonl, one record a ' +
        'line, with manifest.json and journal.jsonl)',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'redo every document (default: reuse records whose input and pipeline version are unchanged)',
    },
    shard: {
      type: 'string',
      value: 'i/n',
      description: 'process only shard i of n (by hash of the id); join with siaran merge',
    },
    'max-bytes': {
      type: 'string',
      default: String(DEFAULT_MAX_BYTES),
      value: 'n',
      description: 'skip larger files with E103',
    },
    timeout: {
      type: 'string',
      value: 's',
      description:
        'fail a document whose extraction takes longer (E107; 0 = none); worker threads only: refused with ' +
        '--workers 0',
      shownDefault: String(DEFAULT_TIMEOUT_S),
    },
    'stay-inside': {
      type: 'boolean',
      default: false,
      description: 'follow a symbolic link in an input folder only if its target is inside it',
    },
    'no-follow': {
      type: 'boolean',
      default: false,
      description:
        'follow no symbolic link in an input folder (both for untrusted folders; links not followed are skipped ' +
        'with E109; default: follow them)',
    },
  },
});

export const extractHelp = helpText(extractSpec);

/** ISO 639-3, as the language stage checks `meta.language` (not imported: it loads the identifier). */
const LANGUAGE_CODE = /^[a-z]{3}$/;

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(extractSpec, argv);
  if (positionals.length === 0) throw new UsageError('extract needs files or folders (or - for stdin)');
  if (values.dct !== undefined) {
    const reason = invalidDct(values.dct);
    if (reason) throw new UsageError(`--dct: ${reason}`);
  }
  if (values.id !== undefined && !SAFE_ID.test(values.id))
    throw new UsageError(
      `--id: ${JSON.stringify(values.id)} is not a plain relative path (names separated by /, no . or ..)`,
    );
  if (values.lang !== undefined && !LANGUAGE_CODE.test(values.lang))
    throw new UsageError(`--lang: "${values.lang}" is not an ISO 639-3 code such as ind`);
  const concurrency = integerOption('--concurrency', values.concurrency, 1);
  const workers = values.workers === undefined ? defaultWorkers() : integerOption('--workers', values.workers, 0);
  const maxBytes = integerOption('--max-bytes', values['max-bytes'], 1);
  // A document runs to its end in this thread (no way to stop synchronous code): only a worker can be stopped.
  if (workers === 0 && values.timeout !== undefined)
    throw new UsageError('--timeout applies to worker threads only; it cannot be enforced with --workers 0');
  const timeout = integerOption('--timeout', values.timeout ?? String(DEFAULT_TIMEOUT_S), 0);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError('--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/8');

  if (values.jsonl && !positionals.includes(STDIN_INPUT))
    throw new UsageError('--jsonl reads a JSON-lines corpus from stdin: give - as an input');
  if (values.jsonl && values.id !== undefined)
    throw new UsageError('--id names the one text read from stdin; with --jsonl each line has its own "id"');

  if (positionals.length === 1 && positionals[0] === STDIN_INPUT && !values.jsonl) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    let decoded: ReturnType<typeof decode>;
    try {
      decoded = decode(bytes);
    } catch (err) {
      if (err instanceof NotTextError) throw new InputError(`stdin: ${err.message}`);
      throw err;
    }
    const { extract } = await import('../index.js'); // the pipeline loads only where it runs (see main.ts)
    const meta = {
      id: values.id ?? 'stdin',
      ...(values.dct === undefined ? {} : { dct: values.dct, dctSource: 'option' as const }),
      ...(values.lang === undefined ? {} : { language: values.lang }),
    };
    const record = extract(decoded.text, meta, {
      sentenceText: values['sentence-text'],
      warnings: decoded.warnings,
      source: {
        path: null,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
        encoding: decoded.encoding,
      },
    });
    process.stdout.write(JSON.stringify(record) + '\n');
    return EXIT.ok;
  }

  // First SIGINT/SIGTERM: stop starting work, let running documents finish, write the manifest.
  // A second one exits at once (the journal keeps every document reported done).
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (stoppedBy) process.exit(signalExit(sig));
    stoppedBy = sig;
    process.stderr.write(
      `\nsiaran: ${sig}: finishing the documents in progress and writing the manifest (again to quit now)\n`,
    );
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const tty = process.stderr.isTTY;
  let summary;
  const progress = tty ? new ProgressLine((text) => process.stderr.write(text)) : null;
  if (progress) void countTexts(positionals).then((n) => (progress.total = n));
  try {
    summary = await runBatch(positionals, {
      out: values.out,
      concurrency,
      workers,
      force: values.force,
      files: values.files,
      maxBytes,
      timeoutMs: timeout * 1000,
      links: values['no-follow'] ? 'none' : values['stay-inside'] ? 'inside' : 'follow',
      signal: controller.signal,
      ...(shard ? { shard } : {}),
      ...(values.dct === undefined ? {} : { dct: values.dct }),
      ...(values.lang === undefined ? {} : { lang: values.lang }),
      ...(values['sentence-text'] ? { sentenceText: true } : {}),
      ...(values.jsonl ? { stdin: process.stdin } : {}),
      onProgress: progress ? (_entry, c) => progress.update(c) : undefined,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  progress?.clear();
  for (const doc of summary.failures) process.stderr.write(`siaran: failed: ${doc.reason}\n`);
  const { done, skipped, failed } = summary.counts;
  if (failed > summary.failures.length)
    process.stderr.write(`siaran: … and ${failed - summary.failures.length} more failures (see the manifest)\n`);
  const reused = summary.reused > 0 ? ` (${summary.reused} reused from the last run)` : '';
  process.stderr.write(
    `siaran: ${done} done, ${skipped} skipped, ${failed} failed${reused} → ${values.out}/manifest.json\n`,
  );
  if (done + skipped + failed === 0)
    process.stderr.write(
      values.jsonl
        ? `siaran: no documents in ${positionals.map((p) => (p === STDIN_INPUT ? 'stdin' : p)).join(', ')}: nothing to extract\n`
        : `siaran: no .txt files in ${positionals.join(', ')}: nothing to extract\n`,
    );
  if (summary.interrupted) {
    process.stderr.write(`siaran: interrupted; run the same command again to complete the rest\n`);
    return signalExit(stoppedBy ?? 'SIGINT');
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
