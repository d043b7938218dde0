import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeOutputs } from '../src/batch/merge.js';
import { readInput } from '../src/batch/process.js';
import { runBatch, type RunOptions } from '../src/batch/run.js';
import { parseShard, shardOf } from '../src/batch/shard.js';
import { Manifest, type ManifestEntry } from '../src/schema/manifest.js';
import { DocRecord } from '../src/schema/record.js';
import { extract } from '../src/index.js';
import { goldenText } from './helpers/golden.js';

// Library-level tests of the batch runner (in-process unless a test says otherwise: worker threads run
// the built dist/, which `npm test` builds first).

const base = mkdtempSync(path.join(tmpdir(), 'siaran-batch-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = path.join(base, String(++n));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const manifestOf = (out: string): Manifest =>
  Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const byId = (m: Manifest): Record<string, ManifestEntry> =>
  Object.fromEntries(m.documents.map((d) => [d.id ?? d.path, d]));
const jsonlIds = (out: string): string[] =>
  readFileSync(path.join(out, 'records.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
const run = (inputs: string[], options: RunOptions) => runBatch(inputs, { workers: 0, ...options });
/** The record of a manifest entry as written, in either layout: its line of records.jsonl, or its file (--files). */
const recordText = (out: string, e: ManifestEntry): string => {
  if (e.offset === undefined) return readFileSync(path.join(out, e.record!), 'utf8');
  expect(e.record).toBe('records.jsonl');
  const all = readFileSync(path.join(out, 'records.jsonl'));
  return all.subarray(e.offset, e.offset + e.length!).toString('utf8');
};
/** Files left half-written or staged: none may remain after a run. */
const leftovers = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.tmp') || f.includes('.siaran-tmp'),
  );

const para = (i: number): string =>
  `Jakarta – Menteri Luar Negeri Republik Indonesia bertemu dengan Menteri Perdagangan pada hari Senin (${i}/1). ` +
  `Kedua pihak sepakat untuk memperkuat kerja sama ekonomi dan perdagangan antara kedua negara.\n\n` +
  `"Kami berharap kerja sama ini dapat meningkatkan kesejahteraan masyarakat," kata Menteri dalam keterangan pers.\n`;

/** A folder of n small Indonesian documents. */
function corpus(count: number, dir = fresh()): string {
  const input = path.join(dir, 'in');
  for (let i = 0; i < count; i++) {
    const sub = path.join(input, `g${i % 7}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `doc-${String(i).padStart(4, '0')}.txt`), para(i));
  }
  return input;
}

/** The last of the files in the vanishing-file test (see there). */
const VANISH_LAST = 1500;

describe('bad input: every file gets a manifest entry naming it, and the batch goes on', () => {
  let input: string;
  let out: string;
  let m: Manifest;
  let entries: Record<string, ManifestEntry>;
  const utf16 = (s: string, be: boolean): Buffer => {
    const le = Buffer.from(s, 'utf16le');
    if (be) le.swap16();
    return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
  };

  beforeAll(async () => {
    const dir = fresh();
    input = path.join(dir, 'in');
    out = path.join(dir, 'out');
    mkdirSync(path.join(input, 'folder.txt'), { recursive: true });
    const w = (name: string, data: string | Buffer): void => writeFileSync(path.join(input, name), data);
    w('good.txt', goldenText);
    w('empty.txt', '');
    w('spaces.txt', ' \n\t\r\n \u00a0 \n');
    w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    w(
      'bad-utf8.txt',
      Buffer.concat([
        Buffer.from(para(1), 'utf8'),
        Buffer.from([0xe2, 0x82]),
        Buffer.from(' Kata dia lagi.', 'utf8'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(' Selesai.'),
      ]),
    );
    w('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(para(2), 'utf8')]));
    w('utf16le.txt', utf16(para(3), false));
    w('utf16be.txt', utf16(para(4), true));
    w(
      'cp1252.txt',
      Buffer.from(Buffer.from(para(5).replace(/"/g, '\u201c'), 'latin1').map((b) => (b === 0x1c ? 0x93 : b))),
    );
    w('big.txt', Buffer.alloc(50 * 1024 * 1024, 'Jakarta kerja sama. '));
    w('long-line.txt', 'Menteri '.repeat(128 * 1024) + '\n'); // one 1 MB line
    w(
      'no-punct.txt',
      Array.from(
        { length: 40_000 },
        (_, i) => ['kerja', 'sama', 'menteri', 'negara', 'Indonesia', 'ekonomi'][i % 6],
      ).join(' '),
    );
    w(
      'english.txt',
      'The ministers agreed to strengthen cooperation in trade and investment, and they welcomed the progress made since the last meeting of the council in Geneva.',
    );
    writeFileSync(path.join(input, 'folder.txt', 'inside.txt'), para(6));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'dangling.txt'));
    symlinkSync('loop.txt', path.join(input, 'loop.txt'));
    symlinkSync('..', path.join(input, 'folder.txt', 'up'));
    execFileSync('mkfifo', [path.join(input, 'fifo.txt')]);
    w('vanish-0.txt', para(7));
    // Far more files than the window of documents in flight (32): the first report waits for the journal's
    // fsync, while the run goes on writing records, so the last file must be many fsyncs away (120 was not).
    for (let i = 1; i <= VANISH_LAST; i++) w(`vanish-${String(i).padStart(4, '0')}.txt`, para(i));
    let deleted = false;
    // A file found by the walk but deleted before it is read: the walk is lazy and the window
    // bounded, so deleting the last file when the first document is reported makes it vanish mid-run.
    await run([input], {
      out,
      concurrency: 1,
      onProgress: () => {
        if (!deleted) unlinkSync(path.join(input, `vanish-${VANISH_LAST}.txt`));
        deleted = true;
      },
    });
    m = manifestOf(out);
    entries = byId(m);
  }, 120_000);

  const expectEntry = (id: string, status: string, code?: string): ManifestEntry => {
    const e = entries[id];
    expect(e, id).toBeDefined();
    expect(e!.status, `${id}: ${e!.reason}`).toBe(status);
    if (code) expect(e!.code).toBe(code);
    if (status !== 'done') expect(e!.reason).toContain(e!.path);
    return e!;
  };
  const recordOf = (id: string): DocRecord => DocRecord.parse(JSON.parse(recordText(out, entries[id]!)));

  it('processes a good file next to the bad ones', () => {
    expectEntry('good', 'done');
  });
  it('empty file: skipped, E110', () => void expectEntry('empty', 'skipped', 'E110'));
  it('whitespace only: skipped, E111', () => void expectEntry('spaces', 'skipped', 'E111'));
  it('binary (NUL bytes): failed, E102', () => void expectEntry('binary', 'failed', 'E102'));
  it('invalid UTF-8: decoded with U+FFFD, a W101 warning with offsets per run', () => {
    expectEntry('bad-utf8', 'done');
    const r = recordOf('bad-utf8');
    const w = r.warnings.filter((x) => x.code === 'W101');
    expect(w).toHaveLength(2);
    for (const x of w) expect(r.text.slice(x.start, x.end)).toMatch(/^\uFFFD+$/);
    expect(r.source.encoding).toBe('utf-8');
  });
  it('UTF-8 BOM: dropped', () => {
    expectEntry('bom', 'done');
    expect(recordOf('bom').text).toBe(para(2));
  });
  it('UTF-16 LE and BE with BOM', () => {
    expect(recordOf('utf16le')).toMatchObject({ text: para(3), source: { encoding: 'utf-16le' } });
    expect(recordOf('utf16be')).toMatchObject({ text: para(4), source: { encoding: 'utf-16be' } });
  });
  it('Windows-1252: decoded, W102', () => {
    const r = recordOf('cp1252');
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.text).toContain('\u201cKami');
    expect(r.warnings.map((w) => w.code)).toContain('W102');
  });
  it('a 50 MB file is over --max-bytes (8 MiB by default): skipped with E103, hashed but never read whole', () => {
    const e = expectEntry('big', 'skipped', 'E103');
    expect(e.bytes).toBe(50 * 1024 * 1024);
    expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(e.reason).toContain('--max-bytes');
  });
  it('a 1 MB line and 240 KB without punctuation are processed', () => {
    expect(['done', 'skipped']).toContain(entries['long-line']!.status);
    expect(recordOf('long-line').text.length).toBe(1024 * 1024 + 1);
    expectEntry('no-punct', 'done');
  });
  it('non-Indonesian text: skipped with E120 and a record with its language', () => {
    expectEntry('english', 'skipped', 'E120');
    expect(recordOf('english').language.code).not.toBe('ind');
  });
  it('a dangling symlink: failed, E101 (ENOENT)', () => {
    expect(expectEntry('dangling', 'failed', 'E101').reason).toContain('ENOENT');
  });
  it('a symlink loop (a link to itself, a link to an ancestor folder): failed, E105', () => {
    expectEntry('loop', 'failed', 'E105');
    expect(m.documents.find((d) => d.path.endsWith(path.join('folder.txt', 'up')))).toMatchObject({
      status: 'failed',
      code: 'E105',
    });
  });
  it('a folder named x.txt: skipped, E104, and its contents are walked', () => {
    expectEntry('folder', 'skipped', 'E104');
    expectEntry('folder.txt/inside', 'done');
  });
  it('a FIFO named x.txt: failed, E101, never opened (it would block)', () => {
    expect(expectEntry('fifo', 'failed', 'E101').reason).toContain('not a regular file');
  });
  it('a file that vanishes mid-run: failed, E101, and the later files are done', () => {
    expect(expectEntry(`vanish-${VANISH_LAST}`, 'failed', 'E101').reason).toContain('vanished');
    expectEntry(`vanish-${VANISH_LAST - 1}`, 'done');
  });
  it('counts match, records.jsonl holds exactly the records, and nothing half-written remains', () => {
    const total = m.counts.done + m.counts.skipped + m.counts.failed;
    expect(total).toBe(m.documents.length);
    expect(jsonlIds(out)).toEqual(m.documents.filter((d) => d.record).map((d) => d.id));
    expect(leftovers(out)).toEqual([]);
  });
  it('readInput reports a file that is not there', async () => {
    const r = await readInput(path.join(base, 'no-such.txt'), 'no-such');
    expect('entry' in r && r.entry).toMatchObject({ status: 'failed', code: 'E101' });
  });
});

describe('order and parallelism', () => {
  // Byte equality is checked between worker counts (all run dist/); in-process runs the sources, which
  // equal dist/ after \`npm run build\` but may not while stages are being edited, so only its order is compared.
  it('records.jsonl and the manifest are the same with 0, 1 and 3 workers', async () => {
    const input = corpus(60);
    const outs: string[] = [];
    for (const workers of [0, 1, 3]) {
      const out = fresh();
      await runBatch([input], { out, workers, concurrency: 3 });
      outs.push(out);
    }
    const strip = (m: Manifest) => m.documents;
    const [, one, three] = outs.map((o) => readFileSync(path.join(o, 'records.jsonl'), 'utf8'));
    expect(three).toBe(one);
    const [m0, m1, m3] = outs.map((o) => strip(manifestOf(o)));
    expect(m3).toEqual(m1);
    expect(m0!.map((d) => d.id)).toEqual(m1!.map((d) => d.id));
    expect(m1!.length).toBe(60);
    for (const o of outs) expect(jsonlIds(o)).toEqual(m1!.map((d) => d.id));
  }, 120_000);

  it.each([
    ['records.jsonl', false],
    ['--files', true],
  ])(
    '%s: every record (file and line) is JSON.stringify(extract()) of its document, bursts and sidecars included',
    async (_, files) => {
      // 30 documents: more than one burst of record files and of lines in the part files; every third one
      // with a sidecar, one with a non-ASCII text (line lengths in bytes, not characters).
      const input = corpus(30);
      const texts = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.txt'))
        .sort();
      texts.forEach((f, i) => {
        if (i % 3 === 0)
          writeFileSync(
            path.join(input, f.replace(/\.txt$/, '.meta.json')),
            JSON.stringify({ dct: '2024-01-0' + ((i % 9) + 1), source: 'kemlu' }),
          );
      });
      writeFileSync(path.join(input, texts[4]!), `${para(4)}“Kutipan” — é ü ñ 中文 🙂\n`);
      const out = fresh();
      await run([input], { out, concurrency: 1, files });
      const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
      expect(existsSync(path.join(out, 'records'))).toBe(files);
      const m = manifestOf(out);
      expect(lines).toHaveLength(30);
      m.documents.forEach((d, i) => {
        const text = readFileSync(d.path, 'utf8');
        const sidecar = d.path.replace(/\.txt$/, '.meta.json');
        const meta = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>) : {};
        const source = { path: d.path, sha256: d.sha256!, bytes: d.bytes!, encoding: 'utf-8' };
        const expected = JSON.stringify(
          extract(text, { ...meta, id: d.id! }, { source, warnings: [], sentenceText: false }),
        );
        expect(recordText(out, d)).toBe(expected + '\n');
        expect(d.record).toBe(files ? `records/${d.id}.json` : 'records.jsonl');
        expect(lines[i]).toBe(expected);
      });
    },
  );
});

describe('ids', () => {
  it('an id that a second input repeats fails with E106 naming both files; the first is done', async () => {
    const first = corpus(3);
    const second = corpus(3);
    const out = fresh();
    const summary = await runBatch([first, second], { out, workers: 0 });
    const m = manifestOf(out);
    expect(m.documents.map((d) => d.status)).toEqual(['done', 'done', 'done', 'failed', 'failed', 'failed']);
    const repeated = m.documents.slice(3);
    repeated.forEach((d, i) => {
      expect(d.code).toBe('E106');
      expect(d.reason).toContain(d.path);
      expect(d.reason).toContain(m.documents[i]!.path);
    });
    expect(summary.failures).toHaveLength(3);
  });
});

describe('a worker that overruns --timeout', () => {
  it('fails its document with E107 naming the file, is replaced, and the batch goes on', async () => {
    // 1 ms is less than any worker needs to start and load the pipeline, so every document overruns
    // it on a fresh worker: each one fails, each time its worker is stopped and a new one spawned.
    const input = corpus(3);
    const out = fresh();
    const summary = await runBatch([input], { out, workers: 1, timeoutMs: 1 });
    const m = manifestOf(out);
    expect(m.documents).toHaveLength(3);
    for (const d of m.documents) {
      expect(d.status).toBe('failed');
      expect(d.code).toBe('E107');
      expect(d.reason).toContain(d.path);
      expect(d.reason).toContain('--timeout');
      expect(d.record).toBeUndefined();
    }
    expect(summary.failures.map((f) => f.code)).toEqual(['E107', 'E107', 'E107']);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe('');
    expect(leftovers(out)).toEqual([]);
  }, 60_000);
});

describe('resume', () => {
  it.each([
    ['records.jsonl', false],
    ['--files', true],
  ])(
    '%s: a re-run reuses unchanged documents and redoes changed ones; the manifest lists every input',
    async (_, files) => {
      const input = corpus(30);
      const out = fresh();
      const run = (inputs: string[], options: RunOptions) => runBatch(inputs, { workers: 0, files, ...options });
      const first = await run([input], { out });
      const jsonl1 = readFileSync(path.join(out, 'records.jsonl'), 'utf8');
      expect(first.reused).toBe(0);

      const again = await run([input], { out });
      expect(again.reused).toBe(30);
      expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(jsonl1);
      expect(manifestOf(out).documents).toHaveLength(30);
      expect(manifestOf(out).documents.every((d) => d.reused)).toBe(true);

      writeFileSync(path.join(input, 'g1', 'doc-0001.txt'), para(999)); // changed bytes
      writeFileSync(path.join(input, 'g2', 'doc-0002.meta.json'), JSON.stringify({ dct: '2021-01-27' })); // new sidecar
      const third = await run([input], { out });
      expect(third.reused).toBe(28);
      const m = byId(manifestOf(out));
      expect(m['g1/doc-0001']!.reused).toBeUndefined();
      expect(m['g2/doc-0002']!.reused).toBeUndefined();
      expect(JSON.parse(recordText(out, m['g2/doc-0002']!))).toMatchObject({ dct: { value: '2021-01-27' } });
      for (const e of Object.values(m)) expect((JSON.parse(recordText(out, e)) as { id: string }).id).toBe(e.id);

      expect((await run([input], { out, force: true })).reused).toBe(0);
      expect((await run([input], { out, dct: '2020-01-01' })).reused).toBe(1); // only the one with its own sidecar
    },
    120_000,
  );

  it('another pipeline version or a missing record file means the document is redone', async () => {
    const input = corpus(5);
    const out = fresh();
    const run = (inputs: string[], options: RunOptions) => runBatch(inputs, { workers: 0, files: true, ...options });
    await run([input], { out });
    const file = path.join(out, 'manifest.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/"pipelineVersion": "[^"]*"/, '"pipelineVersion": "0.0.0-old"'),
    );
    expect((await run([input], { out })).reused).toBe(0);
    unlinkSync(path.join(out, 'records', 'g0', 'doc-0000.json'));
    writeFileSync(path.join(out, 'records', 'g1', 'doc-0001.json'), '{"truncated":');
    expect((await run([input], { out })).reused).toBe(3);
    expect(DocRecord.parse(JSON.parse(readFileSync(path.join(out, 'records', 'g1', 'doc-0001.json'), 'utf8'))).id).toBe(
      'g1/doc-0001',
    );
  }, 60_000);

  it('records.jsonl: a line changed or cut short since means its document is redone; switching to --files redoes all', async () => {
    const input = corpus(5);
    const out = fresh();
    await run([input], { out });
    const file = path.join(out, 'records.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"id":"g1/doc-0001"', '"id":"g1/doc-9999"');
    writeFileSync(file, lines.join('\n').slice(0, -200)); // the last line cut short too
    expect((await run([input], { out })).reused).toBe(3);
    expect(jsonlIds(out)).toEqual(manifestOf(out).documents.map((d) => d.id));
    expect((await run([input], { out, files: true })).reused).toBe(0);
    expect((await run([input], { out })).reused).toBe(5); // records.jsonl may reuse a record file
  }, 60_000);

  it('an aborted run writes its manifest (interrupted), leaves no temp file, and the next run completes the rest', async () => {
    const input = corpus(200);
    const out = fresh();
    const controller = new AbortController();
    let seen = 0;
    const partial = await run([input], {
      out,
      signal: controller.signal,
      onProgress: () => {
        if (++seen === 20) controller.abort();
      },
    });
    expect(partial.interrupted).toBe(true);
    const m = manifestOf(out);
    expect(m.interrupted).toBe(true);
    expect(m.documents.length).toBeGreaterThanOrEqual(20);
    expect(m.documents.length).toBeLessThan(200);
    expect(jsonlIds(out)).toEqual(m.documents.map((d) => d.id));
    expect(leftovers(out)).toEqual([]);

    const rest = await run([input], { out });
    expect(rest.interrupted).toBeUndefined();
    expect(rest.reused).toBe(m.documents.length);
    expect(manifestOf(out).documents).toHaveLength(200);
    expect(existsSync(path.join(out, 'journal.jsonl'))).toBe(false);
    const clean = fresh();
    await run([input], { out: clean });
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(clean, 'records.jsonl'), 'utf8'),
    );
  }, 120_000);

  it('after an interrupted run, a second interruption still keeps what the first did', async () => {
    // Progress is reported once the journal is on disk, while documents go on being written: on a
    // busy machine one fsync can take long enough for the first run to get far past its 30th report,
    // so the corpus is large enough that the second run still has documents left to interrupt.
    const input = corpus(400);
    const out = fresh();
    const interrupt = async (after: number) => {
      const controller = new AbortController();
      let seen = 0;
      return run([input], {
        out,
        signal: controller.signal,
        onProgress: () => void (++seen === after && controller.abort()),
      });
    };
    await interrupt(30);
    const firstDone = manifestOf(out).documents.length;
    const second = await interrupt(firstDone + 10); // the reused ones count as progress too
    expect(second.interrupted).toBe(true);
    expect(second.reused).toBe(firstDone);
    const secondDone = manifestOf(out).documents.length;
    expect(secondDone).toBeGreaterThan(firstDone);
    const last = await run([input], { out });
    expect(last.reused).toBe(secondDone);
    expect(last.counts.done).toBe(400);
  }, 120_000);
});

describe('shards and merge', () => {
  it('--shard i/n partitions by id hash: disjoint, complete; merge joins them in id order', async () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3']) expect(parseShard(bad)).toBeNull();
    expect(shardOf('g1/doc-0001', 5)).toBe(shardOf('g1/doc-0001', 5));

    const input = corpus(50);
    const shards: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = fresh();
      const s = await run([input], { out, shard: { index: i, count: 3 } });
      expect(s.shard).toEqual({ index: i, count: 3 });
      shards.push(out);
    }
    const ids = shards.map((o) => manifestOf(o).documents.map((d) => d.id!));
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length); // disjoint
    expect(all.length).toBe(50); // complete
    for (const part of ids) expect(part.length).toBeGreaterThan(5);

    // One shard has record files, the others records.jsonl only: merge reads either.
    await run([input], { out: shards[1]!, shard: { index: 2, count: 3 }, files: true, force: true });
    const merged = fresh();
    const summary = await mergeOutputs(shards, merged);
    expect(summary.problems).toEqual([]);
    expect(summary.counts.done + summary.counts.skipped).toBe(50);
    const mergedIds = jsonlIds(merged);
    expect(mergedIds).toEqual([...all].sort());
    expect(manifestOf(merged).documents.map((d) => d.id)).toEqual(mergedIds);
    // Same records as one unsharded run, only in id order.
    const single = fresh();
    await run([input], { out: single });
    const lines = (o: string) => readFileSync(path.join(o, 'records.jsonl'), 'utf8').split('\n').filter(Boolean).sort();
    expect(lines(merged)).toEqual(lines(single));
    expect(existsSync(path.join(merged, 'records'))).toBe(false);
    for (const e of manifestOf(merged).documents.filter((d) => d.record))
      expect((JSON.parse(recordText(merged, e)) as { id: string }).id).toBe(e.id);
    const withFiles = fresh();
    await mergeOutputs(shards, withFiles, true);
    expect(lines(withFiles)).toEqual(lines(single));
    for (const e of manifestOf(withFiles).documents.filter((d) => d.record))
      expect(
        (JSON.parse(readFileSync(path.join(withFiles, `records/${e.id}.json`), 'utf8')) as { id: string }).id,
      ).toBe(e.id);

    const missing = await mergeOutputs(shards.slice(0, 2), fresh());
    expect(missing.problems).toContain('shards missing: 3/3');
    const twice = await mergeOutputs([shards[0]!, shards[0]!, shards[1]!, shards[2]!], fresh());
    expect(twice.counts.failed).toBe(ids[0]!.length);
    expect(twice.failures[0]).toMatchObject({ code: 'E106' });
  }, 120_000);
});
