import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Doc, LAYERS, type Layer, type Stage } from '../src/doc.js';
import { STAGES } from '../src/pipeline.js';

const IS_LAYER = new Set<string>(LAYERS);

/** The doc seen through a Proxy that records every layer the stage reads or writes outside its declaration. */
function watched(doc: Doc, stage: Stage, undeclared: string[]): Doc {
  const mayRead = new Set<Layer>([...stage.requires, ...stage.assigns]);
  const mayWrite = new Set<Layer>(stage.assigns);
  return new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === 'string' && IS_LAYER.has(key) && !mayRead.has(key as Layer)) undeclared.push(`reads ${key}`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string' && IS_LAYER.has(key) && !mayWrite.has(key as Layer)) undeclared.push(`writes ${key}`);
      return Reflect.set(target, key, value, receiver);
    },
  });
}

/**
 * Runs the pipeline as runPipeline does, each stage on its own watched view of the doc; the undeclared uses by stage.
 */
function undeclaredUses(text: string, meta: Record<string, unknown> = {}): Record<string, string[]> {
  const doc = new Doc(text, meta);
  const found: Record<string, string[]> = {};
  for (const stage of STAGES) {
    if (stage.indonesianOnly && doc.language && doc.language.code !== 'ind') continue;
    const undeclared: string[] = [];
    stage.run(watched(doc, stage, undeclared));
    if (undeclared.length > 0) found[stage.name] = [...new Set(undeclared)];
  }
  return found;
}

const texts: { name: string; text: string; meta: Record<string, unknown> }[] = [];
const golden = 'corpus/arsom-2021';
texts.push({
  name: golden,
  text: readFileSync(`${golden}.txt`, 'utf8'),
  meta: JSON.parse(readFileSync(`${golden}.meta.json`, 'utf8')),
});
const fixtures = 'test/regression/corpus';
for (const name of readdirSync(fixtures)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const metaFile = join(fixtures, name.replace(/\.txt$/, '.meta.json'));
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
  texts.push({ name: join(fixtures, name), text: readFileSync(join(fixtures, name), 'utf8'), meta });
}

describe('stages read and write only the layers they declare', () => {
  for (const t of texts) {
    it(t.name, () => expect(undeclaredUses(t.text, t.meta)).toEqual({}));
  }
  it('the check sees an undeclared read and an undeclared write', () => {
    const sneaky: Stage = {
      name: 'sneaky',
      requires: [],
      assigns: ['timex'],
      indonesianOnly: false,
      run: (doc) => {
        if (doc.roles.length === 0) doc.quotes = [];
      },
    };
    const undeclared: string[] = [];
    sneaky.run(watched(new Doc('Teks.'), sneaky, undeclared));
    expect(undeclared).toEqual(['reads roles', 'writes quotes']);
  });
});
