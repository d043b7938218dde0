/**
 * Scores the timex stage on a TIMEX3 file in the IndoTimex JSONL shape, one article per line:
 * `{"doc","dct","text","timexes":[{start,end,text,type,value}]}`. Each article's `dct` is its
 * document date. Prints strict and lenient span P/R/F1 and value accuracy over strict matches,
 * once exactly and once ignoring a UTC offset the gold does not write (TimeML values carry no zone).
 *
 *   npm run eval:timex -- /path/to/indotimex-dev.jsonl [--errors]
 */
import { readJsonLines } from './jsonl.js';
import { scanTimex } from '../stages/timex.js';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}
interface Article {
  doc: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

export interface TimexScore {
  gold: number;
  predicted: number;
  strict: { tp: number; p: number; r: number; f1: number };
  lenient: { tp: number; p: number; r: number; f1: number };
  value: { matched: number; exact: number; accuracy: number; zoneInsensitive: number; accuracyZoneInsensitive: number };
  errors: string[];
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const dropZone = (v: string | null) => (v ?? '').replace(/(T\d{2}:\d{2}(?::\d{2})?)(?:Z|[+-]\d{2}:\d{2})/g, '$1');

export function scoreTimex(articles: Article[]): TimexScore {
  let gold = 0;
  let predicted = 0;
  let strictTp = 0;
  let lenientTp = 0;
  let exact = 0;
  let zoneless = 0;
  const errors: string[] = [];
  for (const a of articles) {
    const pred = scanTimex({ text: a.text, dct: a.dct });
    gold += a.timexes.length;
    predicted += pred.length;
    const byOffsets = new Map(pred.map((p) => [`${p.start}:${p.end}`, p]));
    const used = new Set<number>();
    for (const g of a.timexes) {
      const p = byOffsets.get(`${g.start}:${g.end}`);
      const overlap = pred.findIndex((q, i) => !used.has(i) && q.start < g.end && g.start < q.end);
      if (overlap >= 0) {
        lenientTp++;
        used.add(overlap);
      }
      if (p) {
        strictTp++;
        if (p.value === g.value) exact++;
        if (dropZone(p.value) === dropZone(g.value)) zoneless++;
        else errors.push(`VALUE ${a.doc} "${g.text}" gold ${g.value} got ${p.value} (${p.rule})`);
      } else {
        const near = overlap >= 0 ? pred[overlap]! : null;
        errors.push(
          `MISS  ${a.doc} "${g.text}" ${g.type} ${g.value}${near ? ` ~ got "${near.text}" ${near.value} (${near.rule})` : ''}`,
        );
      }
    }
    const goldKeys = new Set(a.timexes.map((g) => `${g.start}:${g.end}`));
    for (const p of pred) {
      if (!goldKeys.has(`${p.start}:${p.end}`) && !a.timexes.some((g) => g.start < p.end && p.start < g.end)) {
        errors.push(
          `EXTRA ${a.doc} "${p.text}" ${p.type} ${p.value} (${p.rule}) …${a.text.slice(Math.max(0, p.start - 30), p.end + 20).replace(/\s+/g, ' ')}…`,
        );
      }
    }
  }
  return {
    gold,
    predicted,
    strict: prf(strictTp, predicted, gold),
    lenient: prf(lenientTp, predicted, gold),
    value: {
      matched: strictTp,
      exact,
      accuracy: strictTp ? exact / strictTp : 0,
      zoneInsensitive: zoneless,
      accuracyZoneInsensitive: strictTp ? zoneless / strictTp : 0,
    },
    errors,
  };
}

function main(argv: string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run eval:timex -- <file.jsonl> [--errors]\n');
    process.exitCode = 2;
    return;
  }
  const articles = readJsonLines<Article>(file);
  const s = scoreTimex(articles);
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    [
      `timex eval: ${articles.length} articles, ${s.gold} gold, ${s.predicted} predicted`,
      `strict  span P ${f(s.strict.p)} R ${f(s.strict.r)} F1 ${f(s.strict.f1)}`,
      `lenient span P ${f(s.lenient.p)} R ${f(s.lenient.r)} F1 ${f(s.lenient.f1)}`,
      `value accuracy on ${s.value.matched} strict matches: ${f(s.value.accuracy)} exact, ${f(s.value.accuracyZoneInsensitive)} ignoring UTC offsets`,
      ...(argv.includes('--errors') ? ['', ...s.errors] : []),
      '',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
