import { Commitment, CommitmentType, EntityType, TimexType, type DocRecord } from '../schema/record.js';
import type { GoldFile } from '../schema/gold.js';
import { toCodePoints, toUtf16 } from '../text/offsets.js';

/**
 * brat standoff (https://brat.nlplab.org/standoff.html) so analysts can correct output in an
 * annotation tool and turn it into gold, with every layer of the annotation guide kept: export →
 * import of an uncorrected record gives a gold file that scores the record 1.0 on every layer
 * (test/brat.test.ts). brat counts offsets in code points (Python strings), ours are UTF-16 units:
 * both directions convert. A span that crosses a line break is written as fragments, which brat
 * requires.
 *
 * Mapping (`annotation.conf` declares it for brat):
 * - sentences → `T SENTENCE`; the dateline's place → `T DATELINE` (`entity=` its cluster);
 * - entities → `T` typed by entity type, `cluster=ID` in an `AnnotatorNotes` line; the first mention
 *   of a cluster also carries its `canonical=`, `aliases=` (`|`-separated) and `country=`;
 * - timex → `T TIMEX_<TYPE>` with `value=` (and `mod=`);
 * - roles → `T ROLE` with `holder=` and `organization=` (cluster ids);
 * - quotes → `T QUOTE` with `speaker=`, the cue a `T CUE` joined to it by a `Cue` relation;
 * - commitments → the trigger `T` typed by the commitment type and an `E` event whose `Actor`,
 *   `Target` and `Object` arguments point at the mention the record names (`actorMentions` …) and `Content` at a
 *   `T CONTENT` span; `Status` (done / intended) and `Negated` are brat attributes of the event;
 * - the document date and language → the `<id>.meta.json` sidecar beside the `.txt`, siaran's own
 *   sidecar format, so the exported folder can also be extracted again as it is.
 * Note values are escaped (`%`, `;`, `|`, `=`, tab and line ends as %XX), so any name survives.
 */

// The record schema's own enums: a type added there is exported and declared here too.
const ENTITY_TYPES = EntityType.options;
const COMMITMENT_TYPES = CommitmentType.options;
const TIMEX_TYPES = TimexType.options;
const STATUSES = Commitment.shape.status.unwrap().options;

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
const escapeValue = (v: string): string =>
  v.replace(/[%;|=\t\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const unescapeValue = (v: string): string =>
  v.replace(/%([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const noteOf = (pairs: [string, string | null | undefined][]): string =>
  pairs
    .filter((p): p is [string, string | null] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${v === null ? 'null' : escapeValue(v)}`)
    .join('; ');

/** The sidecar written beside an exported text: what brat has no place for. */
export interface BratSidecar {
  dct?: string;
  language: string;
}

export function toBrat(record: DocRecord): { txt: string; ann: string; sidecar: BratSidecar } {
  const cp = toCodePoints(record.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const addT = (type: string, s: { start: number; end: number }, note?: string): string => {
    const id = `T${++t}`;
    lines.push(
      `${id}\t${type} ${fragments(record.text, s.start, s.end, cp)}\t${oneLine(record.text.slice(s.start, s.end))}`,
    );
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
    return id;
  };
  for (const s of record.sentences) addT('SENTENCE', s);
  const clusters = new Map(record.clusters.map((c) => [c.id, c]));
  const mentionOf = new Map<string, string>();
  /** The brat id of each mention, by the mention's record id (`e12` → `T40`). */
  const tOf = new Map<string, string>();
  for (const e of record.entities) {
    const c = clusters.get(e.cluster);
    const first = !mentionOf.has(e.cluster) && c !== undefined;
    const id = addT(
      e.type,
      e,
      noteOf([
        ['cluster', e.cluster],
        ...(first
          ? ([
              ['canonical', c.canonical],
              ['aliases', c.aliases.length ? c.aliases.join('|') : undefined],
              ['country', c.country],
            ] as [string, string | undefined][])
          : []),
      ]),
    );
    if (!mentionOf.has(e.cluster)) mentionOf.set(e.cluster, id);
    tOf.set(e.id, id);
  }
  const place = record.dateline?.place;
  if (place) {
    const at = record.entities.find((e) => e.start === place.start && e.end === place.end);
    addT('DATELINE', place, at ? noteOf([['entity', at.cluster]]) : undefined);
  }
  for (const x of record.timex)
    addT(
      `TIMEX_${x.type}`,
      x,
      noteOf([
        ['value', x.value],
        ['mod', x.mod],
      ]),
    );
  for (const r of record.roles)
    addT(
      'ROLE',
      r,
      noteOf([
        ['holder', r.holder],
        ['organization', r.organization],
      ]),
    );
  let rel = 0;
  for (const q of record.quotes) {
    const quote = addT('QUOTE', q, noteOf([['speaker', q.speaker]]));
    if (q.cue) lines.push(`R${++rel}\tCue Arg1:${quote} Arg2:${addT('CUE', q.cue)}`);
  }
  let e = 0;
  let a = 0;
  for (const c of record.commitments) {
    const trig = addT(c.type, c.trigger);
    // Each argument points at the mention the record names for it (else a mention of its cluster).
    const arg = (mention: string | null | undefined, cluster: string) =>
      (mention ? tOf.get(mention) : undefined) ?? mentionOf.get(cluster);
    const args: string[] = [];
    const push = (role: string, clusters: string[], mentions: (string | null)[]) =>
      clusters.forEach((x, i) => {
        const t = arg(mentions[i], x);
        if (t !== undefined) args.push(`${role}${i ? i + 1 : ''}:${t}`);
      });
    push('Actor', c.actors, c.actorMentions);
    push('Target', c.target, c.targetMentions);
    push('Object', c.object, c.objectMentions);
    if (c.content) args.push(`Content:${addT('CONTENT', c.content)}`);
    const event = `E${++e}`;
    lines.push(`${event}\t${c.type}:${trig}${args.length ? ' ' + args.join(' ') : ''}`);
    if (c.status) lines.push(`A${++a}\tStatus ${event} ${c.status}`);
    if (c.negated) lines.push(`A${++a}\tNegated ${event}`);
  }
  const sidecar: BratSidecar = { language: record.language.code };
  if (record.dct) sidecar.dct = record.dct.value;
  return { txt: record.text, ann: lines.join('\n') + (lines.length ? '\n' : ''), sidecar };
}

/** brat's `annotation.conf` for what `toBrat` writes. */
export function annotationConf(): string {
  const entity = '<ENTITY>';
  const events = COMMITMENT_TYPES.map(
    (type) =>
      `${type}\tActor*:${entity}, Actor2*:${entity}, Target*:${entity}, Target2*:${entity}, Object*:${entity}, Object2*:${entity}, Content?:CONTENT`,
  );
  return [
    '# siaran: the layers of docs/ANNOTATION.md as brat types (written by siaran brat export)',
    '[entities]',
    '!ENTITY',
    ...ENTITY_TYPES.map((t) => `\t${t}`),
    ...TIMEX_TYPES.map((t) => `TIMEX_${t}`),
    'ROLE',
    'QUOTE',
    'CUE',
    'CONTENT',
    'SENTENCE',
    'DATELINE',
    '',
    '[relations]',
    'Cue\tArg1:QUOTE, Arg2:CUE',
    '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    ...events,
    '',
    '[attributes]',
    `Status\tArg:<EVENT>, Value:${STATUSES.join('|')}`,
    'Negated\tArg:<EVENT>',
    '',
  ].join('\n');
}

/** brat's `visual.conf`: short labels and the report's colours. */
export function visualConf(colours: Record<string, string>): string {
  const label = (t: string, short: string) => `${t} | ${t} | ${short}`;
  return [
    '[labels]',
    ...ENTITY_TYPES.map((t) => label(t, t.slice(0, 3))),
    ...TIMEX_TYPES.map((t) => label(`TIMEX_${t}`, t.slice(0, 3))),
    ...COMMITMENT_TYPES.map((t) => label(t, t.slice(0, 4))),
    label('SENTENCE', 'S'),
    '',
    '[drawing]',
    ...ENTITY_TYPES.map((t) => `${t}\tbgColor:${colours[t] ?? '#ced4da'}`),
    ...TIMEX_TYPES.map((t) => `TIMEX_${t}\tbgColor:#b2f2bb`),
    ...COMMITMENT_TYPES.map((t) => `${t}\tbgColor:#ffa94d`),
    'QUOTE\tbgColor:#fff3bf',
    'CUE\tbgColor:#ffe066',
    'CONTENT\tbgColor:#ffe8cc',
    'SENTENCE\tbgColor:#f1f3f5',
    '',
  ].join('\n');
}

const ENTITY_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const COMMITMENT_SET: ReadonlySet<string> = new Set(COMMITMENT_TYPES);

/**
 * A brat `.ann` (with its `.txt`, and the sidecar when there is one) back to a gold file in the
 * golden format. Clusters come from the `cluster=` notes (a mention without one is its own cluster);
 * a layer with no annotation in the file is left empty (sentences of a hand-made brat file, say),
 * and `eval` skips a layer the gold leaves out.
 */
export function fromBrat(document: string, txt: string, ann: string, sidecar: Partial<BratSidecar> = {}): GoldFile {
  const u16 = toUtf16(txt);
  const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
  const notes = new Map<string, string>();
  const events = new Map<
    string,
    { type: string; trigger: string; args: [string, string][]; status?: string; negated?: boolean }
  >();
  const cues = new Map<string, string>();
  const attributes: [string, string, string | undefined][] = [];
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
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(body);
      if (m && text !== undefined) notes.set(m[1]!, text);
    } else if (id.startsWith('E')) {
      const [head, ...rest] = body.split(' ');
      const [type, trigger] = head!.split(':') as [string, string];
      events.set(id, { type, trigger, args: rest.map((a) => a.split(':') as [string, string]) });
    } else if (id.startsWith('R')) {
      const m = /^Cue Arg1:(\S+) Arg2:(\S+)$/.exec(body);
      if (m) cues.set(m[1]!, m[2]!);
    } else if (id.startsWith('A')) {
      const [name, target, value] = body.split(' ');
      if (name && target) attributes.push([name, target, value]);
    }
  }
  for (const [name, target, value] of attributes) {
    const ev = events.get(target);
    if (!ev) continue;
    if (name === 'Status' && value) ev.status = value;
    if (name === 'Negated') ev.negated = true;
  }
  const note = (id: string, key: string): string | null => {
    const m = new RegExp(`(?:^|; )${key}=([^;]*)`).exec(notes.get(id) ?? '');
    return m ? (m[1] === 'null' ? null : unescapeValue(m[1]!)) : null;
  };
  const gold: GoldFile = {
    document,
    language: sidecar.language ?? 'ind',
    ...(sidecar.dct !== undefined ? { dct: sidecar.dct } : {}),
    sentences: [],
    clusters: {},
    entities: [],
    timex: [],
    roles: [],
    commitments: [],
    quotes: [],
  };
  const clusterOf = new Map<string, string>();
  const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  for (const [id, s] of spans) {
    if (!ENTITY_SET.has(s.type)) continue;
    const cluster = note(id, 'cluster') ?? id;
    clusterOf.set(id, cluster);
    const canonical = note(id, 'canonical');
    if (canonical !== null || !gold.clusters[cluster]) {
      const aliases = note(id, 'aliases');
      const country = note(id, 'country');
      gold.clusters[cluster] = {
        type: s.type,
        canonical: canonical ?? s.text,
        ...(aliases !== null ? { aliases: aliases.split('|') } : {}),
        ...(country !== null ? { country } : {}),
      };
    }
    gold.entities.push({ ...span(s), type: s.type, entity: cluster, required: true });
  }
  for (const [id, s] of spans) {
    if (s.type === 'SENTENCE') gold.sentences.push(span(s));
    else if (s.type === 'DATELINE') {
      const entity = note(id, 'entity');
      gold.dateline = { ...span(s), ...(entity !== null ? { entity } : {}) };
    } else if (s.type.startsWith('TIMEX_'))
      gold.timex.push({ ...span(s), type: s.type.slice(6), value: note(id, 'value'), required: true });
    else if (s.type === 'ROLE')
      gold.roles.push({
        ...span(s),
        holder: note(id, 'holder'),
        organization: note(id, 'organization'),
        required: true,
      });
    else if (s.type === 'QUOTE') {
      const cue = cues.get(id);
      const cueSpan = cue === undefined ? undefined : spans.get(cue);
      gold.quotes.push({ ...span(s), speaker: note(id, 'speaker'), cue: cueSpan ? span(cueSpan) : null });
    }
  }
  for (const ev of events.values()) {
    const trig = spans.get(ev.trigger);
    if (!trig || !COMMITMENT_SET.has(ev.type)) continue;
    const pick = (role: string) =>
      ev.args.filter(([r]) => r.replace(/\d+$/, '') === role).map(([, t]) => clusterOf.get(t) ?? t);
    const content = ev.args.find(([r]) => r === 'Content');
    const contentSpan = content ? spans.get(content[1]) : undefined;
    gold.commitments.push({
      type: ev.type,
      trigger: span(trig),
      actors: pick('Actor'),
      target: pick('Target'),
      object: pick('Object'),
      content: contentSpan ? span(contentSpan) : null,
      ...(ev.status ? { status: ev.status } : {}),
      ...(ev.negated ? { negated: true } : {}),
      required: true,
    });
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  for (const layer of [gold.sentences, gold.entities, gold.timex, gold.roles, gold.quotes]) layer.sort(byStart);
  gold.commitments.sort((a, b) => a.trigger.start - b.trigger.start);
  return gold;
}
