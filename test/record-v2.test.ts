import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { referenceProblems } from '../src/record/refs.js';
import { goldenMeta, goldenText } from './helpers/golden.js';

// The bulk evaluation set (JSON lines), shared by the worktrees; the test reads its first lines only.
const BULK = new URL('../../shared/eval/bulk/bulk-id.jsonl', import.meta.url);
const SLICE = 200;

describe('record v2: ids and references', () => {
  it('gives the golden record ids in layer order and links that resolve', () => {
    const r = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    expect(r.schemaVersion).toBe('2.0');
    expect(r.entities[0]!.id).toBe('e1');
    expect(r.sentences.map((s) => s.id).slice(0, 3)).toEqual(['s1', 's2', 's3']);
    expect(referenceProblems(r)).toEqual([]);
    // Quotes and timex carry their sentence; a quote's speaker and a role's holder are named by a mention.
    for (const q of r.quotes)
      if (q.speaker) expect(r.entities.find((e) => e.id === q.speakerMention)?.cluster).toBe(q.speaker);
    for (const c of r.commitments) expect(c.actorMentions).toHaveLength(c.actors.length);
  });

  it('is the same record, ids included, when extracted twice', () => {
    const a = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    const b = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it.skipIf(!existsSync(BULK))(`resolves every id reference in the first ${SLICE} bulk-set records`, () => {
    const lines = readFileSync(BULK, 'utf8').split('\n').filter(Boolean).slice(0, SLICE);
    const problems: string[] = [];
    let refs = 0;
    for (const line of lines) {
      const doc = JSON.parse(line) as { id: string; text: string; dct?: string };
      const r = extract(doc.text, { id: doc.id, ...(doc.dct ? { dct: doc.dct } : {}) });
      for (const p of referenceProblems(r)) problems.push(`${doc.id} ${p}`);
      refs += r.commitments.reduce((n, c) => n + c.actorMentions.length, 0) + r.quotes.length + r.roles.length;
    }
    expect(problems).toEqual([]);
    expect(refs).toBeGreaterThan(100);
  });
});
