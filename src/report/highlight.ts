/**
 * Highlights from offsets. Spans may nest or overlap (a quote holding entities, a commitment content
 * crossing a quote), so the text is cut at every span boundary into segments; each segment carries
 * the spans that cover it. Segments are slices of the text at sorted boundaries, so joined together
 * they are the text again, whatever the spans do.
 */

export interface Mark {
  /** Unique within the document, e.g. `e3` for entities[3]. */
  key: string;
  start: number;
  end: number;
  /** CSS class of the layer, e.g. `e-PERSON`, `tmx`, `quo`. */
  cls: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Indices into the marks array, outermost first (earlier start, then longer). */
  marks: number[];
}

/** Marks that cannot be drawn: empty, reversed or outside the text. */
export function isDrawable(mark: Pick<Mark, 'start' | 'end'>, length: number): boolean {
  return (
    Number.isInteger(mark.start) &&
    Number.isInteger(mark.end) &&
    mark.start >= 0 &&
    mark.start < mark.end &&
    mark.end <= length
  );
}

/** Cuts `[0, length)` into segments at every boundary of the drawable marks. */
export function segment(length: number, marks: readonly Mark[]): Segment[] {
  const order = marks
    .map((m, i) => i)
    .filter((i) => isDrawable(marks[i]!, length))
    .sort((a, b) => marks[a]!.start - marks[b]!.start || marks[b]!.end - marks[a]!.end || a - b);
  const rank = new Map(order.map((i, r) => [i, r]));
  const bounds = new Set<number>([0, length]);
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  for (const i of order) {
    const { start, end } = marks[i]!;
    bounds.add(start);
    bounds.add(end);
    (opening.get(start) ?? opening.set(start, []).get(start)!).push(i);
    (closing.get(end) ?? closing.set(end, []).get(end)!).push(i);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: Segment[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const at = points[p]!;
    for (const i of closing.get(at) ?? []) active.delete(i);
    for (const i of opening.get(at) ?? []) active.add(i);
    const next = points[p + 1]!;
    if (next > at) out.push({ start: at, end: next, marks: [...active].sort((a, b) => rank.get(a)! - rank.get(b)!) });
  }
  return out;
}
