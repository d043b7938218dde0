import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { extract } from '../index.js';
import { runBatch } from '../batch/run.js';
import { invalidDct } from '../stages/dct.js';
import { decode } from '../text/decode.js';
import { EXIT, UsageError } from './errors.js';

export const extractHelp = `siaran extract <files or folders…> --out <dir> [--dct YYYY-MM-DD]
siaran extract - [--dct …]        read one text from stdin, write its record to stdout

  --out, -o <dir>     output folder (default: output)
  --dct <date>        document date for every input without a sidecar dct
                      (YYYY-MM-DD or a date-time with offset)
  --concurrency <n>   files read at once (default 4)`;

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      dct: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
    },
  });
  if (positionals.length === 0) throw new UsageError('extract needs files or folders (or - for stdin)');
  if (values.dct !== undefined) {
    const reason = invalidDct(values.dct);
    if (reason) throw new UsageError(`--dct: ${reason}`);
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--concurrency must be a positive integer');

  if (positionals.length === 1 && positionals[0] === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const decoded = decode(bytes);
    const meta = values.dct === undefined ? { id: 'stdin' } : { id: 'stdin', dct: values.dct, dctSource: 'option' as const };
    const record = extract(decoded.text, meta, { warnings: decoded.warnings, source: { path: null, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, encoding: decoded.encoding } });
    process.stdout.write(JSON.stringify(record) + '\n');
    return EXIT.ok;
  }

  const tty = process.stderr.isTTY;
  const manifest = await runBatch(positionals, {
    out: values.out,
    concurrency,
    ...(values.dct === undefined ? {} : { dct: values.dct }),
    onProgress: tty
      ? (_entry, c) => process.stderr.write(`\rsiaran: ${c.done} done, ${c.skipped} skipped, ${c.failed} failed`)
      : undefined,
  });
  if (tty) process.stderr.write('\n');
  for (const doc of manifest.documents) {
    if (doc.status === 'failed') process.stderr.write(`siaran: failed: ${doc.reason}\n`);
  }
  const { done, skipped, failed } = manifest.counts;
  process.stderr.write(`siaran: ${done} done, ${skipped} skipped, ${failed} failed → ${values.out}/manifest.json\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
