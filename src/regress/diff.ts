import type { DocRecord } from '../schema/record.js';
import { itemsOf, type Item } from './items.js';

export interface Change {
  document: string;
  layer: Item['layer'];
  kind: 'added' | 'removed' | 'changed';
  start: number;
  end: number;
  text: string;
  /** Old and new statements (`changed`), or the one statement. */
  before?: string;
  after?: string;
  /** Rule of the new item (added/changed) or of the old one (removed); both when they differ. */
  rule: string;
  /** The text around the span, for reading the change without opening the record. */
  context: string;
}

export interface DocDiff {
  document: string;
  status: 'same' | 'changed' | 'added' | 'removed';
  changes: Change[];
}

const CONTEXT = 40;
function contextOf(text: string, start: number, end: number): string {
  if (start === end) return '';
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

/** Per-document differences between two records of the same document (either may be missing). */
export function diffRecords(document: string, before: DocRecord | null, after: DocRecord | null): DocDiff {
  if (!before || !after) {
    return { document, status: before ? 'removed' : 'added', changes: [] };
  }
  const index = (items: Item[]) => new Map(items.map((i) => [`${i.layer}|${i.key}`, i]));
  const old = index(itemsOf(before));
  const now = index(itemsOf(after));
  const changes: Change[] = [];
  for (const [k, a] of now) {
    const b = old.get(k);
    const context = contextOf(after.text, a.start, a.end);
    if (!b)
      changes.push({
        document,
        layer: a.layer,
        kind: 'added',
        start: a.start,
        end: a.end,
        text: a.text,
        after: a.says,
        rule: a.rule,
        context,
      });
    else if (b.says !== a.says || b.rule !== a.rule) {
      const rule = b.rule === a.rule ? a.rule : `${b.rule} → ${a.rule}`;
      changes.push({
        document,
        layer: a.layer,
        kind: 'changed',
        start: a.start,
        end: a.end,
        text: a.text,
        before: b.says,
        after: a.says,
        rule,
        context,
      });
    }
  }
  for (const [k, b] of old) {
    if (!now.has(k)) {
      changes.push({
        document,
        layer: b.layer,
        kind: 'removed',
        start: b.start,
        end: b.end,
        text: b.text,
        before: b.says,
        rule: b.rule,
        context: contextOf(before.text, b.start, b.end),
      });
    }
  }
  changes.sort((x, y) => x.start - y.start || x.layer.localeCompare(y.layer));
  return { document, status: changes.length ? 'changed' : 'same', changes };
}

/** Counts of added / removed / changed per layer and rule, for the summary table. */
export function summarize(
  diffs: DocDiff[],
): { layer: string; rule: string; added: number; removed: number; changed: number }[] {
  const rows = new Map<string, { layer: string; rule: string; added: number; removed: number; changed: number }>();
  for (const d of diffs) {
    for (const c of d.changes) {
      const key = `${c.layer}|${c.rule}`;
      const row = rows.get(key) ?? { layer: c.layer, rule: c.rule, added: 0, removed: 0, changed: 0 };
      row[c.kind]++;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.layer.localeCompare(b.layer) || a.rule.localeCompare(b.rule));
}

export function formatDiff(diffs: DocDiff[]): string {
  const lines: string[] = [];
  for (const d of diffs) {
    if (d.status === 'same') continue;
    if (d.status !== 'changed') {
      lines.push(`${d.document}: record ${d.status}`);
      continue;
    }
    lines.push(`${d.document}:`);
    for (const c of d.changes) {
      const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
      const what = c.kind === 'changed' ? `${c.before} ⇒ ${c.after}` : (c.after ?? c.before ?? '');
      lines.push(`  ${sign} ${c.layer} ${c.start}-${c.end} "${c.text}" ${what} [${c.rule}]`);
      if (c.context) lines.push(`      ${c.context}`);
    }
  }
  const summary = summarize(diffs);
  if (summary.length) {
    lines.push('', 'layer        rule                                  added removed changed');
    for (const r of summary) {
      lines.push(
        `${r.layer.padEnd(12)} ${r.rule.padEnd(37)} ${String(r.added).padStart(5)} ${String(r.removed).padStart(7)} ${String(r.changed).padStart(7)}`,
      );
    }
  }
  const changed = diffs.filter((d) => d.status !== 'same').length;
  lines.push(`${changed} of ${diffs.length} document(s) differ`);
  return lines.join('\n') + '\n';
}
