import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { DocRecord } from '../src/schema/record.js';
import { diffRecords, formatDiff } from '../src/regress/diff.js';

/**
 * Reviewed expected records for real releases (test/regression/corpus: the golden document's
 * neighbours from ministry sites, official publications). A rule change that alters any extraction
 * fails here with the diff and the rule behind each change, until the snapshots are updated on
 * purpose with `npm run snapshots:update` (and the diff reviewed in the commit).
 */
const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const update = process.env.SIARAN_UPDATE_SNAPSHOTS === '1';
const snapshots = dir('./regression/snapshots/');

const documents: { id: string; text: string; meta: Record<string, unknown> }[] = [
  {
    id: 'arsom-2021',
    text: readFileSync(dir('../corpus/arsom-2021.txt'), 'utf8'),
    meta: JSON.parse(readFileSync(dir('../corpus/arsom-2021.meta.json'), 'utf8')),
  },
  ...readdirSync(dir('./regression/corpus/'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const metaFile = dir(`./regression/corpus/${id}.meta.json`);
      return {
        id,
        text: readFileSync(dir(`./regression/corpus/${f}`), 'utf8'),
        meta: existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {},
      };
    }),
];

describe('regression snapshots', () => {
  it('has the golden document and at least 10 real releases', () => {
    expect(documents.length).toBeGreaterThanOrEqual(11);
  });

  for (const doc of documents) {
    it(doc.id, () => {
      const record = extract(doc.text, { ...doc.meta, id: doc.id });
      const file = `${snapshots}${doc.id}.json`;
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`no snapshot for ${doc.id}: run npm run snapshots:update and review it`);
        mkdirSync(snapshots, { recursive: true });
        writeFileSync(file, JSON.stringify(record, null, 1) + '\n');
        return;
      }
      const expected = DocRecord.parse(JSON.parse(readFileSync(file, 'utf8')));
      const diff = diffRecords(doc.id, expected, record);
      expect(diff.changes, formatDiff([diff])).toEqual([]);
    });
  }
});
