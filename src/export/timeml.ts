/**
 * A record's timex as a TimeML document (TimeML 1.2.1, in the TempEval-3 layout: `<TimeML>` with `<DOCID>`, the
 * document date as `<DCT><TIMEX3 tid="t0" … functionInDocument="CREATION_TIME">`, and `<TEXT>` holding the text with
 * inline `<TIMEX3>` tags), for TimeML tools and TempEval scorers.
 *
 * - Each timex keeps its record id as `tid`; the text between the tags is the record's text, escaped, so stripping
 *   the tags and unescaping gives `record.text` back (test/timeml.test.ts), bar characters XML cannot hold.
 * - A relative value (one with an `anchor`) has `temporalFunction="true"` and `anchorTimeID="t0"` when the record has
 *   a DCT; without one its value is unknown and written as TimeML's unspecified form (`XXXX-XX-XX`, `XXXX-WXX` …).
 * - A range is a DURATION over its span with `beginPoint` and `endPoint`, which name two non-consuming DATE timex
 *   (empty tags right after it, with tids after the record's last) holding the ends' values; its own value is the
 *   unspecified duration in the ends' unit (`PXY`, `PXM`, `PXD`), since the ends say exactly where it lies.
 */
import type { DocRecord, Timex, TimexAnchor } from '../schema/record.js';

/** Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);
/**
 * Text as XML character data: `&`, `<`, `>` escaped; CR as `&#13;` (a parser would turn CRLF into LF); a character
 * XML 1.0 cannot hold (C0 controls other than tab and line ends, lone surrogates) as U+FFFD, one unit for one, so
 * offsets stay.
 */
const escapeText = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(NOT_XML, '\uFFFD');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

const attrs = (pairs: [string, string | undefined][]): string =>
  pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');

/** TimeML's unspecified value for what an anchor places (the value needs a DCT the record has not). */
function unspecified(type: Timex['type'], anchor: TimexAnchor | undefined): string {
  if (type === 'TIME') return 'XXXX-XX-XXTXX:XX';
  switch (anchor?.unit) {
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    case 'month':
      return 'XXXX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'quarter':
      return 'XXXX-QX';
    case 'half':
      return 'XXXX-HX';
    default:
      return 'XXXX-XX-XX';
  }
}

/** The unit letter of a duration between two ISO values of the same shape (`2018` Y, `2021-01` M, a day D). */
function rangeDuration(begin: string | null, end: string | null): string {
  const v = begin ?? end ?? '';
  if (/^\d{4}$/.test(v)) return 'PXY';
  if (/^\d{4}-\d{2}$/.test(v)) return 'PXM';
  if (/^\d{4}-W\d{2}$/.test(v)) return 'PXW';
  if (/T/.test(v)) return 'PTXH';
  return 'PXD';
}

/**
 * A record value in TimeML's spelling: a time of day without a date (`TNI`, `T10:00`) gets the unknown date
 * (`XXXX-XX-XXTNI`), a year before the common era (`-1278`, ISO 8601's expanded form) is `BC1278`. Others are the same.
 */
function timemlValue(value: string): string {
  if (value.startsWith('T')) return `XXXX-XX-XX${value}`;
  const bc = /^-(\d{4})$/.exec(value);
  return bc ? `BC${bc[1]}` : value;
}

/** The TimeML document of a record's text and timex. */
export function toTimeML(record: DocRecord): string {
  const dct = record.dct;
  let next = record.timex.length;
  const parts: string[] = [];
  let at = 0;
  for (const t of record.timex) {
    if (t.start < at) continue; // TIMEX3 tags cannot nest; the stage never makes overlapping timex
    parts.push(escapeText(record.text.slice(at, t.start)));
    const relative = t.anchor !== undefined;
    const common = (type: string, value: string, more: [string, string | undefined][] = []) =>
      attrs([
        ['type', type],
        ['value', timemlValue(value)],
        ...more,
        ['temporalFunction', relative ? 'true' : 'false'],
        ['anchorTimeID', relative && dct ? 't0' : undefined],
        ['functionInDocument', 'NONE'],
      ]);
    const body = escapeText(record.text.slice(t.start, t.end));
    if (t.beginPoint && t.endPoint) {
      const begin = `t${++next}`;
      const end = `t${++next}`;
      const value = rangeDuration(t.beginPoint.value, t.endPoint.value);
      parts.push(
        `<TIMEX3 tid="${t.id}"${common('DURATION', value, [
          ['mod', t.mod],
          ['beginPoint', begin],
          ['endPoint', end],
        ])}>${body}</TIMEX3>`,
      );
      for (const [tid, p] of [
        [begin, t.beginPoint],
        [end, t.endPoint],
      ] as const)
        parts.push(`<TIMEX3 tid="${tid}"${common('DATE', p.value ?? unspecified('DATE', p.anchor))}/>`);
    } else {
      const value = t.value ?? unspecified(t.type, t.anchor);
      parts.push(`<TIMEX3 tid="${t.id}"${common(t.type, value, [['mod', t.mod]])}>${body}</TIMEX3>`);
    }
    at = t.end;
  }
  parts.push(escapeText(record.text.slice(at)));
  const dctLine = dct
    ? `<DCT><TIMEX3 tid="t0"${attrs([
        ['type', dct.value.includes('T') ? 'TIME' : 'DATE'],
        ['value', dct.value],
        ['temporalFunction', 'false'],
        ['functionInDocument', 'CREATION_TIME'],
      ])}>${escapeText(dct.value)}</TIMEX3></DCT>\n`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n' +
    `<DOCID>${escapeText(record.id)}</DOCID>\n` +
    dctLine +
    `<TEXT>${parts.join('')}</TEXT>\n` +
    '</TimeML>\n'
  );
}
