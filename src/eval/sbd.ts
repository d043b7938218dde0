/**
 * Sentence-boundary evaluation: `npm run eval:sbd -- <file.jsonl> [--errors] [--predicted <file.jsonl>]`.
 *
 * Each line is `{"id","text","sentences"}` where `text` is the sentences joined by one space (the
 * UD Indonesian-GSD files in ../shared/eval/sbd/). Scores the sentence end offsets of `segment`
 * against the gold ends: precision, recall, F1, and the count of sentences found exactly (same
 * start and end). The end of each text counts as an end, as in the baselines' scoring.
 *
 * `--predicted` scores another segmenter's output instead of `segment`'s, with this same scorer: one
 * line per unit, `{"id","sentences"}` (scripts/sbd-peers.mjs writes them for `sbd` and `sentencex`).
 */
import { readJsonLines } from './jsonl.js';
import { segment } from '../stages/sentences.js';

interface Unit {
  id: string;
  text: string;
  sentences: string[];
}

/** The spans of `sentences` in `text`, found in order. */
function spansOf(unit: Unit): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const s of unit.sentences) {
    const start = unit.text.indexOf(s, at);
    if (start < 0) throw new Error(`${unit.id}: sentence not found in text: ${s.slice(0, 40)}`);
    spans.push({ start, end: start + s.length });
    at = start + s.length;
  }
  return spans;
}

function main(argv: string[]): void {
  const showErrors = argv.includes('--errors');
  const at = argv.indexOf('--predicted');
  const predictedFile = at >= 0 ? argv[at + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
  if (!file || (at >= 0 && !predictedFile)) {
    console.error('usage: npm run eval:sbd -- <file.jsonl> [--errors] [--predicted <file.jsonl>]');
    process.exitCode = 2;
    return;
  }
  const units = readJsonLines<Unit>(file);
  const predicted = predictedFile
    ? new Map(readJsonLines<{ id: string; sentences: string[] }>(predictedFile).map((p) => [p.id, p.sentences]))
    : null;
  const segmentUnit = (unit: Unit): { start: number; end: number }[] => {
    if (!predicted) return segment(unit.text);
    const sentences = predicted.get(unit.id);
    if (!sentences) throw new Error(`${predictedFile}: no line for ${unit.id}`);
    return spansOf({ ...unit, sentences });
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let goldCount = 0;
  let bytes = 0;
  let ms = 0;
  const errors: string[] = [];
  for (const unit of units) {
    const gold = spansOf(unit);
    bytes += Buffer.byteLength(unit.text);
    const t0 = performance.now();
    const found = segmentUnit(unit);
    ms += performance.now() - t0;
    goldCount += gold.length;
    const goldEnds = new Set(gold.map((s) => s.end));
    const foundEnds = new Set(found.map((s) => s.end));
    const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}`));
    for (const s of found) if (goldKeys.has(`${s.start}:${s.end}`)) exact++;
    const show = (kind: string, at: number): void => {
      const left = unit.text.slice(Math.max(0, at - 60), at);
      const right = unit.text.slice(at, at + 40);
      errors.push(`${kind} ${unit.id} @${at}: …${left}⟦|⟧${right}…`);
    };
    for (const end of foundEnds) {
      if (goldEnds.has(end)) tp++;
      else {
        fp++;
        show('FP', end);
      }
    }
    for (const end of goldEnds) {
      if (!foundEnds.has(end)) {
        fn++;
        show('FN', end);
      }
    }
  }
  // Speed on warm code: the scoring pass above also compiled it; time three more passes.
  const t1 = performance.now();
  for (let pass = 0; pass < 3; pass++) for (const unit of units) segment(unit.text);
  const warmMs = (performance.now() - t1) / 3;
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(`file: ${file}${predictedFile ? ` (predicted: ${predictedFile})` : ''}`);
  console.log(`units: ${units.length}, gold sentences: ${goldCount}`);
  console.log(
    `sentence ends: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log(`exact sentences: ${exact} / ${goldCount}`);
  const mbs = (t: number): string => (bytes / 1e6 / (t / 1000 || 1e-9)).toFixed(1);
  if (!predicted)
    console.log(
      `speed: ${mbs(warmMs)} MB/s warm (${mbs(ms)} MB/s on the first, cold pass) over ${(bytes / 1e3).toFixed(0)} kB`,
    );
  if (showErrors) for (const line of errors) console.log(line);
}

main(process.argv.slice(2));
