import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { defaultWorkers } from '../batch/pool.js';
import { DEFAULT_MAX_BYTES } from '../batch/process.js';
import { runBatch } from '../batch/run.js';
import { parseShard } from '../batch/shard.js';
import { SAFE_ID } from '../schema/record.js';
import { invalidDct } from '../stages/dct.js';
import { decode, NotTextError } from '../text/decode.js';
import { EXIT, InputError, signalExit, UsageError } from './errors.js';
import { integerOption } from './options.js';
import { countTexts, ProgressLine } from './progress.js';

export const extractHelp = `siaran extract <files or folders…> --out <dir> [--dct YYYY-MM-DD] [--lang ind]
siaran extract - [--dct …] [--id ID]  read one text from stdin, write its record to stdout
  A named .jsonl input is a corpus of one document per line: {"id", "text", "dct" | "date", …}
  (other fields go into meta; a bad line is one failed entry, E112, naming the line).

  --out, -o <dir>     output folder (default: output)
  --dct <date>        document date for every input without a sidecar dct
                      (YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] on the document's own
                      clock, or with Z or ±HH:MM; years 0001–9999)
  --lang <code>       assert the language (ISO 639-3, e.g. ind) of every input without a
                      sidecar language: identification is skipped
  --workers <n>       worker threads for extraction (default: one per core; 0 = this thread)
  --concurrency <n>   sizes the window of documents in flight (at least 4 per unit, default 4)
  --files             also write each record as its own file, records/<id>.json (default: only
                      records.jsonl, one record a line, with manifest.json and journal.jsonl)
  --force             redo every document (default: reuse records whose input is unchanged)
  --shard <i/n>       process only shard i of n (by hash of the id); join with siaran merge
  --max-bytes <n>     skip larger files with E103 (default ${DEFAULT_MAX_BYTES})
  --timeout <s>       fail a document whose extraction takes longer (E107; default 120, 0 = none);
                      worker threads only: refused with --workers 0
  --stay-inside       follow a symbolic link in an input folder only if its target is inside it
  --no-follow         follow no symbolic link in an input folder (both for untrusted folders;
                      links not followed are skipped with E109; default: follow them)`;

/** ISO 639-3, as the language stage checks `meta.language` (not imported: it loads the identifier). */
const LANGUAGE_CODE = /^[a-z]{3}$/;

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      dct: { type: 'string' },
      lang: { type: 'string' },
      id: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      workers: { type: 'string' },
      force: { type: 'boolean', default: false },
      files: { type: 'boolean', default: false },
      shard: { type: 'string' },
      'max-bytes': { type: 'string', default: String(DEFAULT_MAX_BYTES) },
      timeout: { type: 'string' },
      'no-follow': { type: 'boolean', default: false },
      'stay-inside': { type: 'boolean', default: false },
    },
  });
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
  const timeout = integerOption('--timeout', values.timeout ?? '120', 0);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError('--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/8');

  if (positionals.length === 1 && positionals[0] === '-') {
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
    process.stderr.write(`siaran: no .txt files in ${positionals.join(', ')}: nothing to extract\n`);
  if (summary.interrupted) {
    process.stderr.write(`siaran: interrupted; run the same command again to complete the rest\n`);
    return signalExit(stoppedBy ?? 'SIGINT');
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
