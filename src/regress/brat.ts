import type { DocRecord } from '../schema/record.js';
import type { GoldFile } from '../schema/gold.js';
import { toCodePoints, toUtf16 } from '../text/offsets.js';

/**
 * brat standoff (https://brat.nlplab.org/standoff.html) so analysts can correct output in an
 * annotation tool and turn it into gold. brat counts offsets in code points (Python strings), ours
 * are UTF-16 units: both directions convert. A span that crosses a line break is written as
 * fragments, which brat requires.
 *
 * Mapping: entities → `T` with their type, their cluster in an `AnnotatorNotes` line
 * (`cluster=ID`); timex → `T` typed `TIMEX_<TYPE>` with `value=…`; roles → `T ROLE` with
 * `holder=…; organization=…`; quotes → `T QUOTE` with `speaker=…`; commitments → trigger `T` typed
 * by the commitment type and an `E` event line whose `Actor`/`Target`/`Object` arguments point at
 * a mention of each cluster.
 */

function fragments(text: string, start: number, end: number, cp: (u: number) => number): string {
  const parts: string[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      if (i > s) parts.push(`${cp(s)} ${cp(i)}`);
      s = i + 1;
    }
  }
  return parts.join(';');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

export function toBrat(record: DocRecord): { txt: string; ann: string } {
  const cp = toCodePoints(record.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const mentionOf = new Map<string, string>();
  const addT = (type: string, s: { start: number; end: number; text: string }, note?: string): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(record.text, s.start, s.end, cp)}\t${oneLine(s.text)}`);
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
    return id;
  };
  for (const e of record.entities) {
    const id = addT(e.type, e, `cluster=${e.cluster}`);
    if (!mentionOf.has(e.cluster)) mentionOf.set(e.cluster, id);
  }
  for (const x of record.timex) addT(`TIMEX_${x.type}`, x, `value=${x.value ?? 'null'}`);
  for (const r of record.roles) addT('ROLE', r, `holder=${r.holder ?? 'null'}; organization=${r.organization ?? 'null'}`);
  for (const q of record.quotes) addT('QUOTE', q, `speaker=${q.speaker ?? 'null'}`);
  let e = 0;
  for (const c of record.commitments) {
    const trig = addT(c.type, c.trigger, [c.status ? `status=${c.status}` : '', c.negated ? 'negated' : ''].filter(Boolean).join('; ') || undefined);
    const args = [
      ...c.actors.map((a, i) => [`Actor${i ? i + 1 : ''}`, a] as const),
      ...c.target.map((a, i) => [`Target${i ? i + 1 : ''}`, a] as const),
      ...c.object.map((a, i) => [`Object${i ? i + 1 : ''}`, a] as const),
    ]
      .filter(([, cluster]) => mentionOf.has(cluster))
      .map(([role, cluster]) => `${role}:${mentionOf.get(cluster)}`);
    lines.push(`E${++e}\t${c.type}:${trig}${args.length ? ' ' + args.join(' ') : ''}`);
  }
  return { txt: record.text, ann: lines.join('\n') + (lines.length ? '\n' : '') };
}

const COMMITMENT_TYPES = new Set(['AGREE', 'PLEDGE', 'PROPOSE', 'OFFER', 'SUPPORT', 'ENCOURAGE', 'SIGN']);
const ENTITY_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'DOCUMENT', 'PRODUCT']);

/**
 * A brat `.ann` (with its `.txt`) back to a gold file in the golden format. Clusters come from the
 * `cluster=` notes (a mention without one is its own cluster); sentences are left empty (not
 * annotated in brat), and `eval` skips a layer the gold leaves out.
 */
export function fromBrat(document: string, txt: string, ann: string): GoldFile {
  const u16 = toUtf16(txt);
  const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
  const notes = new Map<string, string>();
  const events: { type: string; trigger: string; args: [string, string][] }[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      if (!m) throw new Error(`${document}: cannot read brat line "${line}"`);
      const ranges = m[2]!.split(';').map((r) => r.split(' ').map(Number) as [number, number]);
      const start = u16(ranges[0]![0]);
      const end = u16(ranges[ranges.length - 1]![1]);
      spans.set(id, { type: m[1]!, start, end, text: txt.slice(start, end) });
      void text;
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(body);
      if (m && text !== undefined) notes.set(m[1]!, text);
    } else if (id.startsWith('E')) {
      const [head, ...rest] = body.split(' ');
      const [type, trigger] = head!.split(':') as [string, string];
      events.push({ type, trigger, args: rest.map((a) => a.split(':') as [string, string]) });
    }
  }
  const note = (id: string, key: string): string | null => {
    const m = new RegExp(`(?:^|; )${key}=([^;]*)`).exec(notes.get(id) ?? '');
    return m ? (m[1] === 'null' ? null : m[1]!) : null;
  };
  const gold: GoldFile = { document, language: 'ind', sentences: [], clusters: {}, entities: [], timex: [], roles: [], commitments: [], quotes: [] };
  const clusterOf = new Map<string, string>();
  for (const [id, s] of spans) {
    if (!ENTITY_TYPES.has(s.type)) continue;
    const cluster = note(id, 'cluster') ?? id;
    clusterOf.set(id, cluster);
    gold.clusters[cluster] ??= { type: s.type, canonical: s.text };
    gold.entities.push({ start: s.start, end: s.end, text: s.text, type: s.type, entity: cluster, required: true });
  }
  for (const [id, s] of spans) {
    const span = { start: s.start, end: s.end, text: s.text };
    if (s.type.startsWith('TIMEX_')) gold.timex.push({ ...span, type: s.type.slice(6), value: note(id, 'value'), required: true });
    else if (s.type === 'ROLE') gold.roles.push({ ...span, holder: note(id, 'holder'), organization: note(id, 'organization'), required: true });
    else if (s.type === 'QUOTE') gold.quotes.push({ ...span, speaker: note(id, 'speaker') });
  }
  for (const ev of events) {
    const trig = spans.get(ev.trigger);
    if (!trig || !COMMITMENT_TYPES.has(ev.type)) continue;
    const pick = (role: string) => ev.args.filter(([r]) => r.replace(/\d+$/, '') === role).map(([, t]) => clusterOf.get(t) ?? t);
    gold.commitments.push({
      type: ev.type,
      trigger: { start: trig.start, end: trig.end, text: trig.text },
      actors: pick('Actor'),
      target: pick('Target'),
      object: pick('Object'),
      required: true,
    });
  }
  gold.entities.sort((a, b) => a.start - b.start);
  gold.timex.sort((a, b) => a.start - b.start);
  return gold;
}
