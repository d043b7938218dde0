import type { DocRecord } from '../schema/record.js';
import type { GoldFile } from '../schema/gold.js';

/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accuracy as right / total, with the counts kept for micro-averaging. */
export interface Accuracy {
  right: number;
  total: number;
  accuracy: number;
}
const acc = (right: number, total: number): Accuracy => ({ right, total, accuracy: total === 0 ? 1 : right / total });

interface Off {
  start: number;
  end: number;
}
const overlaps = (a: Off, b: Off): boolean => a.start < b.end && b.start < a.end;
const overlapLen = (a: Off, b: Off): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface DocScores {
  document: string;
  language: { gold: string; predicted: string; right: boolean };
  /** Null when the gold file does not annotate sentences (e.g. imported from brat). */
  sentences: (Prf & { exact: number; gold: number }) | null;
  entities: { strict: Prf; lenient: Prf; byType: Record<string, Prf> };
  clusters: { whole: Accuracy; merged: string[]; split: string[] };
  timex: { strict: Prf; lenient: Prf; value: Accuracy; valueWithoutDct: Accuracy | null };
  roles: { lenient: Prf; holder: Accuracy };
  /**
   * `actors` is over the commitments found; `actorsOfAll` over all required ones, a missed commitment
   * counting as wrong: the figure an analyst asking "who committed to what" lives with.
   */
  commitments: { trigger: Prf; type: Accuracy; actors: Accuracy; actorsOfAll: Accuracy; content: Accuracy };
  quotes: { found: Prf; speaker: Accuracy };
  /** One line per miss, false hit or wrong link, for reading the errors (`siaran eval --errors`). */
  errors: string[];
}

/**
 * Scores one record against its gold file by the rules of the annotation guide (docs/ANNOTATION.md,
 * "Scoring"). `withoutDct` is the same document extracted without a document date, for the
 * `value_without_dct` column; pass null to leave that column out.
 */
export function scoreRecord(record: DocRecord, gold: GoldFile, withoutDct: DocRecord | null): DocScores {
  // Sentences: end offsets.
  const goldEnds = new Set(gold.sentences.map((s) => s.end));
  const predEnds = new Set(record.sentences.map((s) => s.end));
  const endTp = [...predEnds].filter((e) => goldEnds.has(e)).length;
  const goldExact = new Set(gold.sentences.map((s) => `${s.start}:${s.end}`));
  const exact = record.sentences.filter((s) => goldExact.has(`${s.start}:${s.end}`)).length;

  // Entities: required mentions; predictions on an optional mention are ignored.
  const required = gold.entities.filter((e) => e.required);
  const optional = gold.entities.filter((e) => !e.required);
  const preds = record.entities.filter(
    (p) => !optional.some((o) => overlaps(o, p) && !required.some((r) => overlaps(r, p) && r.type === p.type)),
  );
  const strictHit = (g: (typeof required)[number], p: DocRecord['entities'][number]): boolean =>
    g.start === p.start && g.end === p.end && g.type === p.type;
  const lenientHit = (g: (typeof required)[number], p: DocRecord['entities'][number]): boolean =>
    overlaps(g, p) && g.type === p.type;
  const strict = matchCount(required, preds, strictHit);
  const errors: string[] = [];
  const quote = (t: { start: number; end: number }) => JSON.stringify(record.text.slice(t.start, t.end));
  for (const g of required)
    if (!preds.some((p) => strictHit(g, p))) {
      const near = preds.find((p) => overlaps(g, p));
      errors.push(
        `entity missed ${g.type} ${quote(g)}` + (near ? ` (predicted ${near.type} ${quote(near)} ${near.rule})` : ''),
      );
    }
  for (const p of preds)
    if (!required.some((g) => strictHit(g, p)) && !required.some((g) => overlaps(g, p)))
      errors.push(`entity spurious ${p.type} ${quote(p)} ${p.rule}`);
  const lenient = matchCount(required, preds, lenientHit);
  const byType: Record<string, Prf> = {};
  for (const type of new Set([...required.map((e) => e.type), ...preds.map((e) => e.type)])) {
    const g = required.filter((e) => e.type === type);
    const p = preds.filter((e) => e.type === type);
    byType[type] = matchCount(g, p, strictHit);
  }

  // Clusters: gold cluster → predicted clusters of its matched mentions (same span, else overlapping
  // with the same type; an optional mention inside a longer name matches only itself).
  const predClustersOf = new Map<string, Set<string>>();
  const goldClustersOf = new Map<string, Set<string>>();
  for (const g of gold.entities) {
    const p =
      record.entities.find((x) => x.start === g.start && x.end === g.end) ??
      (g.required ? record.entities.find((x) => overlaps(x, g) && x.type === g.type) : undefined);
    if (!p) continue;
    if (!predClustersOf.has(g.entity)) predClustersOf.set(g.entity, new Set());
    predClustersOf.get(g.entity)!.add(p.cluster);
    if (!goldClustersOf.has(p.cluster)) goldClustersOf.set(p.cluster, new Set());
    goldClustersOf.get(p.cluster)!.add(g.entity);
  }
  const split = [...predClustersOf].filter(([, s]) => s.size > 1).map(([g]) => g);
  const merged = [...goldClustersOf].filter(([, s]) => s.size > 1).map(([p, s]) => `${p} ← ${[...s].join(' + ')}`);
  const goldClusterIds = Object.keys(gold.clusters);
  const whole = goldClusterIds.filter((id) => predClustersOf.get(id)?.size === 1).length;
  // Predicted cluster id → the gold cluster most of its mentions belong to.
  const toGold = (predCluster: string | null): string | null => {
    if (predCluster === null) return null;
    const s = goldClustersOf.get(predCluster);
    return s && s.size === 1 ? [...s][0]! : null;
  };

  // Timex.
  const goldTimex = gold.timex.filter((t) => t.required);
  const optTimex = gold.timex.filter((t) => !t.required);
  const predTimex = (r: DocRecord) =>
    r.timex.filter((p) => !optTimex.some((o) => overlaps(o, p)) || goldTimex.some((g) => overlaps(g, p)));
  const tStrict = matchCount(goldTimex, predTimex(record), (g, p) => g.start === p.start && g.end === p.end);
  const tLenient = matchCount(goldTimex, predTimex(record), overlaps);
  const valueAcc = (r: DocRecord, key: 'value' | 'value_without_dct'): Accuracy => {
    let right = 0;
    let total = 0;
    for (const g of goldTimex) {
      const p = r.timex.find((x) => overlaps(x, g));
      if (!p) continue;
      total++;
      if (p.value === (key === 'value' ? g.value : (g.value_without_dct ?? null))) right++;
    }
    return acc(right, total);
  };

  // Roles: lenient span, holder through the cluster mapping.
  const goldRoles = gold.roles.filter((r) => r.required);
  const optRoles = gold.roles.filter((r) => !r.required);
  const predRoles = record.roles.filter(
    (p) => !optRoles.some((o) => overlaps(o, p)) || goldRoles.some((g) => overlaps(g, p)),
  );
  const rLenient = matchCount(goldRoles, predRoles, overlaps);
  let holderRight = 0;
  let holderTotal = 0;
  for (const g of goldRoles) {
    // The predicted role that covers the gold one best (roles nest: `Menteri Pertahanan RI` in a longer title).
    let p: (typeof record.roles)[number] | undefined;
    for (const x of record.roles)
      if (
        overlaps(x, g) &&
        (!p ||
          overlapLen(x, g) - Math.abs(x.end - x.start - (g.end - g.start)) >
            overlapLen(p, g) - Math.abs(p.end - p.start - (g.end - g.start)))
      )
        p = x;
    if (!p) {
      errors.push(`role missed ${quote(g)} (holder ${g.holder})`);
      continue;
    }
    holderTotal++;
    if (toGold(p.holder) === g.holder) holderRight++;
    else errors.push(`role holder ${quote(g)}: gold ${g.holder}, predicted ${p.holder}`);
  }

  // Commitments: triggers overlap.
  const goldC = gold.commitments.filter((c) => c.required);
  const optC = gold.commitments.filter((c) => !c.required);
  const predC = record.commitments.filter(
    (p) => !optC.some((o) => overlaps(o.trigger, p.trigger)) || goldC.some((g) => overlaps(g.trigger, p.trigger)),
  );
  const cTrig = matchCount(goldC, predC, (g, p) => overlaps(g.trigger, p.trigger));
  for (const p of predC)
    if (!goldC.some((g) => overlaps(g.trigger, p.trigger)))
      errors.push(`commitment spurious ${p.type} ${quote(p.trigger)} ${p.rule}`);
  let typeRight = 0;
  let actorRight = 0;
  let contentRight = 0;
  let matched = 0;
  for (const g of goldC) {
    const p = record.commitments.find((x) => overlaps(x.trigger, g.trigger));
    if (!p) {
      errors.push(`commitment missed ${g.type} ${quote(g.trigger)} (actors ${g.actors.join(', ') || '-'})`);
      continue;
    }
    matched++;
    if (p.type === g.type) typeRight++;
    const actors = new Set(p.actors.map(toGold));
    if (actors.size === g.actors.length && g.actors.every((a) => actors.has(a))) actorRight++;
    else
      errors.push(
        `commitment actors ${quote(g.trigger)}: gold ${g.actors.join(', ') || '-'}, predicted ${p.actors.join(', ') || '-'}`,
      );
    if (g.content && p.content && tokenF1(g.content.text, p.content.text) >= 0.5) contentRight++;
  }

  // Quotes: a match covers at least 80% of the gold span.
  const qHit = (g: Off, p: Off): boolean => overlapLen(g, p) >= 0.8 * (g.end - g.start);
  const qFound = matchCount(gold.quotes, record.quotes, qHit);
  let speakerRight = 0;
  let speakerTotal = 0;
  for (const g of gold.quotes) {
    const p = record.quotes.find((x) => qHit(g, x));
    if (!p) {
      errors.push(`quote missed ${quote(g).slice(0, 60)}`);
      continue;
    }
    speakerTotal++;
    if (toGold(p.speaker) === g.speaker) speakerRight++;
    else errors.push(`quote speaker ${quote(g).slice(0, 40)}: gold ${g.speaker}, predicted ${p.speaker}`);
  }

  return {
    document: gold.document,
    language: { gold: gold.language, predicted: record.language.code, right: gold.language === record.language.code },
    sentences: gold.sentences.length
      ? { ...prf(endTp, predEnds.size - endTp, goldEnds.size - endTp), exact, gold: gold.sentences.length }
      : null,
    entities: { strict: strict, lenient: lenient, byType },
    clusters: { whole: acc(whole, goldClusterIds.length), merged, split },
    timex: {
      strict: tStrict,
      lenient: tLenient,
      value: valueAcc(record, 'value'),
      valueWithoutDct: withoutDct ? valueAcc(withoutDct, 'value_without_dct') : null,
    },
    roles: { lenient: rLenient, holder: acc(holderRight, holderTotal) },
    commitments: {
      trigger: cTrig,
      type: acc(typeRight, matched),
      actors: acc(actorRight, matched),
      actorsOfAll: acc(actorRight, goldC.length),
      content: acc(contentRight, matched),
    },
    quotes: { found: qFound, speaker: acc(speakerRight, speakerTotal) },
    errors,
  };
}

/** Greedy one-to-one matching; returns the P/R/F1 counts. */
function matchCount<G, P>(gold: readonly G[], pred: readonly P[], hit: (g: G, p: P) => boolean): Prf {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && hit(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return prf(tp, pred.length - tp, gold.length - tp);
}

/** Token F1 between two strings (lower-cased word tokens), for content overlap. */
export function tokenF1(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const ta = words(a);
  const tb = words(b);
  const counts = new Map<string, number>();
  for (const w of ta) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of tb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}
