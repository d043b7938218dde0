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
  '\u200b': ' ', // zero-width space: keeps length, stops word matching across it
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

/** Same-length fold of punctuation and spaces; case kept. */
export function foldPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += FOLD[ch] ?? ch;
  }
  return out;
}

/** Same-length fold of punctuation and spaces plus lower case, per UTF-16 unit where the length stays one. */
export function foldCase(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}
