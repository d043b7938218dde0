import type { DocRecord } from '../schema/record.js';

/**
 * A record's extractions flattened to comparable items: the layer, a key that identifies the
 * extraction across runs (its span), what it says (type, value, cluster …) and the rule behind it.
 */
export interface Item {
  layer: 'sentences' | 'entities' | 'timex' | 'roles' | 'quotes' | 'commitments' | 'dateline' | 'language' | 'dct';
  key: string;
  start: number;
  end: number;
  text: string;
  /** What the extraction says besides its span, as a short stable string. */
  says: string;
  rule: string;
}

const canonical = (record: DocRecord, id: string | null): string =>
  id === null ? '∅' : (record.clusters.find((c) => c.id === id)?.canonical ?? id);

export function itemsOf(record: DocRecord): Item[] {
  const items: Item[] = [];
  const at = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
  items.push({
    layer: 'language',
    key: 'doc',
    start: 0,
    end: 0,
    text: '',
    says: record.language.code,
    rule: record.language.rule ?? 'lid',
  });
  if (record.dct)
    items.push({
      layer: 'dct',
      key: 'doc',
      start: 0,
      end: 0,
      text: '',
      says: `${record.dct.value} (${record.dct.source})`,
      rule: 'dct',
    });
  if (record.dateline) {
    const d = record.dateline;
    items.push({
      layer: 'dateline',
      key: at(d),
      start: d.start,
      end: d.end,
      text: d.text,
      says: d.date?.value ?? '',
      rule: d.rule,
    });
  }
  for (const s of record.sentences)
    items.push({
      layer: 'sentences',
      key: at(s),
      start: s.start,
      end: s.end,
      text: s.text ?? record.text.slice(s.start, s.end),
      says: s.language ?? '',
      rule: s.rule ?? 'sbd',
    });
  for (const e of record.entities) {
    items.push({
      layer: 'entities',
      key: at(e),
      start: e.start,
      end: e.end,
      text: e.text,
      says: `${e.type} → ${canonical(record, e.cluster)}`,
      rule: e.rule,
    });
  }
  for (const t of record.timex) {
    items.push({
      layer: 'timex',
      key: at(t),
      start: t.start,
      end: t.end,
      text: t.text,
      says: `${t.type} ${t.value ?? 'null'}${t.mod ? ` ${t.mod}` : ''}`,
      rule: t.rule,
    });
  }
  for (const r of record.roles) {
    items.push({
      layer: 'roles',
      key: at(r),
      start: r.start,
      end: r.end,
      text: r.text,
      says: `holder ${canonical(record, r.holder)}, org ${canonical(record, r.organization)}`,
      rule: r.rule,
    });
  }
  for (const q of record.quotes) {
    items.push({
      layer: 'quotes',
      key: at(q),
      start: q.start,
      end: q.end,
      text: q.text,
      says: `speaker ${canonical(record, q.speaker)}, cue ${q.cue?.text ?? '∅'}`,
      rule: q.rule ?? 'quote',
    });
  }
  for (const c of record.commitments) {
    const names = (ids: string[]) => ids.map((id) => canonical(record, id)).join(' + ') || '∅';
    const says = [
      c.type,
      `actors ${names(c.actors)}`,
      c.target.length ? `target ${names(c.target)}` : '',
      c.status ?? '',
      c.negated ? 'negated' : '',
      c.content ? `content ${c.content.start}-${c.content.end}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    items.push({
      layer: 'commitments',
      key: at(c.trigger),
      start: c.trigger.start,
      end: c.trigger.end,
      text: c.trigger.text,
      says,
      rule: c.rule,
    });
  }
  return items;
}
