/**
 * The matching view: a string of the same length as the text, where every character is replaced by
 * at most one other character, so an offset in the view is an offset in the text. Rules match on the
 * view and slice the original.
 */

const FOLD: Record<string, string> = {
  '\u00a0': ' ', // NBSP
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': ' ', // zero-width space: counts as white space (outside sentences), stops word matching across it
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** The characters that `foldPunctuation` turns into `target` (`' '`, `"'"`, `'"'` or `'-'`), end to end. */
export function foldedTo(target: string): string {
  return Object.keys(FOLD)
    .filter((ch) => FOLD[ch] === target)
    .join('');
}

/** Same-length fold of punctuation and spaces; case kept. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch]!);
}

/**
 * Lower case, keeping the length: where lower-casing changes the length (`İ` → `i̇`), that
 * character keeps its case. The whole-string call is the fast path; the per-character walk runs
 * only when the lengths differ.
 */
export function foldCase(folded: string): string {
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  let out = '';
  for (const ch of folded) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
