import { prf, type Accuracy, type DocScores, type Prf } from './score.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function sumPrf(items: Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of items) {
    tp += i.tp;
    fp += i.fp;
    fn += i.fn;
  }
  return prf(tp, fp, fn);
}
function sumAcc(items: Accuracy[]): Accuracy {
  const right = items.reduce((a, i) => a + i.right, 0);
  const total = items.reduce((a, i) => a + i.total, 0);
  return { right, total, accuracy: total === 0 ? 1 : right / total };
}
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** One table: a row per measure, micro-averaged over the documents, macro F1 beside it. */
export function formatScores(scores: DocScores[]): string {
  const rows: [string, string, string, string, string][] = [];
  const prfRow = (layer: string, pick: (s: DocScores) => Prf | null): void => {
    const items = scores.map(pick).filter((x): x is Prf => x !== null);
    if (items.length === 0) return;
    const micro = sumPrf(items);
    const macro = mean(items.map((i) => i.f1));
    rows.push([layer, pct(micro.precision), pct(micro.recall), pct(micro.f1), pct(macro)]);
  };
  const accRow = (layer: string, pick: (s: DocScores) => Accuracy | null): void => {
    const items = scores.map(pick).filter((x): x is Accuracy => x !== null);
    if (items.length === 0) return;
    const a = sumAcc(items);
    rows.push([layer, '', '', `${pct(a.accuracy)} (${a.right}/${a.total})`, pct(mean(items.map((i) => i.accuracy)))]);
  };
  accRow('language', (s) => ({ right: s.language.right ? 1 : 0, total: 1, accuracy: s.language.right ? 1 : 0 }));
  prfRow('sentences (ends)', (s) => s.sentences);
  accRow('sentences exact', (s) =>
    s.sentences
      ? { right: s.sentences.exact, total: s.sentences.gold, accuracy: s.sentences.exact / s.sentences.gold }
      : null,
  );
  prfRow('entities strict', (s) => s.entities.strict);
  prfRow('entities lenient', (s) => s.entities.lenient);
  for (const type of [...new Set(scores.flatMap((s) => Object.keys(s.entities.byType)))].sort()) {
    prfRow(`  ${type}`, (s) => s.entities.byType[type] ?? prf(0, 0, 0));
  }
  accRow('clusters whole', (s) => s.clusters.whole);
  prfRow('timex strict', (s) => s.timex.strict);
  prfRow('timex lenient', (s) => s.timex.lenient);
  accRow('timex value (DCT)', (s) => s.timex.value);
  accRow('timex value (no DCT)', (s) => s.timex.valueWithoutDct);
  prfRow('roles lenient', (s) => s.roles.lenient);
  accRow('roles holder', (s) => s.roles.holder);
  prfRow('commitments trigger', (s) => s.commitments.trigger);
  accRow('commitments type', (s) => s.commitments.type);
  accRow('commitments actors', (s) => s.commitments.actors);
  accRow('  of all required', (s) => s.commitments.actorsOfAll);
  accRow('commitments content', (s) => s.commitments.content);
  prfRow('quotes', (s) => s.quotes.found);
  accRow('quotes speaker', (s) => s.quotes.speaker);

  const head: [string, string, string, string, string] = ['layer', '    P', '    R', 'F1 / acc', 'macro'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const notes = scores.flatMap((s) => [
    ...s.clusters.split.map((c) => `${s.document}: gold cluster ${c} is split`),
    ...s.clusters.merged.map((c) => `${s.document}: predicted cluster ${c} merges gold clusters`),
  ]);
  return [`${scores.length} document(s)`, line(head), ...rows.map(line), ...notes].join('\n') + '\n';
}

/** A row per document: the figures that differ most between releases, to see where a change helps or hurts. */
export function formatByDocument(scores: DocScores[]): string {
  const cell = (a: Accuracy): string => (a.total === 0 ? '-' : `${a.right}/${a.total}`);
  const head = ['document', 'ent F1', 'holders', 'commit F1', 'actors/all', 'quotes F1', 'speakers'];
  const rows = scores.map((s) => [
    s.document,
    pct(s.entities.strict.f1),
    cell(s.roles.holder),
    pct(s.commitments.trigger.f1),
    cell(s.commitments.actorsOfAll),
    pct(s.quotes.found.f1),
    cell(s.quotes.speaker),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

/** Every miss, false hit and wrong link, document by document. */
export function formatErrors(scores: DocScores[]): string {
  return scores.flatMap((s) => s.errors.map((e) => `${s.document}: ${e}`)).join('\n') + '\n';
}
