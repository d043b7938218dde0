/**
 * Strict span F1 of PERSON / ORGANIZATION / LOCATION against a CoNLL file (`token<TAB>BIO-tag`,
 * blank line between sentences), per type and overall.
 *
 *   npm run eval:ner -- ../shared/eval/ner/idner-news-2k/dev.conll [--errors]
 *
 * Each sentence is one document, its tokens joined by single spaces. Dataset tags map to ours:
 * PER/PERSON/PPL → PERSON, LOC/LOCATION/PLACE/PLC → LOCATION, ORG/ORGANIZATION/ORGANISATION/IND →
 * ORGANIZATION; other tags (TIME, QUANTITY, EVT, FNB) and our EVENT/DOCUMENT/PRODUCT are not scored.
 *
 * Where a dataset's guideline differs from ANNOTATION.md on what a span is, the gold is read the
 * ANNOTATION.md way (`reconcile`, off with `--raw`; docs/EVALUATION.md lists the figures both ways):
 * - `Badan Kesehatan Dunia (WHO)`, `Susilo Bambang Yudhoyono ( SBY )` as one gold span is two
 *   mentions, the name and its acronym (ANNOTATION.md: the acronym is an alias mention of its own);
 * - brackets glued to a token (`(Jokowi)`, `PPP)`) are not part of the name;
 * - a form of address that opens a gold PERSON (`Pak Wiranto`) stays outside it, like every honorific;
 * - idner tags a country only where it is a place (`di Indonesia`), not where it acts (`Israel
 *   menyerang`, `warga Palestina`), while ANNOTATION.md makes countries LOCATION everywhere: on idner
 *   a predicted country that overlaps no gold mention is ignored, as an optional gold mention would be;
 * - bare `pemerintah` (`ent.government`) is an optional mention in ANNOTATION.md: unmatched, it is not scored.
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../doc.js';
import { runPipeline } from '../pipeline.js';
import { entitiesStage } from '../stages/entities.js';
import { rolesStage } from '../stages/roles.js';
import { sentencesStage } from '../stages/sentences.js';

const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
type Scored = (typeof TYPES)[number];
const MAP: Record<string, Scored> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  PPL: 'PERSON',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  PLACE: 'LOCATION',
  PLC: 'LOCATION',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  ORGANISATION: 'ORGANIZATION',
  IND: 'ORGANIZATION',
};

export interface Sentence {
  text: string;
  gold: { start: number; end: number; type: Scored }[];
}

/** Scoring conventions of a dataset that differ from ANNOTATION.md (see the file comment). */
export interface Conventions {
  /** Gold spans read the ANNOTATION.md way: acronyms apart, glued brackets and forms of address out. */
  spans: boolean;
  /** Countries are tagged only as places (idner): an unmatched predicted country is not scored. */
  countriesOnlyAsPlaces: boolean;
}
const RAW: Conventions = { spans: false, countriesOnlyAsPlaces: false };
/** Conventions by file path: every set gets the span reading, idner also its country rule. */
export function conventionsFor(path: string, raw = false): Conventions {
  if (raw) return RAW;
  return { spans: true, countriesOnlyAsPlaces: /idner/i.test(path) };
}

const ACRONYM_TAIL = /^(.*\S)\s*\(\s*(\S+?)\s*\)$/;
const UPPER2 = /\p{Lu}.*\p{Lu}/u;
const ADDRESS = /^(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Bung)\s+(?=\p{Lu})/u;

/** One gold span read the ANNOTATION.md way: 0, 1 or 2 spans (name and acronym). */
function reconcileSpan(text: string, g: Sentence['gold'][number]): Sentence['gold'] {
  let { start, end } = g;
  // `(Jokowi)`, `PPP)`: brackets at the edge that do not enclose part of the name.
  const inner = () => text.slice(start, end);
  if (inner().startsWith('(') && !inner().slice(1).includes('('))
    start = start + 1 + (inner().slice(1).length - inner().slice(1).trimStart().length);
  if (inner().endsWith(')') && !inner().includes('(')) end = start + inner().slice(0, -1).trimEnd().length;
  if (end <= start) return [];
  // `Badan Kesehatan Dunia (WHO)`: the name and its acronym (two capitals or more, not `(Persero)`).
  const m = ACRONYM_TAIL.exec(inner());
  if (m && UPPER2.test(m[2]!)) {
    const acrStart = start + inner().lastIndexOf(m[2]!);
    return [
      ...reconcileSpan(text, { start, end: start + m[1]!.length, type: g.type }),
      { start: acrStart, end: acrStart + m[2]!.length, type: g.type },
    ];
  }
  // `Pak Wiranto`: the form of address stays outside a person's name.
  const a = g.type === 'PERSON' ? ADDRESS.exec(inner()) : null;
  if (a) start += a[0].length;
  return [{ start, end, type: g.type }];
}

/** The sentences with their gold read under the given conventions. */
export function reconcile(sentences: readonly Sentence[], conv: Conventions): Sentence[] {
  if (!conv.spans) return [...sentences];
  return sentences.map((s) => ({ text: s.text, gold: s.gold.flatMap((g) => reconcileSpan(s.text, g)) }));
}

/** Reads a CoNLL file into sentences with gold character spans (conlleval chunking). */
export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let toks: { text: string; tag: string }[] = [];
  const flush = () => {
    if (toks.length === 0) return;
    let text = '';
    const gold: Sentence['gold'] = [];
    let open: { start: number; end: number; label: string } | null = null;
    const close = () => {
      if (open && MAP[open.label]) gold.push({ start: open.start, end: open.end, type: MAP[open.label]! });
      open = null;
    };
    for (const t of toks) {
      const start = text.length + (text ? 1 : 0);
      text += (text ? ' ' : '') + t.text;
      const end = text.length;
      const [bio, label = ''] = t.tag === 'O' ? ['O'] : [t.tag.slice(0, 1), t.tag.slice(2)];
      if (bio === 'I' && open && open.label === label) open.end = end;
      else {
        close();
        if (bio === 'B' || bio === 'I') open = { start, end, label };
      }
    }
    close();
    out.push({ text, gold });
    toks = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    toks.push({ text: line.slice(0, tab), tag: line.slice(tab + 1).trim() });
  }
  flush();
  return out;
}

export interface NerScore {
  perType: Record<Scored | 'ALL', { tp: number; fp: number; fn: number; p: number; r: number; f1: number }>;
  errors: string[];
  /** Predictions per rule that matched (tp) or did not (fp), over the scored types. */
  byRule: Record<string, { tp: number; fp: number }>;
}

export function scoreNer(sentences: readonly Sentence[], conv: Conventions = RAW): NerScore {
  const counts = Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Scored | 'ALL',
    { tp: number; fp: number; fn: number }
  >;
  const errors: string[] = [];
  const byRule: NerScore['byRule'] = {};
  for (const s of sentences) {
    const doc = runPipeline(new Doc(s.text), [sentencesStage, entitiesStage]);
    const countries = new Set(doc.clusters.filter((c) => c.ref?.startsWith('country.')).map((c) => c.id));
    const pred = doc.entities
      .filter((e) => (TYPES as readonly string[]).includes(e.type))
      // idner: a country where no gold mention is may be one that acts, which idner leaves untagged.
      .filter(
        (e) =>
          !(
            conv.countriesOnlyAsPlaces &&
            countries.has(e.cluster) &&
            !s.gold.some((g) => g.start < e.end && e.start < g.end)
          ),
      )
      // A common noun standing for a body (`pemerintah`) is an optional mention in ANNOTATION.md, which no set tags:
      // unmatched, it is not scored.
      .filter((e) => !(e.rule === 'ent.government' && !s.gold.some((g) => g.start < e.end && e.start < g.end)))
      .map((e) => ({ start: e.start, end: e.end, type: e.type as Scored, rule: e.rule }));
    const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(s.gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const e of pred) {
      const hit = goldKeys.has(key(e));
      counts[e.type][hit ? 'tp' : 'fp']++;
      const rs = (byRule[e.rule] ??= { tp: 0, fp: 0 });
      rs[hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
      if (!hit) errors.push(`FP ${e.type.padEnd(12)} ${s.text.slice(e.start, e.end)}  [${e.rule}]  | ${s.text}`);
    }
    for (const e of s.gold) {
      if (predKeys.has(key(e))) continue;
      counts[e.type].fn++;
      counts.ALL.fn++;
      errors.push(`FN ${e.type.padEnd(12)} ${s.text.slice(e.start, e.end)}  | ${s.text}`);
    }
  }
  const perType = {} as NerScore['perType'];
  for (const [t, c] of Object.entries(counts) as [Scored | 'ALL', { tp: number; fp: number; fn: number }][]) {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    perType[t] = { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return { perType, errors, byRule };
}

/** FNV-1a hash of a string with a salt: a stable pseudo-random rank per entity. */
function rank(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * `--sample <bulk.jsonl> [--prefix gov-] [--per 60] [--seed 7]`: for judging precision on real
 * releases. Runs sentences + entities + roles on each line whose `id` starts with the prefix and
 * prints, per type, the `per` entities with the lowest seeded hash of `id:start:end:text` (a fixed
 * sample that keeps its members when other output changes), as TSV: key, type, rule, text, context.
 * `--roles` prints the roles with no holder instead.
 */
function sample(argv: string[]): void {
  const opt = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const file = opt('--sample', '');
  const prefix = opt('--prefix', 'gov-');
  const per = Number(opt('--per', '60'));
  const seed = Number(opt('--seed', '7'));
  const byType = new Map<string, { r: number; line: string }[]>();
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const rec = JSON.parse(raw) as { id: string; text: string };
    if (!rec.id.startsWith(prefix)) continue;
    const doc = runPipeline(new Doc(rec.text), [sentencesStage, entitiesStage, rolesStage]);
    if (argv.includes('--roles')) {
      for (const r of doc.roles)
        if (!r.holder)
          console.log(
            `${rec.id}\t${r.text}\t| ${rec.text.slice(Math.max(0, r.start - 40), r.end + 60).replace(/\s+/g, ' ')}`,
          );
      continue;
    }
    for (const e of doc.entities) {
      const key = `${rec.id}:${e.start}:${e.end}`;
      const ctx = (
        rec.text.slice(Math.max(0, e.start - 50), e.start) +
        '[[' +
        e.text +
        ']]' +
        rec.text.slice(e.end, e.end + 50)
      ).replace(/\s+/g, ' ');
      const list = byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!;
      list.push({ r: rank(`${key}:${e.text}`, seed), line: `${key}\t${e.type}\t${e.rule}\t${e.text}\t${ctx}` });
    }
  }
  for (const [, list] of [...byType].sort()) {
    list.sort((x, y) => x.r - y.r);
    for (const x of list.slice(0, per)) console.log(x.line);
  }
}

function main(argv: string[]): void {
  if (argv.includes('--sample')) return sample(argv);
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run eval:ner -- <file.conll> [more.conll …] [--errors] [--rules] [--raw]');
    process.exitCode = 2;
    return;
  }
  for (const f of files) {
    const conv = conventionsFor(f, argv.includes('--raw'));
    const sentences = reconcile(readConll(f), conv);
    const t0 = performance.now();
    const { perType, errors, byRule } = scoreNer(sentences, conv);
    const ms = performance.now() - t0;
    console.log(
      `\n${f} — ${sentences.length} sentences, ${ms.toFixed(0)} ms, ${conv.spans ? `ANNOTATION.md spans${conv.countriesOnlyAsPlaces ? ', countries only as places' : ''}` : 'raw gold'}`,
    );
    console.log('| type | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|');
    for (const [t, c] of Object.entries(perType)) {
      console.log(
        `| ${t} | ${c.p.toFixed(3)} | ${c.r.toFixed(3)} | **${c.f1.toFixed(3)}** | ${c.tp} | ${c.fp} | ${c.fn} |`,
      );
    }
    if (argv.includes('--rules'))
      for (const [r, c] of Object.entries(byRule)) console.log(`${r.padEnd(24)} tp ${c.tp}  fp ${c.fp}`);
    if (argv.includes('--errors')) for (const e of errors) console.log(e);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
