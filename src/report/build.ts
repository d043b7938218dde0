import { createHash } from 'node:crypto';
import type { Manifest } from '../schema/manifest.js';
import { EntityType, type Cluster, type DocRecord } from '../schema/record.js';
import { CSS, ENTITY_COLOURS, SCRIPT } from './assets.js';
import { isDrawable, segment, type Mark } from './highlight.js';
import { esc, jsonForScript, safeLink } from './html.js';
import type { LoadProblem } from '../batch/records.js';

export interface ReportOptions {
  /** Documents shown with their text and highlights (the rest count in the overview only). Default 100. */
  maxDocs?: number;
  /** Rows of the commitments table. Default 5000. */
  maxRows?: number;
  title?: string;
  /** Shown in the header; default now. Fixed in tests. */
  generatedAt?: string;
  /** Where the records came from, shown in the header. */
  origin?: string;
}

/** What a highlight says on hover and in the detail panel. */
interface MarkInfo {
  layer: string;
  fields: [string, string][];
}

interface DocData {
  id: string;
  marks: Record<string, MarkInfo>;
}

interface CommitmentRow {
  doc: number;
  id: string;
  type: string;
  actors: string[];
  /** Every name the actors go by (canonical, aliases, the mention texts), for the actor filter. */
  actorNames: string[];
  trigger: string;
  content: string;
  target: string[];
  object: string[];
  status: string;
  negated: boolean;
  rule: string;
}

const LAYER_LEGEND: [string, string][] = [
  ...EntityType.options.map((t): [string, string] => [`e-${t}`, `entity: ${t}`]),
  ['tmx', 'date / time (timex)'],
  ['ctrig', 'commitment trigger'],
  ['ccont', 'commitment content'],
  ['quo', 'quote'],
  ['qcue', 'quote cue'],
  ['role', 'role'],
];

const TOP_ENTITIES = 10;
/** How far into a text a byline (`JAKARTA, KOMPAS.com --`) may reach. */
const BYLINE_REACH = 80;
const BYLINE_DASH = /\s(?:--|[-–—])\s/;

/** "1 record", "2 records". */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * End of the byline at the head of a news text (`JAKARTA, KOMPAS.com -- …`, `KOMPAS.com - …`): the
 * first dash within BYLINE_REACH characters with no sentence end before it; 0 when there is none.
 * Outlets named there are counted apart in the report, or every article of one outlet would rank it
 * first among the organisations.
 */
export function bylineEnd(text: string): number {
  const head = text.slice(0, BYLINE_REACH);
  const m = BYLINE_DASH.exec(head);
  if (!m || /[.!?]\s/.test(head.slice(0, m.index)) || head.slice(0, m.index).includes('\n')) return 0;
  return m.index;
}
const TOP_DATES = 12;
const MAX_PROBLEMS = 200;

/** Year (and month, day) of a resolved TIMEX value: `2021-01-26`, `2021-W03`, `2018/2021` (the start). */
export function resolvedDate(value: string | null): { year: number; day: string } | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const day = m[3] ? `${m[1]}-${m[2]}-${m[3]}` : m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return { year: Number(m[1]), day };
}

/**
 * Collects records one at a time (overview figures, commitments, the timeline, the text views of the
 * first `maxDocs`), then writes the page. Memory grows with the shown documents and the table, not
 * with the corpus.
 */
export class ReportBuilder {
  private readonly maxDocs: number;
  private readonly maxRows: number;
  private records = 0;
  private readonly languages = new Map<string, number>();
  private readonly versions = new Set<string>();
  private readonly totals = { entities: 0, timex: 0, commitments: 0, quotes: 0 };
  private readonly entities = new Map<string, Map<string, { mentions: number; docs: number; last: number }>>();
  /** Organisations named in bylines: name → documents. */
  private readonly bylines = new Map<string, number>();
  private readonly rows: CommitmentRow[] = [];
  private readonly years = new Map<number, number>();
  private readonly days = new Map<string, number>();
  private readonly views: string[] = [];
  private readonly docData: DocData[] = [];
  private readonly skippedMarks = { count: 0 };

  constructor(private readonly options: ReportOptions = {}) {
    this.maxDocs = options.maxDocs ?? 100;
    this.maxRows = options.maxRows ?? 5000;
  }

  add(record: DocRecord): void {
    const index = this.records++;
    this.versions.add(record.pipelineVersion);
    this.languages.set(record.language.code, (this.languages.get(record.language.code) ?? 0) + 1);
    this.totals.entities += record.entities.length;
    this.totals.timex += record.timex.length;
    this.totals.commitments += record.commitments.length;
    this.totals.quotes += record.quotes.length;
    const clusters = new Map(record.clusters.map((c) => [c.id, c]));
    const name = (id: string) => clusters.get(id)?.canonical ?? id;
    const mentionTexts = new Map<string, Set<string>>();
    for (const e of record.entities)
      (mentionTexts.get(e.cluster) ?? mentionTexts.set(e.cluster, new Set()).get(e.cluster)!).add(e.text);
    const namesOf = (id: string) => [name(id), ...(clusters.get(id)?.aliases ?? []), ...(mentionTexts.get(id) ?? [])];

    const byline = bylineEnd(record.text);
    const bylineNames = new Set<string>();
    for (const e of record.entities) {
      if (e.end <= byline && e.type === 'ORGANIZATION') {
        bylineNames.add(clusters.get(e.cluster)?.canonical ?? e.text);
        continue;
      }
      const byType = this.entities.get(e.type) ?? this.entities.set(e.type, new Map()).get(e.type)!;
      const key = clusters.get(e.cluster)?.canonical ?? e.text;
      const entry = byType.get(key) ?? { mentions: 0, docs: 0, last: -1 };
      entry.mentions++;
      if (entry.last !== index) {
        entry.docs++;
        entry.last = index;
      }
      byType.set(key, entry);
    }
    for (const n of bylineNames) this.bylines.set(n, (this.bylines.get(n) ?? 0) + 1);
    for (const t of record.timex) {
      if ((t.type === 'DURATION' && !t.beginPoint) || t.type === 'SET') continue; // a range (DURATION with points) is dated by its start
      const d = resolvedDate(t.value);
      if (!d) continue;
      this.years.set(d.year, (this.years.get(d.year) ?? 0) + 1);
      this.days.set(d.day, (this.days.get(d.day) ?? 0) + 1);
    }
    for (const c of record.commitments) {
      if (this.rows.length >= this.maxRows) break;
      this.rows.push({
        doc: index,
        id: record.id,
        type: c.type,
        actors: c.actors.map(name),
        actorNames: [...new Set(c.actors.flatMap(namesOf))],
        trigger: c.trigger.text,
        content: c.content?.text ?? '',
        target: c.target.map(name),
        object: c.object.map(name),
        status: c.status ?? '',
        negated: c.negated,
        rule: c.rule,
      });
    }
    if (index < this.maxDocs) this.addView(record, index, clusters);
  }

  private addView(record: DocRecord, index: number, clusters: Map<string, Cluster>): void {
    const { text } = record;
    const cluster = (id: string | null) => {
      if (id === null) return '—';
      const c = clusters.get(id);
      return c ? `${c.canonical} (${id})` : id;
    };
    const marks: Mark[] = [];
    const info: Record<string, MarkInfo> = {};
    const add = (
      key: string,
      span: { start: number; end: number },
      cls: string,
      layer: string,
      fields: [string, string | undefined | null][],
    ) => {
      if (!isDrawable(span, text.length)) {
        this.skippedMarks.count++;
        return;
      }
      marks.push({ key, start: span.start, end: span.end, cls });
      info[key] = {
        layer,
        fields: fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== null && f[1] !== ''),
      };
    };
    const offsets = (s: { start: number; end: number }) => `${s.start}–${s.end}`;
    record.quotes.forEach((q, i) => {
      add(`q${i}`, q, 'quo', 'quote', [
        ['speaker', cluster(q.speaker)],
        ['cue', q.cue?.text],
        ['offsets', offsets(q)],
        ['rule', q.rule],
      ]);
      if (q.cue)
        add(`q${i}c`, q.cue, 'qcue', 'quote cue', [
          ['quote', `#${i}`],
          ['speaker', cluster(q.speaker)],
          ['offsets', offsets(q.cue)],
        ]);
    });
    record.commitments.forEach((c, i) => {
      const fields: [string, string | undefined][] = [
        ['type', c.type + (c.negated ? ' (negated)' : '')],
        ['actors', c.actors.map(cluster).join('; ')],
        ['target', c.target.map(cluster).join('; ')],
        ['object', c.object.map(cluster).join('; ')],
        ['status', c.status],
        ['CAMEO / PLOVER', [c.cameo, c.plover].filter(Boolean).join(' / ')],
        ['basis', c.basis?.join(', ')],
      ];
      if (c.content)
        add(`c${i}c`, c.content, 'ccont', 'commitment content', [
          ...fields,
          ['offsets', offsets(c.content)],
          ['rule', c.rule],
        ]);
      add(`c${i}`, c.trigger, 'ctrig', 'commitment', [
        ['trigger', c.trigger.text],
        ...fields,
        ['offsets', offsets(c.trigger)],
        ['rule', c.rule],
      ]);
    });
    record.roles.forEach((r, i) =>
      add(`r${i}`, r, 'role', 'role', [
        ['holder', cluster(r.holder)],
        ['organization', cluster(r.organization)],
        ['offsets', offsets(r)],
        ['rule', r.rule],
      ]),
    );
    record.entities.forEach((e, i) =>
      add(`e${i}`, e, `e-${e.type}`, 'entity', [
        ['type', e.type],
        ['cluster', cluster(e.cluster)],
        ['offsets', offsets(e)],
        ['rule', e.rule],
      ]),
    );
    record.timex.forEach((t, i) =>
      add(`t${i}`, t, 'tmx', 'date / time', [
        ['type', t.type],
        ['value', t.value ?? 'unresolved (no document date)'],
        ['mod', t.mod],
        ['anchor', t.anchor ? `${t.anchor.anchor} ${t.anchor.offset}` : undefined],
        ['offsets', offsets(t)],
        ['rule', t.rule],
      ]),
    );

    const parts: string[] = [];
    for (const seg of segment(text.length, marks)) {
      const piece = esc(text.slice(seg.start, seg.end));
      if (seg.marks.length === 0) {
        parts.push(piece);
        continue;
      }
      const ms = seg.marks.map((i) => marks[i]!);
      const title = ms
        .map((m) => {
          const inf = info[m.key]!;
          return `${inf.layer}: ${inf.fields.map(([k, v]) => `${k} ${v}`).join(' · ')}`;
        })
        .join('\n');
      const classes = [...new Set(ms.map((m) => m.cls))].join(' ');
      parts.push(
        `<span class="s ${esc(classes)}" data-m="${esc(ms.map((m) => m.key).join(' '))}" title="${esc(title)}">${piece}</span>`,
      );
    }

    const meta = record.meta as Record<string, unknown>;
    const metaBits = [
      typeof meta['title'] === 'string' ? `title: ${esc(meta['title'])}` : '',
      meta['url'] !== undefined ? `url: ${safeLink(meta['url'])}` : '',
      record.source.path ? `file: ${esc(record.source.path)}` : '',
      record.dct ? `document date: ${esc(record.dct.value)} (${esc(record.dct.source)})` : 'document date: unknown',
      record.warnings.length ? `warnings: ${esc(record.warnings.map((w) => w.code).join(', '))}` : '',
    ].filter(Boolean);
    const counts = [
      count(record.entities.length, 'entity', 'entities'),
      count(record.timex.length, 'date'),
      count(record.commitments.length, 'commitment'),
      count(record.quotes.length, 'quote'),
    ].join(' · ');
    this.views.push(
      `<details class="doc" id="doc-${index}" data-doc="${index}"${index === 0 ? ' open' : ''}>` +
        `<summary>${esc(record.id)} <span class="sub">· ${esc(record.language.code)} · ${counts}</span></summary>` +
        `<div class="meta">${metaBits.join(' · ')}</div>` +
        `<div class="text" lang="${esc(record.language.code === 'ind' ? 'id' : 'und')}">${parts.join('')}</div>` +
        `</details>`,
    );
    this.docData.push({ id: record.id, marks: info });
  }

  /** The whole page. */
  html(manifest: Manifest | null = null, problems: readonly LoadProblem[] = []): string {
    const title = this.options.title ?? 'siaran report';
    const generated = this.options.generatedAt ?? new Date().toISOString();
    const script = SCRIPT;
    const hash = createHash('sha256').update(script).digest('base64');
    // No network at all: nothing but inline style, this one script (by hash) and data: images.
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
    const data = { docs: this.docData };
    return [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(title)}</title>`,
      `<style>${CSS}</style>`,
      '</head><body>',
      `<header><h1>${esc(title)}</h1><div class="sub">${count(this.records, 'record')}${this.options.origin ? ` from ${esc(this.options.origin)}` : ''} · pipeline ${esc([...this.versions].join(', ') || '—')} · generated ${esc(generated)}</div></header>`,
      '<main>',
      this.overview(manifest, problems),
      this.topEntities(),
      this.commitmentsTable(),
      this.timeline(),
      this.documents(),
      '</main>',
      '<aside id="panel" hidden aria-live="polite"><button type="button" id="panel-close" aria-label="close">×</button><div id="panel-body"></div></aside>',
      "<footer>Made by siaran. Offsets are UTF-16 code units into each record's text; hover a highlight for its details, click it to pin them.</footer>",
      `<script type="application/json" id="siaran-data">${jsonForScript(data)}</script>`,
      `<script>${script}</script>`,
      '</body></html>',
      '',
    ].join('\n');
  }

  private overview(manifest: Manifest | null, problems: readonly LoadProblem[]): string {
    const t = this.totals;
    const cards = (
      [
        [this.records, 'record'],
        [t.entities, 'entity', 'entities'],
        [t.timex, 'date'],
        [t.commitments, 'commitment'],
        [t.quotes, 'quote'],
      ] as [number, string, string?][]
    )
      .map(([n, one, many]) => {
        const [figure, ...word] = count(n, one, many).split(' ');
        return `<div class="card"><b>${esc(figure)}</b>${esc(word.join(' '))}</div>`;
      })
      .join('');
    const langs = new Set(this.languages.keys());
    const byStatus = new Map<string, { done: number; skipped: number; failed: number }>();
    if (manifest) {
      for (const d of manifest.documents) {
        const lang = d.language ?? '(none)';
        langs.add(lang);
        const row = byStatus.get(lang) ?? { done: 0, skipped: 0, failed: 0 };
        row[d.status]++;
        byStatus.set(lang, row);
      }
    }
    const head = `<tr><th>language</th><th class="n">records</th>${manifest ? '<th class="n">done</th><th class="n">skipped</th><th class="n">failed</th>' : ''}</tr>`;
    const body = [...langs]
      .sort((a, b) => (this.languages.get(b) ?? 0) - (this.languages.get(a) ?? 0) || a.localeCompare(b))
      .map((lang) => {
        const s = byStatus.get(lang);
        const status = manifest
          ? `<td class="n">${s?.done ?? 0}</td><td class="n">${s?.skipped ?? 0}</td><td class="n">${s?.failed ?? 0}</td>`
          : '';
        return `<tr><td>${esc(lang)}</td><td class="n">${this.languages.get(lang) ?? 0}</td>${status}</tr>`;
      })
      .join('');
    const manifestNote = manifest
      ? `<p class="sub">manifest: ${manifest.counts.done.toLocaleString('en')} done, ${manifest.counts.skipped.toLocaleString('en')} skipped, ${manifest.counts.failed.toLocaleString('en')} failed (${esc(manifest.startedAt)} → ${esc(manifest.finishedAt)})</p>`
      : '<p class="sub">No manifest.json: statuses unknown; figures come from the records alone.</p>';
    const notDone = manifest ? manifest.documents.filter((d) => d.status !== 'done') : [];
    const issues = [
      ...notDone.map((d) => `${d.status} ${d.code ?? ''} ${d.reason ?? d.path}`),
      ...problems.map((p) => `unreadable record ${p.where}: ${p.message}`),
    ];
    const issueList = issues.length
      ? `<details><summary>${count(issues.length, 'input')} skipped, failed or unreadable</summary><ul class="problems">${issues
          .slice(0, MAX_PROBLEMS)
          .map((i) => `<li>${esc(i)}</li>`)
          .join(
            '',
          )}</ul>${issues.length > MAX_PROBLEMS ? `<p class="note">First ${MAX_PROBLEMS} shown.</p>` : ''}</details>`
      : '';
    return `<section id="overview"><h2>Overview</h2><div class="cards">${cards}</div>${manifestNote}<table id="languages">${head}${body}</table>${issueList}</section>`;
  }

  private topEntities(): string {
    const types = EntityType.options.filter((type) => this.entities.has(type));
    const tables = types.map((type) => {
      const rows = [...this.entities.get(type)!.entries()]
        .sort((a, b) => b[1].mentions - a[1].mentions || b[1].docs - a[1].docs || a[0].localeCompare(b[0]))
        .slice(0, TOP_ENTITIES)
        .map(
          ([name, e]) => `<tr><td>${esc(name)}</td><td class="n">${e.mentions}</td><td class="n">${e.docs}</td></tr>`,
        )
        .join('');
      const bylines =
        type === 'ORGANIZATION' && this.bylines.size
          ? `<p class="sub bylines">Not ranked, named in bylines: ${[...this.bylines]
              .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
              .slice(0, TOP_ENTITIES)
              .map(([n, d]) => `${esc(n)} (${count(d, 'doc')})`)
              .join(', ')}</p>`
          : '';
      return `<div data-type="${type}"><h3><span class="s e-${type}">${type}</span> <span class="sub">${this.entities.get(type)!.size.toLocaleString('en')} distinct</span></h3><table><tr><th>name (cluster)</th><th class="n">mentions</th><th class="n">docs</th></tr>${rows}</table>${bylines}</div>`;
    });
    const filter =
      types.length > 1
        ? `<div class="filters"><label>type <select id="f-entity-type"><option value="">all</option>${types.map((t) => `<option>${t}</option>`).join('')}</select></label></div>`
        : '';
    return `<section id="entities"><h2>Top entities by type</h2>${tables.length ? `${filter}<div class="grid" id="entity-tables">${tables.join('')}</div>` : '<p class="sub">No entities in these records.</p>'}</section>`;
  }

  private commitmentsTable(): string {
    const types = [...new Set(this.rows.map((r) => r.type))].sort();
    const actors = [...new Set(this.rows.flatMap((r) => r.actors))].sort((a, b) => a.localeCompare(b));
    const shown = new Set(this.docData.map((_, i) => i));
    // A column no row fills (often target, object, negated) is left out rather than drawn empty.
    const columns: { head: string; cls: string; cell: (r: CommitmentRow) => string }[] = [
      {
        head: 'document',
        cls: 'c-doc',
        cell: (r) => (shown.has(r.doc) ? `<a href="#doc-${r.doc}">${esc(r.id)}</a>` : esc(r.id)),
      },
      { head: 'type', cls: 'c-type', cell: (r) => esc(r.type) },
      { head: 'actors', cls: 'c-actors', cell: (r) => esc(r.actors.join('; ')) },
      { head: 'trigger', cls: 'c-trigger', cell: (r) => esc(r.trigger) },
      { head: 'content', cls: 'c-content', cell: (r) => esc(r.content) },
      { head: 'target', cls: 'c-target', cell: (r) => esc(r.target.join('; ')) },
      { head: 'object', cls: 'c-object', cell: (r) => esc(r.object.join('; ')) },
      { head: 'status', cls: 'c-status', cell: (r) => esc(r.status) },
      { head: 'negated', cls: 'c-negated', cell: (r) => (r.negated ? 'yes' : '') },
      { head: 'rule', cls: 'c-rule', cell: (r) => esc(r.rule) },
    ];
    const always = new Set(['document', 'type', 'actors', 'trigger', 'content', 'rule']);
    const used = columns.filter((c) => always.has(c.head) || this.rows.some((r) => c.cell(r) !== ''));
    const rows = this.rows
      .map(
        (r) =>
          `<tr data-type="${esc(r.type)}" data-actors="${esc(r.actorNames.join('\n').toLowerCase())}">` +
          used.map((c) => `<td class="${c.cls}">${c.cell(r)}</td>`).join('') +
          '</tr>',
      )
      .join('\n');
    const capped =
      this.totals.commitments > this.rows.length
        ? `<p class="note">The first ${this.rows.length.toLocaleString('en')} of ${count(this.totals.commitments, 'commitment')} are listed; <code>siaran export --csv</code> writes them all.</p>`
        : '';
    return (
      `<section id="commitments-section"><h2>Commitments</h2>${capped}` +
      `<div class="filters"><label>type <select id="f-type"><option value="">all</option>${types.map((t) => `<option>${esc(t)}</option>`).join('')}</select></label>` +
      `<label>actor <input id="f-actor" type="search" list="f-actors" placeholder="name, alias or acronym…"></label>` +
      `<datalist id="f-actors">${actors.map((a) => `<option value="${esc(a)}">`).join('')}</datalist><span id="f-count" class="sub">${count(this.rows.length, 'row')}</span>` +
      `<span class="sub">click a column head to sort</span></div>` +
      `<div class="scroll"><table id="commitments"><thead><tr>${used.map((c) => `<th class="${c.cls}">${c.head}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></section>`
    );
  }

  private timeline(): string {
    if (this.years.size === 0)
      return '<section id="timeline"><h2>Timeline of resolved dates</h2><p class="sub">No resolved dates in these records.</p></section>';
    const present = [...this.years.keys()].sort((a, b) => a - b);
    const first = present[0]!;
    const last = present[present.length - 1]!;
    const years = last - first <= 80 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : present;
    const max = Math.max(...this.years.values());
    const width = 900;
    const height = 180;
    const pad = 24;
    const slot = (width - 2 * pad) / years.length;
    const barWidth = Math.max(1, Math.min(40, slot * 0.8));
    const labelEvery = Math.ceil(years.length / 20);
    const bars = years
      .map((year, i) => {
        const n = this.years.get(year) ?? 0;
        const h = n === 0 ? 0 : Math.max(2, ((height - 2 * pad) * n) / max);
        const x = pad + i * slot + (slot - barWidth) / 2;
        const y = height - pad - h;
        const label =
          i % labelEvery === 0 || i === years.length - 1
            ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - pad + 12}" text-anchor="middle">${year}</text>`
            : '';
        const figure =
          n > 0 && barWidth >= 14
            ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${n}</text>`
            : '';
        return `<g><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"><title>${year}: ${count(n, 'mention')}</title></rect>${label}${figure}</g>`;
      })
      .join('');
    const topDays = [...this.days.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_DATES)
      .map(([d, n]) => `<tr><td>${esc(d)}</td><td class="n">${n}</td></tr>`)
      .join('');
    return (
      `<section id="timeline"><h2>Timeline of resolved dates</h2><p class="sub">Mentions of dates, times and ranges (by start) with a resolved value, per year.</p>` +
      `<svg class="timeline" role="img" aria-label="resolved dates per year" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
      `<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#adb5bd"/>${bars}</svg>` +
      `<h3>Most mentioned dates</h3><table id="top-dates"><tr><th>date</th><th class="n">mentions</th></tr>${topDays}</table></section>`
    );
  }

  private documents(): string {
    const legend = LAYER_LEGEND.map(([cls, label]) => `<span class="s ${cls}">${esc(label)}</span>`).join('');
    const more =
      this.records > this.views.length
        ? `<p class="note">The first ${this.views.length.toLocaleString('en')} of ${count(this.records, 'document')} are shown with their text; the overview, tables and timeline count them all. Use <code>--max-docs</code> to show more.</p>`
        : '';
    const skipped = this.skippedMarks.count
      ? `<p class="note">${count(this.skippedMarks.count, 'span')} with offsets outside their text ${this.skippedMarks.count === 1 ? 'was' : 'were'} not drawn.</p>`
      : '';
    return `<section id="documents"><h2>Documents</h2><div class="legend" id="legend">${legend}</div>${more}${skipped}${this.views.join('\n')}</section>`;
  }
}

export { ENTITY_COLOURS };
