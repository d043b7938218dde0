import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeOutputs } from '../src/batch/merge.js';
import { runBatch, type RunOptions } from '../src/batch/run.js';
import { csvField } from '../src/export/csv.js';
import { exportCsv } from '../src/export/index.js';
import { Manifest, type ManifestEntry } from '../src/schema/manifest.js';
import { DocRecord } from '../src/schema/record.js';
import { extract } from '../src/index.js';
import { hostileRecord } from './report-fixture.js';

// Issue #16: each reproduction of a hostile input, shard, sidecar or record, as a test. Library
// calls run in-process; the CLI ones run the built dist/ (`npm test` builds it first).

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const siaran = (args: string[], opts: { uid?: number; gid?: number; timeout?: number } = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, ...opts });

const base = mkdtempSync(path.join(tmpdir(), 'siaran-hardening-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const dir = path.join(base, String(++n));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const manifestOf = (out: string): Manifest =>
  Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const entryOf = (out: string, id: string): ManifestEntry | undefined =>
  manifestOf(out).documents.find((d) => d.id === id);
const recordsOf = (out: string): DocRecord[] =>
  readFileSync(path.join(out, 'records.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => DocRecord.parse(JSON.parse(l)));
const run = (inputs: string[], options: RunOptions) => runBatch(inputs, { workers: 0, ...options });
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
/** Opens a tree to `nobody` (the CLI runs as nobody when the tests run as root). */
const openUp = (dir: string): void => {
  for (let p = dir; p !== path.dirname(p) && p.startsWith(base); p = path.dirname(p)) chmodSync(p, 0o777);
  chmodSync(base, 0o777);
};

const release = (i: number): string =>
  `Jakarta – Menteri Luar Negeri Republik Indonesia bertemu dengan Menteri Perdagangan pada hari Senin (${i}/1). ` +
  `Kedua pihak sepakat untuk memperkuat kerja sama ekonomi.\n`;

/** A folder of `count` releases named doc-N.txt. */
function inputOf(count: number, names: (i: number) => string = (i) => `doc-${i}.txt`): string {
  const dir = path.join(fresh(), 'in');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, names(i)), release(i));
  return dir;
}

describe('merge: a crafted shard cannot read or write outside its folders', () => {
  /** One real output, then its manifest rewritten with `record` set to `record`. */
  async function craftedShard(record: string, id = 'doc-0'): Promise<string> {
    const shard = path.join(fresh(), 'shard');
    await run([inputOf(2)], { out: shard, files: true });
    const manifest = manifestOf(shard);
    const entry = manifest.documents.find((d) => d.id === 'doc-0')!;
    entry.record = record;
    entry.id = id;
    writeFileSync(path.join(shard, 'manifest.json'), JSON.stringify(manifest, null, 2));
    return shard;
  }

  it('a record path with .. or an absolute one fails that entry with E108, reads nothing and exits 1', async () => {
    const secret = path.join(fresh(), 'secret.json');
    writeFileSync(secret, JSON.stringify({ secret: 'do not copy' }));
    for (const record of [path.relative(base, secret).replace(/^/, '../'.repeat(4)), secret, 'records/../../x.json']) {
      const shard = await craftedShard(record);
      const out = path.join(fresh(), 'merged');
      const summary = await mergeOutputs([shard], out);
      expect(summary.counts.failed).toBe(1);
      expect(summary.failures[0]).toMatchObject({ id: 'doc-0', code: 'E108' });
      expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).not.toContain('do not copy');
      expect(recordsOf(out).map((r) => r.id)).toEqual(['doc-1']);
    }
    const r = siaran(['merge', await craftedShard('../../../../../etc/passwd'), '--out', path.join(fresh(), 'm')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a plain relative path');
  });

  it('an id that climbs out of --out writes nothing outside it (E108)', async () => {
    const shard = await craftedShard('records/doc-0.json', '../../escaped/evil');
    const top = fresh();
    const out = path.join(top, 'a', 'merged');
    const summary = await mergeOutputs([shard], out);
    expect(summary.failures[0]).toMatchObject({ code: 'E108' });
    expect(existsSync(path.join(top, 'escaped'))).toBe(false);
  });

  it('a record file that is a link out of the shard, or not the record of its id, is not copied', async () => {
    const outside = path.join(fresh(), 'outside.json');
    writeFileSync(outside, JSON.stringify(hostileRecord('doc-0')));
    const shard = await craftedShard('records/doc-0.json');
    rmSync(path.join(shard, 'records', 'doc-0.json'));
    symlinkSync(outside, path.join(shard, 'records', 'doc-0.json'));
    const linked = await mergeOutputs([shard], path.join(fresh(), 'merged'));
    expect(linked.failures[0]).toMatchObject({ id: 'doc-0', code: 'E108' });

    const other = await craftedShard('records/doc-1.json'); // doc-0's entry names doc-1's record
    const swapped = await mergeOutputs([other], path.join(fresh(), 'merged'));
    expect(swapped.failures[0]).toMatchObject({ id: 'doc-0', code: 'E101' });
    expect(swapped.failures[0]!.reason).toContain('record of "doc-1"');
  });

  it("a records.jsonl line that is not where its entry says, or another id's, is not copied (E101)", async () => {
    const shard = path.join(fresh(), 'shard');
    await run([inputOf(2)], { out: shard });
    const manifest = manifestOf(shard);
    const [zero, one] = manifest.documents;
    zero!.offset = one!.offset; // doc-0's entry points at doc-1's line
    zero!.length = one!.length;
    one!.offset = one!.offset! + 1; // doc-1's at the middle of its line
    writeFileSync(path.join(shard, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const out = path.join(fresh(), 'merged');
    const summary = await mergeOutputs([shard], out);
    expect(summary.failures.map((f) => [f.id, f.code])).toEqual([
      ['doc-0', 'E101'],
      ['doc-1', 'E101'],
    ]);
    expect(summary.failures[0]!.reason).toContain('record of "doc-1"');
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe('');
  });
});

describe('records read back: ids are plain relative paths', () => {
  it('the record schema refuses an id that is not one (the rule ids from paths follow)', () => {
    const ok = hostileRecord('jahat/doc');
    expect(DocRecord.safeParse(ok).success).toBe(true);
    for (const id of ['../../escaped/evil', '/etc/evil', 'a/../../b', 'a//b', '.', '']) {
      expect(DocRecord.safeParse({ ...ok, id }).success, id).toBe(false);
    }
  });

  it('brat export of a record with id ../../escaped/evil writes nothing outside --out and exits 1', () => {
    const dir = fresh();
    const records = path.join(dir, 'records.jsonl');
    writeFileSync(
      records,
      JSON.stringify({ ...hostileRecord('evil'), id: '../../escaped/evil' }) +
        '\n' +
        JSON.stringify(hostileRecord('baik')) +
        '\n',
    );
    const out = path.join(dir, 'a', 'b', 'brat');
    const r = siaran(['brat', 'export', records, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('id');
    expect(existsSync(path.join(dir, 'a', 'escaped'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual([
      'annotation.conf',
      'baik.ann',
      'baik.meta.json',
      'baik.txt',
      'visual.conf',
    ]);
  });
});

describe('CSV formula injection', () => {
  it('cells starting with = + - @ tab or CR get a leading quote; numbers do not; --raw-cells turns it off', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(-1)).toBe('-1');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('=1+2', true)).toBe('=1+2');
  });

  it('a document id =1+2 and a quote +cmd… are neutralised in the exported files', async () => {
    const dir = fresh();
    const text = `Jakarta – Menteri Luar Negeri Retno Marsudi mengatakan bahwa kerja sama penting. "+cmd|' /C calc'!A0 adalah kata kami," kata Retno.`;
    const record = extract(text, { id: '=1+2' });
    expect(record.quotes[0]!.text.startsWith('+cmd')).toBe(true);
    writeFileSync(path.join(dir, 'records.jsonl'), JSON.stringify(record) + '\n');
    const cells = (file: string) => readFileSync(file, 'utf8').split('\r\n')[1]!;
    await exportCsv(path.join(dir, 'records.jsonl'), path.join(dir, 'csv'));
    expect(cells(path.join(dir, 'csv', 'mentions.csv')).startsWith("'=1+2,")).toBe(true);
    expect(cells(path.join(dir, 'csv', 'quotes.csv'))).toContain(`,"'+cmd|' /C calc'!A0 adalah kata kami,",`);
    await exportCsv(path.join(dir, 'records.jsonl'), path.join(dir, 'raw'), { rawCells: true });
    expect(cells(path.join(dir, 'raw', 'mentions.csv')).startsWith('=1+2,')).toBe(true);
    expect(cells(path.join(dir, 'raw', 'quotes.csv'))).toContain(`,"+cmd|' /C calc'!A0 adalah kata kami,",`);
  });
});

describe('reserved names in the output folder', () => {
  it('an input under .siaran-tmp/ keeps its record and is reused', async () => {
    const input = inputOf(1);
    mkdirSync(path.join(input, '.siaran-tmp'));
    writeFileSync(path.join(input, '.siaran-tmp', 'x.txt'), release(7));
    const out = path.join(fresh(), 'out');
    await run([input], { out, files: true });
    expect(entryOf(out, '.siaran-tmp/x')).toMatchObject({ status: 'done', record: 'records/.siaran-tmp/x.json' });
    expect((await run([input], { out, files: true })).reused).toBe(2);
  });

  it('an input named manifest.txt (or records.txt, journal.txt) has its own record file and is reused, not redone', async () => {
    const input = inputOf(4, (i) => ['manifest.txt', 'records.txt', 'journal.txt', 'doc.txt'][i]!);
    const out = path.join(fresh(), 'out');
    await run([input], { out, files: true });
    expect(manifestOf(out).counts.done).toBe(4);
    expect(entryOf(out, 'manifest')).toMatchObject({ status: 'done', record: 'records/manifest.json' });
    expect(DocRecord.parse(JSON.parse(readFileSync(path.join(out, 'records', 'manifest.json'), 'utf8'))).id).toBe(
      'manifest',
    );
    const again = await run([input], { out, files: true });
    expect(again.reused).toBe(4);
    const merged = path.join(fresh(), 'merged');
    await mergeOutputs([out], merged);
    expect(recordsOf(merged).map((r) => r.id)).toEqual(['doc', 'journal', 'manifest', 'records']);
  });
});

describe('sidecars', () => {
  /** One release with the sidecar `meta` (a string is written as is), extracted; its record. */
  async function withSidecar(meta: string | Buffer): Promise<DocRecord> {
    const input = inputOf(1);
    writeFileSync(path.join(input, 'doc-0.meta.json'), meta);
    const out = path.join(path.dirname(input), 'out');
    await run([input], { out });
    return recordsOf(out)[0]!;
  }
  const w103 = (r: DocRecord) => r.warnings.filter((w) => w.code === 'W103');

  it('a valid sidecar is used: dct, title and other keys kept', async () => {
    const r = await withSidecar(JSON.stringify({ dct: '2021-01-27', title: 'Judul', tags: ['a'] }));
    expect(r.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(r.meta).toEqual({ title: 'Judul', tags: ['a'] });
    expect(w103(r)).toEqual([]);
  });

  it('"dctSource" from a sidecar cannot throw or spoof provenance (W103, ignored)', async () => {
    for (const dctSource of ['bogus', 'option']) {
      const r = await withSidecar(JSON.stringify({ dct: '2021-01-27', dctSource }));
      expect(w103(r)).toHaveLength(1);
      expect(w103(r)[0]!.message).toContain('dctSource');
      expect(r.dct).toBeNull();
    }
    const typed = await withSidecar(JSON.stringify({ title: 42 }));
    expect(w103(typed)[0]!.message).toContain('title');
  });

  it('a 100k-deep sidecar, a 30 MB title and invalid UTF-8 are each one W103, not a failure', async () => {
    const deep = await withSidecar('['.repeat(100_000) + ']'.repeat(100_000));
    expect(w103(deep)).toHaveLength(1); // over the size limit already
    const nested = await withSidecar('{"a":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}');
    expect(w103(nested)[0]!.message).toContain('nested');
    const big = await withSidecar(JSON.stringify({ title: 'x'.repeat(30 * 1024 * 1024) }));
    expect(w103(big)[0]!.message).toContain('over the limit');
    expect(big.meta).toEqual({});
    const bad = await withSidecar(Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])); // {"t":"\xff"}
    expect(w103(bad)[0]!.message).toContain('UTF-8');
  });

  it('an unreadable sidecar (chmod 000) is W103', () => {
    const input = inputOf(1);
    const sidecar = path.join(input, 'doc-0.meta.json');
    writeFileSync(sidecar, '{"title": "rahasia"}');
    chmodSync(sidecar, 0o000);
    openUp(input);
    const out = path.join(path.dirname(input), 'out');
    const r = siaran(['extract', input, '--out', out, '--workers', '0'], asNobody);
    expect(r.status).toBe(0);
    const record = recordsOf(out)[0]!;
    expect(record.warnings).toContainEqual({
      code: 'W103',
      message: `${sidecar}: sidecar cannot be read (EACCES); ignored`,
    });
  });

  it('a FIFO sidecar does not hang the run, with or without workers (W103)', () => {
    for (const workers of ['0', '1']) {
      const input = inputOf(2);
      execFileSync('mkfifo', [path.join(input, 'doc-0.meta.json')]);
      const out = path.join(path.dirname(input), 'out');
      const r = siaran(
        ['extract', input, '--out', out, '--workers', workers, ...(workers === '0' ? [] : ['--timeout', '30'])],
        { timeout: 60_000 },
      );
      expect(r.signal, `--workers ${workers}`).toBeNull();
      expect(r.status).toBe(0);
      const record = recordsOf(out).find((x) => x.id === 'doc-0')!;
      expect(record.warnings.some((w) => w.code === 'W103' && w.message.includes('not a regular file'))).toBe(true);
    }
  });
});

describe('the lock on --out', () => {
  it('a second run into a locked folder exits 1 naming the holder; a lock left by a dead process is taken over', async () => {
    const input = inputOf(3);
    const out = path.join(fresh(), 'out');
    mkdirSync(out, { recursive: true });
    const holder = spawnSync('sleep', ['0']); // a pid that is gone
    writeFileSync(path.join(out, '.siaran-lock'), JSON.stringify({ host: hostname(), pid: process.pid, since: 'now' }));
    const r = siaran(['extract', input, '--out', out, '--workers', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `siaran: ${out}: locked by process ${process.pid} on ${hostname()} (since now), which is writing there; wait for it, or remove ${path.join(out, '.siaran-lock')} if no siaran run uses this folder`,
    ]);
    const other = path.join(fresh(), 'other');
    await run([input], { out: other });
    await expect(mergeOutputs([other], out)).rejects.toThrow(/locked by process/);
    writeFileSync(path.join(out, '.siaran-lock'), JSON.stringify({ host: hostname(), pid: holder.pid, since: 'then' }));
    const summary = await run([input], { out });
    expect(summary.counts.done).toBe(3);
    expect(existsSync(path.join(out, '.siaran-lock'))).toBe(false);
  });

  it('two runs at once into one folder: one completes, the other exits 1; the manifest lists every document', async () => {
    const input = inputOf(40);
    const out = path.join(fresh(), 'out');
    const args = [cli, 'extract', input, '--out', out, '--workers', '0'];
    const runs = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, args, { stdio: 'ignore' });
            child.on('exit', (code) => resolve(code));
          }),
      ),
    );
    expect(runs.sort()).toEqual([0, 1]);
    expect(manifestOf(out).counts.done).toBe(40);
    expect(recordsOf(out)).toHaveLength(40);
  });
});

describe('--timeout with --workers 0, and an output that cannot be written', () => {
  it('--workers 0 refuses --timeout (exit 2): it can only be enforced on worker threads', () => {
    const r = siaran(['extract', inputOf(1), '--out', path.join(fresh(), 'out'), '--workers', '0', '--timeout', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--timeout applies to worker threads only');
  });

  it('an unwritable --out exits 1 with one line and no stack trace, with or without workers', () => {
    for (const workers of ['0', '1']) {
      const input = inputOf(2);
      const out = path.join(path.dirname(input), 'out');
      mkdirSync(out);
      openUp(input);
      chmodSync(out, 0o555);
      const r = siaran(['extract', input, '--out', out, '--workers', workers], { ...asNobody, timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('EACCES');
      chmodSync(out, 0o777);
      const again = siaran(['extract', input, '--out', out, '--workers', workers], asNobody);
      expect(again.status).toBe(0);
    }
  });
});

describe('symbolic links out of the input folder', () => {
  function linked(): string {
    const input = inputOf(1);
    const elsewhere = path.join(fresh(), 'elsewhere');
    mkdirSync(path.join(elsewhere, 'sub'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'rahasia.txt'), release(9));
    writeFileSync(path.join(elsewhere, 'sub', 'lagi.txt'), release(10));
    symlinkSync(path.join(elsewhere, 'rahasia.txt'), path.join(input, 'passwd.txt'));
    symlinkSync(path.join(elsewhere, 'sub'), path.join(input, 'etc'));
    symlinkSync(path.join(input, 'doc-0.txt'), path.join(input, 'within.txt'));
    return input;
  }

  it('are followed by default; --stay-inside follows only links inside; --no-follow none (E109, skipped)', async () => {
    const input = linked();
    const ids = async (links?: 'inside' | 'none') => {
      const out = path.join(fresh(), 'out');
      await run([input], { out, ...(links ? { links } : {}) });
      return manifestOf(out).documents.map((d) => `${d.id ?? d.path} ${d.status}${d.code ? ' ' + d.code : ''}`);
    };
    expect(await ids()).toEqual(['doc-0 done', 'etc/lagi done', 'passwd done', 'within done']);
    expect(await ids('inside')).toEqual([
      'doc-0 done',
      `${path.join(input, 'etc')} skipped E109`,
      'passwd skipped E109',
      'within done',
    ]);
    expect(await ids('none')).toEqual([
      'doc-0 done',
      `${path.join(input, 'etc')} skipped E109`,
      'passwd skipped E109',
      'within skipped E109',
    ]);
    const r = siaran(['extract', input, '--out', path.join(fresh(), 'out'), '--workers', '0', '--no-follow']);
    expect(r.status).toBe(0);
  });
});

describe('random bytes', () => {
  it('without NUL are no language (und), whichever way they decode', async () => {
    const { randomBytes } = await import('node:crypto');
    const { decode } = await import('../src/text/decode.js');
    for (let k = 0; k < 6; k++) {
      const bytes = randomBytes(400 + 700 * k);
      for (let i = 0; i < bytes.length; i++) {
        if (k % 2) bytes[i] = bytes[i]! & 0x7f; // ASCII only
        if (bytes[i] === 0) bytes[i] = 1;
      }
      const record = extract(decode(bytes).text, { id: `r${k}` });
      expect(record.language, `sample ${k}`).toMatchObject({ code: 'und', rule: 'lid.not-text' });
    }
  });
});

describe('crafted input and the call stack', () => {
  it('a chain of 5,000 `Kementerian Alpha dan …` does not overflow the stack in headAt', () => {
    const text = 'Jakarta – ' + Array.from({ length: 5000 }, () => 'Kementerian Alpha').join(' dan ') + '.';
    const record = extract(text, { id: 'rantai' });
    expect(record.entities.filter((e) => e.text === 'Kementerian Alpha')).toHaveLength(5000);
  });
});

describe('a full disk (#16)', () => {
  // A 256 KB tmpfs of its own (only as root; elsewhere skipped): the run fills it mid-way.
  const mnt = path.join(fresh(), 'mnt');
  mkdirSync(mnt);
  const mounted =
    process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', [mnt]);
  });

  it.skipIf(!mounted)(
    'exits 1 with one line naming the file, writes the manifest of what is done, and a rerun completes',
    () => {
      const input = inputOf(150);
      const out = path.join(mnt, 'out');
      const r = siaran(['extract', input, '--out', out, '--workers', '0']);
      expect(r.status, r.stderr).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^siaran: ${mnt}/\\S+: no space left on the device \\(ENOSPC`));
      // In-process the records wait in the writer's buffer: the manifest lists those that made it to
      // disk whole (with workers, what was not yet copied from their part files is redone).
      const m = manifestOf(out);
      expect(m.interrupted).toBe(true);
      expect(m.documents.length).toBeGreaterThan(0);
      expect(m.documents.length).toBeLessThan(150);
      const all = readFileSync(path.join(out, 'records.jsonl'));
      for (const e of m.documents) {
        const record = DocRecord.parse(JSON.parse(all.subarray(e.offset!, e.offset! + e.length!).toString('utf8')));
        expect(record.id).toBe(e.id);
      }
      expect(readdirSync(out).sort()).toEqual(['manifest.json', 'records.jsonl']);

      expect(spawnSync('mount', ['-o', 'remount,size=16m', mnt]).status).toBe(0); // space freed
      const again = siaran(['extract', input, '--out', out, '--workers', '2']);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stderr).toContain(`(${m.documents.length} reused`);
      expect(manifestOf(out).documents).toHaveLength(150);
      expect(recordsOf(out)).toHaveLength(150);
    },
    120_000,
  );
});
